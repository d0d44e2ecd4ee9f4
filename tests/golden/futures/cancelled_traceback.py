# Fails on purpose: result() of a cancelled future raises CancelledError.
import time
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(time.sleep, 0.2)
    second = pool.submit(time.sleep, 0.2)
    print("cancelled:", second.cancel())
    second.result()
