# as_completed yields futures as they finish; wait() returns (done, not_done).
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)

start = time.monotonic()


def fetch(name, seconds):
    time.sleep(seconds)
    if name == "broken":
        raise OSError(name + " failed")
    return name


def names(futures):
    return sorted(jobs[f] for f in futures)


with ThreadPoolExecutor(max_workers=4) as pool:
    jobs = {pool.submit(fetch, name, s): name
            for name, s in [("slow", 0.3), ("fast", 0.1), ("medium", 0.2)]}
    for f in as_completed(jobs):
        print(f"{f.result()} done at {round(time.monotonic() - start, 1)} s")

    start = time.monotonic()
    jobs = {pool.submit(fetch, name, s): name
            for name, s in [("a", 0.4), ("broken", 0.2), ("b", 0.1), ("c", 0.6)]}
    done, not_done = wait(jobs, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(done), names(not_done), round(time.monotonic() - start, 1))
    done, not_done = wait(jobs, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), names(not_done), round(time.monotonic() - start, 1))
    done, not_done = wait(jobs, timeout=0.1)
    print("timeout=0.1:", names(done), names(not_done), round(time.monotonic() - start, 1))
    result = wait(jobs, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED:", names(result.done), names(result.not_done), round(time.monotonic() - start, 1))
    print(type(result).__name__, result._fields)
    for f in jobs:
        print(jobs[f], "->", repr(f.exception()))

    start = time.monotonic()
    late = [pool.submit(time.sleep, 1.0), pool.submit(time.sleep, 0.1)]
    try:
        for f in as_completed(late, timeout=0.5):
            print("one finished at", round(time.monotonic() - start, 1))
    except TimeoutError as e:
        print("TimeoutError:", e, "at", round(time.monotonic() - start, 1))

    try:
        wait(late, return_when="SOON")
    except ValueError as e:
        print("ValueError:", e)
