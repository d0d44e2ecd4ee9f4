# Three unsynchronised updates on two workers: the second one overwrites the first, so the
# value ends at 2, not 3. Per-name sleeps fix the order of the log lines.
import logging
import time
from concurrent.futures import ThreadPoolExecutor

PAUSE = {'First': 0.2, 'Second': 0.3, 'Third': 0.2}


class FakeDataStore:
    def __init__(self):
        # Shared state (on the heap).
        self.value = 0

    def update(self, s):
        logging.info('%s Sub Thread start!!!', s)

        # Each thread's own copy (its stack); no synchronisation.
        stack_value = self.value
        stack_value += 1
        time.sleep(PAUSE[s])
        self.value = stack_value

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
    logging.basicConfig(format='%(levelname)s - %(message)s',
                        level=logging.INFO, datefmt='%H:%M:%S')
    main()
