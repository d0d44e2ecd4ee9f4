# shutdown(): wait or not, cancel what has not started, refuse new work.
import time
from concurrent.futures import ThreadPoolExecutor

start = time.monotonic()


def now():
    return round(time.monotonic() - start, 1)


def job(n):
    time.sleep(0.5)
    return n


pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, n) for n in range(6)]
time.sleep(0.1)
pool.shutdown(wait=False, cancel_futures=True)
print("shutdown(wait=False) returned at", now())
print("cancelled:", [f.cancelled() for f in futures])
print("results of the running ones:", [f.result() for f in futures[:2]], "at", now())

try:
    pool.submit(job, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
pool.shutdown()
print("a second shutdown is harmless")

start = time.monotonic()
pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, n) for n in range(4)]
pool.shutdown()            # waits for every queued job
print("shutdown() returned at", now(), [f.result() for f in futures])

for bad in [0, -3]:
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer="not callable")
except TypeError as e:
    print("TypeError:", e)

# A pool that is never shut down still lets the program end: its idle
# workers are stopped when the main thread finishes.
forgotten = ThreadPoolExecutor(max_workers=2)
forgotten.submit(job, 1)
print("end of the main thread at", now())
