# A thread blocks in recv() on one end of a socketpair; the main thread sends after sleeping
# 0.25 s. Prints what was received and the virtual seconds the receiver waited.
import select
import socket
import threading
import time

a, b = socket.socketpair()
got = []


def receiver():
    start = time.monotonic()
    data = a.recv(100)
    got.append((data, time.monotonic() - start))


t = threading.Thread(target=receiver)
t.start()
time.sleep(0.25)
b.sendall(b"ping")
t.join()
data, waited = got[0]
print(data, f"{waited:.6f}")

# select() in a thread wakes as soon as data arrives, long before its 5 s timeout.
ready = []


def selector():
    start = time.monotonic()
    r, w, x = select.select([a], [], [], 5)
    ready.append((len(r), time.monotonic() - start))


t = threading.Thread(target=selector)
t.start()
time.sleep(0.1)
b.send(b"x")
t.join()
print(ready[0][0], f"{ready[0][1]:.6f}")

# A peer that closes wakes a blocked recv() with b''.
def closer():
    time.sleep(0.05)
    b.close()


t = threading.Thread(target=closer)
t.start()
print(a.recv(10), a.recv(10))
t.join()
