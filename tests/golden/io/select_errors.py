# select.select() argument errors, with CPython's messages.
import select
import socket


def attempt(*args, **kwargs):
    try:
        select.select(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class NoNumber:
    def fileno(self):
        return "three"


class Negative:
    def fileno(self):
        return -5


sock = socket.socket()
attempt([sock], [], [], -1)
attempt([sock], [], [], -0.5)
attempt([sock], [], [], "soon")
attempt([sock], [], [], [])
attempt([sock], [], [], float("nan"))
attempt([sock], [], [], float("inf"))
attempt([sock], [], [], 10 ** 30)
attempt([sock], [])
attempt([], [], [], 0, 1)
attempt([sock], [], [], timeout=1)
attempt(5, [], [], 0)
attempt([sock], 6, [], 0)
attempt(["a"], [], [], 0)
attempt([object()], [], [], 0)
attempt([NoNumber()], [], [], 0)
attempt([Negative()], [], [], 0)
attempt([-1], [], [], 0)
attempt([99], [], [], 0)
# The timeout is checked before the lists.
attempt(5, 6, [], -1)
sock.close()
attempt([sock], [], [], 0)
