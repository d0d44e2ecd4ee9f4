# Worker threads start lazily, are reused when idle, and are named after the pool.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def whoami():
    time.sleep(0.1)
    return threading.current_thread().name


pool = ThreadPoolExecutor(max_workers=3)
print("threads before any submit:", len(pool._threads), threading.active_count())
# One task at a time: the idle worker takes each one, no new thread.
for _ in range(3):
    print(pool.submit(whoami).result())
    time.sleep(0.1)
print("threads after sequential work:", len(pool._threads))
# Five tasks at once: new threads up to max_workers.
names = [f.result() for f in [pool.submit(whoami) for _ in range(5)]]
print(sorted(set(names)), len(pool._threads))
pool.shutdown()
print("alive after shutdown:", [t.is_alive() for t in pool._threads])

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="downloader") as named:
    print(sorted(named.map(lambda _: whoami(), range(2))))

# The next pool without a prefix gets the next number.
with ThreadPoolExecutor(max_workers=1) as second:
    print(second.submit(whoami).result())
print(threading.active_count(), "thread(s) left")
