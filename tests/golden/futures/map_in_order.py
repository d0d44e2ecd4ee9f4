# executor.map yields results in input order, even when later calls finish first.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.monotonic()


def slow_square(n):
    time.sleep(0.5 - 0.1 * n)
    return n * n, round(time.monotonic() - start, 1)


with ThreadPoolExecutor(max_workers=5) as pool:
    for value, finished_at in pool.map(slow_square, range(5)):
        print(value, "finished at", finished_at)
    print("several iterables:", list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
    print("shortest wins:", list(pool.map(lambda a, b: a + b, "abc", "xy")))


def check(n):
    if n == 3:
        raise ValueError(f"bad input {n}")
    return n


# An exception is raised when its result is reached; earlier results come first.
with ThreadPoolExecutor(max_workers=2) as pool:
    results = pool.map(check, range(5))
    try:
        for r in results:
            print("got", r)
    except ValueError as e:
        print("ValueError:", e)

# With a timeout, map raises TimeoutError when a result is late.
with ThreadPoolExecutor(max_workers=2) as pool:
    start = time.monotonic()
    try:
        for r in pool.map(time.sleep, [0.1, 2.0], timeout=0.5):
            print("slept, returned", r)
    except TimeoutError:
        print("TimeoutError after", round(time.monotonic() - start, 1), "s")
print("the with-block waited for the running call:", round(time.monotonic() - start, 1), "s")
