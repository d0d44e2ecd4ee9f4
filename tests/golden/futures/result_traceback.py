# Fails on purpose: result() re-raises the worker's exception, with both tracebacks.
from concurrent.futures import ThreadPoolExecutor


def average(values):
    return sum(values) / len(values)


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(average, [1, 2, 3])
    bad = pool.submit(average, [])
    print("good:", good.result())
    print("bad:", bad.result())
