# A sub thread that is not joined: the main thread logs its last line first and the program
# still waits for the sub thread before exiting.
import logging
import threading
import time


def sub_thread(name):
    logging.info('%s start!!!', name)
    time.sleep(0.3)
    logging.info('%s finish!!!', name)


if __name__ == '__main__':
    logging.basicConfig(format='%(threadName)s - %(message)s', level=logging.INFO, datefmt='%H:%M:%S')
    logging.info('Main-thread : before creating thread')

    x = threading.Thread(target=sub_thread, args=('First Sub Thread',))

    logging.info('Main-thread : after creating thread')

    x.start()

    # Waiting for the child would be x.join(); here we do not.

    logging.info('Main-thread : end')
