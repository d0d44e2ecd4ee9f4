# Socket errors a learner meets, with CPython's messages.
import socket


def attempt(f, *args):
    try:
        print("->", repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


s = socket.socket()
attempt(s.recv, 10)
attempt(s.send, b"x")
attempt(s.getpeername)
attempt(s.shutdown, socket.SHUT_RDWR)
a, b = socket.socketpair()
attempt(a.send, "text")
attempt(a.send, 5)
attempt(a.recv, -1)
attempt(a.recv, "ten")
attempt(a.recv)
attempt(a.settimeout, -1)
attempt(a.settimeout, "soon")
attempt(a.settimeout, float("nan"))
attempt(a.shutdown, 5)
attempt(socket.socket, 99)
attempt(socket.socket, "inet")
attempt(socket.socket, socket.AF_INET, 99)
attempt(socket.socketpair, socket.AF_INET)
u = socket.socket(socket.AF_UNIX)
attempt(u.recv, 1)
attempt(u.send, b"x")
u.close()
s.close()
attempt(s.recv, 1)
attempt(s.send, b"x")
attempt(s.getsockname)
a.close()
b.close()
