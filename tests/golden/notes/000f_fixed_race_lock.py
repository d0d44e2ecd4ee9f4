# The same update under a Lock, with the root logger at DEBUG so the lock steps show.
import concurrent.futures
import logging
import threading
import time


class FakeDatabase:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def update(self, name):
        logging.info(f'Thread {name}: starting update')
        logging.debug(f'Thread {name} about to lock')
        with self._lock:
            logging.debug(f'Thread {name} has lock')
            local_copy = self.value
            local_copy += 1
            time.sleep(0.1)
            self.value = local_copy
            logging.debug(f'Thread {name} about to release lock')
        # A pause after the release, so the woken thread's "has lock" line comes first on
        # CPython too (otherwise the two threads race to log).
        time.sleep(0.05)
        logging.debug(f'Thread {name} after release')
        logging.info(f'Thread {name}: finishing update')


if __name__ == "__main__":
    format = "%(levelname)s:%(message)s"
    logging.basicConfig(format=format, level=logging.INFO, datefmt="%H:%M:%S")
    logging.getLogger().setLevel(logging.DEBUG)

    database = FakeDatabase()
    logging.info(f"Testing update. Starting value is {database.value}")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        for index in range(2):
            executor.submit(database.update, index)
    logging.info(f"Testing update. Ending value is {database.value}")
