# Bytes through a socketpair: send/sendall/recv, partial reads, closing and shutdown.
import select
import socket

a, b = socket.socketpair()
print(a.send(b"hello "), a.sendall(b"world"), a.send(bytearray(b"!")), a.send(b""))
print(b.recv(5))
print(b.recv(100))
print(b.recv(0))

# Readiness: an idle end is only writable; with data waiting it is readable too.
print(select.select([a, b], [a, b], [a, b], 0) == ([], [a, b], []))
b.send(b"ping")
print(select.select([a, b], [], [], 0)[0] == [a])
print(a.recv(2), a.recv(2))

# A non-blocking socket with nothing to read.
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())

# A timeout: recv waits that long, then raises TimeoutError.
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(1)
except socket.timeout as e:
    print(type(e).__name__, repr(e), e.errno)
a.settimeout(None)

# shutdown(SHUT_WR): the other end reads what is left, then b''.
b.send(b"last")
b.shutdown(socket.SHUT_WR)
print(a.recv(10), a.recv(10))
print(select.select([a], [], [], 0)[0] == [a])
try:
    b.send(b"more")
except BrokenPipeError as e:
    print(type(e).__name__, e)

# Closing one end: the other reads b'' and cannot send any more.
c, d = socket.socketpair()
c.send(b"bye")
c.close()
print(d.recv(10), d.recv(10))
try:
    d.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e)
d.close()
a.close()
b.close()
