# ProcessPoolExecutor has the same API as ThreadPoolExecutor.
import os
from concurrent.futures import ProcessPoolExecutor, as_completed


def cube(n):
    return n ** 3


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(cube, range(6))))
        print(list(pool.map(cube, range(6), chunksize=3)))
        futures = [pool.submit(cube, n) for n in (10, 20)]
        print(sorted(f.result() for f in as_completed(futures)))
        try:
            pool.map(cube, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
    try:
        pool.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    for kwargs in [{"max_workers": 0}, {"initializer": 5}, {"max_tasks_per_child": 0}]:
        try:
            ProcessPoolExecutor(**kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    print(ProcessPoolExecutor()._max_workers == os.cpu_count())
