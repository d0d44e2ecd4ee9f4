# The notes' counter: 5 threads x 10**5 `counter.count += 1` (exact under cpython-3.11).
import threading


class Counter:
    def __init__(self):
        self.count = 0


def worker(counter, n):
    for _ in range(n):
        counter.count += 1


counter = Counter()
threads = [threading.Thread(target=worker, args=(counter, 10**5)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter.count)
