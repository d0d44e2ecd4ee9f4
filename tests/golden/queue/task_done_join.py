# Queue.join() waits until every item has been marked done with task_done().
import queue
import threading
import time

jobs = queue.Queue()
finished = []
lock = threading.Lock()


def worker():
    while True:
        seconds = jobs.get()
        time.sleep(seconds)
        with lock:
            finished.append(seconds)
        jobs.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()

start = time.monotonic()
for seconds in [0.3, 0.1, 0.2, 0.4, 0.5]:
    jobs.put(seconds)
print("unfinished after putting:", jobs.unfinished_tasks)
jobs.join()
print("join returned after", round(time.monotonic() - start, 1), "s")
print("finished in order:", finished)
print("unfinished now:", jobs.unfinished_tasks, "empty:", jobs.empty())

# One task_done() too many is an error.
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)

# join() on a queue with nothing pending returns at once.
start = time.monotonic()
queue.Queue().join()
print("empty join took", round(time.monotonic() - start, 1), "s")
