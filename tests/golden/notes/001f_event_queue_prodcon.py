# Producer and consumer threads sharing a bounded queue.Queue until the main thread sets an
# Event. The producer makes a message every 0.2 s and the consumer, started 0.1 s later,
# takes one every 0.2 s; the event is set at 0.85 s.
import concurrent.futures
import logging
import queue
import random
import threading
import time


def producer(pipeline, event):
    # Pretend to wait on the network.
    while not event.is_set():
        message = random.randint(1, 11)
        logging.info('Producer produce message %s', message)
        pipeline.put(message)
        time.sleep(0.2)
    logging.info('Producer got event set... producer exit...')


def consumer(pipeline, event):
    # Pretend to store each message.
    time.sleep(0.1)
    while not event.is_set() or not pipeline.empty():
        message = pipeline.get()
        logging.info('Consumer got message %s from pipeline queue (current queue size : %d)', message, pipeline.qsize())
        time.sleep(0.2)
    logging.info('Consumer got event set... consumer exit...')


def main():
    logging.info('Main Thread start!!!')

    # The queue's size matters.
    pipeline = queue.Queue(maxsize=10)

    event = threading.Event()
    print('event set?', event.is_set())

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        executor.submit(producer, pipeline, event)
        executor.submit(consumer, pipeline, event)

        time.sleep(0.85)

        # Ask both loops to stop.
        event.set()

    print('event set?', event.is_set(), 'queue empty?', pipeline.empty())
    logging.info('Main Thread finish!!!')


if __name__ == '__main__':
    random.seed(5)
    logging.basicConfig(format='%(message)s', level=logging.INFO, datefmt='%H:%M:%S')
    main()
