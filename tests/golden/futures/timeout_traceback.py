# Fails on purpose: result(timeout=...) gives up with TimeoutError.
import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=1)
future = pool.submit(time.sleep, 1.0)
try:
    future.result(timeout=0.2)
finally:
    print("done:", future.done())
    pool.shutdown()
    print("after shutdown, done:", future.done())
