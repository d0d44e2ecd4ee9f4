# A thread blocked in recv() wakes when another thread sends on the other end;
# a thread blocked in select() wakes long before its timeout.
import select
import socket
import threading
import time

a, b = socket.socketpair()
got = []


def receiver():
    start = time.time()
    data = a.recv(100)
    got.append((data, time.time() - start))


t = threading.Thread(target=receiver)
t.start()
time.sleep(0.2)
b.sendall(b"ping")
t.join()
data, waited = got[0]
print(data, "waited at least 0.2 s:", waited >= 0.19)

ready = []


def selector():
    start = time.time()
    r, w, x = select.select([a], [], [], 5)
    ready.append((r == [a], time.time() - start))


t = threading.Thread(target=selector)
t.start()
time.sleep(0.1)
b.send(b"x")
t.join()
print("woke early:", ready[0][0], ready[0][1] < 1.0)
print(a.recv(1))


def closer():
    time.sleep(0.05)
    b.close()


t = threading.Thread(target=closer)
t.start()
print(a.recv(10))
t.join()
a.close()
