# Two workers, three 2-second tasks: the third waits for a free worker.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.monotonic()


def now():
    return round(time.monotonic() - start, 1)


def task(n):
    began = now()
    time.sleep(2)
    return n, began, now()


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(task, n) for n in range(3)]
    print("submitted all three at", now())
    for f in futures:
        n, began, ended = f.result()
        print(f"task {n}: started at {began} s, finished at {ended} s")
print("the with-block ended at", now(), "s")

# The same three tasks with three workers all finish at once.
start = time.monotonic()
with ThreadPoolExecutor(max_workers=3) as pool:
    print([f.result()[1:] for f in [pool.submit(task, n) for n in range(3)]])
print("three workers:", now(), "s")
