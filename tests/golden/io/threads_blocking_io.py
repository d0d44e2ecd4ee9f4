# Blocking I/O in threads: five 0.1 s selects on idle socketpair ends overlap when each
# runs in its own thread (select releases the GIL), and take five times as long in sequence.
import select
import socket
import time
from threading import Thread

pairs = [socket.socketpair() for _ in range(5)]
results = []


def slow_systemcall(i):
    results.append(select.select([pairs[i][0]], [], [], 0.1))


start = time.time()
for i in range(5):
    slow_systemcall(i)
sequential = time.time() - start

start = time.time()
threads = []
for i in range(5):
    thread = Thread(target=slow_systemcall, args=(i,))
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()
threaded = time.time() - start

print(results == [([], [], [])] * 10)
print("sequential about 0.5 s:", 0.45 < sequential < 1.0)
print("threaded about 0.1 s:", 0.09 < threaded < 0.3)
for a, b in pairs:
    a.close()
    b.close()
