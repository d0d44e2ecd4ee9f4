# ThreadPoolExecutor.map with two workers and three tasks: the third task starts when a
# worker becomes free, and the results come back in input order.
import logging
import time
from concurrent.futures import ThreadPoolExecutor

PAUSE = {'First': 0.2, 'Second': 0.3, 'Third': 0.2}


def task(name):
    logging.info('%s Sub Thread start!!!', name)
    result = 0
    for i in range(10001):
        result += i
    time.sleep(PAUSE[name])
    logging.info('%s Sub Thread finish!!! - result : %d', name, result)
    return result


def main():
    logging.info('Main Thread start!!!')
    start = time.monotonic()

    with ThreadPoolExecutor(max_workers=2) as executor:
        tasks = executor.map(task, ['First', 'Second', 'Third'])
        logging.info(list(tasks))

    logging.info('Main Thread finish!!! %.1f', int((time.monotonic() - start) * 10) / 10)


if __name__ == '__main__':
    logging.basicConfig(format='%(threadName)s - %(message)s', level=logging.INFO, datefmt='%H:%M:%S')
    main()
