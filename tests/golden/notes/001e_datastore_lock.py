# The same store with a Lock around the read-modify-write: all three updates count.
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class FakeDataStore:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def update(self, s):
        logging.info('%s Sub Thread start!!!', s)

        # Only the thread holding the lock may run this block; the others wait.
        with self._lock:
            logging.info('%s Sub Thread has Lock', s)
            stack_value = self.value
            stack_value += 1
            time.sleep(0.1)
            self.value = stack_value
            logging.info('%s Sub Thread release Lock', s)

        # Some work after the lock is released. Without it the releasing thread and the
        # woken waiter race (on CPython, too) for the next turn at the lock.
        time.sleep(0.05)
        logging.info('%s Sub Thread finish!!!', s)


def main():
    logging.info('Main Thread start!!!')

    store = FakeDataStore()

    logging.info('FakeDataStore update method test start!!! // value : %d', store.value)

    with ThreadPoolExecutor(max_workers=2) as executor:
        for v in ['First', 'Second', 'Third']:
            executor.submit(store.update, v)

    logging.info('FakeDataStore update method test finish!!! // value : %d', store.value)
    logging.info('Main Thread finish!!!')


if __name__ == '__main__':
    logging.basicConfig(format='%(message)s', level=logging.INFO, datefmt='%H:%M:%S')
    main()
