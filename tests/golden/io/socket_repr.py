# socket.socket() and socketpair(): reprs, descriptors, closing, the with-block.
import socket

s = socket.socket()
print(s)
print(s.fileno(), s.family, s.type, s.proto)
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM)
print(s.getsockname())
print(s.gettimeout(), s.getblocking())

a, b = socket.socketpair()
print(a)
print(b)
print(a.family == socket.AF_UNIX, repr(a.getsockname()), repr(a.getpeername()))

s.close()
print(s)
print(s.fileno())
s.close()  # closing twice is fine

# The kernel hands out the lowest free descriptor: 3 is free again.
c = socket.socket()
print(c)
with socket.socket() as d:
    print(d)
print(d)
d.close()
c.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u)
u.close()
v6 = socket.socket(socket.AF_INET6)
print(v6)
v6.close()
unix = socket.socket(socket.AF_UNIX)
print(unix)
unix.close()
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.getdefaulttimeout())
a.close()
b.close()
print(a, b)
