# The same counter with getattr / + 1 / setattr: it loses updates, by a different amount on each
# CPython run, so only a fact true of every run is printed.
import threading


class Counter:
    def __init__(self):
        self.count = 0


def worker(counter, n):
    for _ in range(n):
        setattr(counter, "count", getattr(counter, "count") + 1)


counter = Counter()
threads = [threading.Thread(target=worker, args=(counter, 10**5)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(0 < counter.count <= 500000)
