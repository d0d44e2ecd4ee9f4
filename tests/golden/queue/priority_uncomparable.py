# Fails on purpose: PriorityQueue compares items, and dicts cannot be ordered.
import queue

jobs = queue.PriorityQueue()
jobs.put((1, {"name": "backup"}))
jobs.put((2, {"name": "report"}))
print("different priorities are fine:", jobs.qsize())
jobs.put((1, {"name": "cleanup"}))
