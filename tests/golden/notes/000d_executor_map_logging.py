# ThreadPoolExecutor runs the function on each item; leaving the with-block joins the pool.
import concurrent.futures
import logging
import time


def thread_function(name):
    logging.info(f'Thread {name}: starting')
    time.sleep(0.2 + 0.1 * name)
    logging.info(f'Thread {name}: finishing')
    return name * 10


if __name__ == "__main__":
    format = "%(threadName)s: %(message)s"
    logging.basicConfig(format=format, level=logging.INFO, datefmt="%H:%M:%S")

    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
        results = executor.map(thread_function, range(3))
    logging.info("Main: with-block left")
    print(list(results))
    print("elapsed", int((time.monotonic() - start) * 10) / 10)
