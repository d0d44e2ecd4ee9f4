# Five 0.1 s selects on idle socketpair ends: in sequence, then in five threads.
# Prints the virtual seconds each way (the Rust test checks them).
import select
import socket
import time
from threading import Thread

pairs = [socket.socketpair() for _ in range(5)]


def slow_systemcall(i):
    select.select([pairs[i][0]], [], [], 0.1)


start = time.monotonic()
for i in range(5):
    slow_systemcall(i)
sequential = time.monotonic() - start

start = time.monotonic()
threads = [Thread(target=slow_systemcall, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.monotonic() - start
print(f"{sequential:.6f} {threaded:.6f}")
