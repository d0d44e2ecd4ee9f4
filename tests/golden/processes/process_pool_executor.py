# ProcessPoolExecutor: futures whose calls run in worker processes.
from concurrent.futures import ProcessPoolExecutor, as_completed
import os


def cube(x):
    return x ** 3


def risky(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


def whose():
    return os.getpid()


if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, range(6))))
        futures = [ex.submit(risky, n) for n in (2, -1, 5)]
        for f in futures:
            try:
                print("result:", f.result())
            except ValueError as e:
                print("raised:", e, "| cause:", type(e.__cause__).__name__)
        done = sorted(f.result() for f in as_completed([ex.submit(cube, n) for n in (1, 2, 3)]))
        print(done)
        pids = {ex.submit(whose).result() for _ in range(4)}
        print("worker pids are not ours:", os.getpid() not in pids)
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
