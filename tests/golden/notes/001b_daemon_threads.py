# Daemon sub threads are stopped when the main thread ends, part way through their ranges.
# isDaemon() is the deprecated spelling of .daemon and warns on stderr.
import logging
import threading
import time


def sub_thread(name, r, pause):
    logging.info('%s start!!!', name)

    for i in r:
        logging.info(i)
        time.sleep(pause)

    logging.info('%s finish!!!', name)


if __name__ == '__main__':
    logging.basicConfig(format='%(message)s', level=logging.INFO, datefmt='%H:%M:%S')
    logging.info('Main-thread : before creating thread')

    x = threading.Thread(target=sub_thread, args=('First Sub Thread', range(2000), 0.2), daemon=True)
    y = threading.Thread(target=sub_thread, args=('Second Sub Thread', range(1000), 0.3), daemon=True)
    logging.info('First Sub Thread is daemon? : %r', x.isDaemon())
    logging.info('Second Sub Thread is daemon? : %r', y.daemon)

    logging.info('Main-thread : after creating thread')

    x.start()
    time.sleep(0.05)
    y.start()

    # Main ends at about 0.5 s; the daemons are cut off mid-range.
    time.sleep(0.45)
    logging.info('Main-thread : end')
