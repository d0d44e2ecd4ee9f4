# Two CPU-bound threads: under a GIL they take turns; free-threaded they run at once.
import threading
import time


def spin():
    total = 0
    for i in range(20000):
        total += i
    return total


start = time.monotonic()
spin()
spin()
sequential = time.monotonic() - start
start = time.monotonic()
threads = [threading.Thread(target=spin) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.monotonic() - start
print(f"{sequential / threaded:.2f}")
