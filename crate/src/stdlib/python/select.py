"""select: `select.select` over the simulated sockets of the `socket` module.

`select(rlist, wlist, xlist, timeout=None)` takes CPython's arguments and raises its errors.
Readiness is Linux's: a fresh, unconnected stream socket is readable and writable at once (the
notes' `select.select([socket.socket()], [], [], 0.1)` returns immediately); a socketpair end
is readable when data is waiting or the other end is closed, and always writable; nothing is
ever in the exceptional set; descriptors 0, 1 and 2 are always ready (regular files).

When nothing is ready, the calling thread blocks on the virtual clock (like any blocking call it
lets the other threads run) until a socket in `rlist` gets data or a close, or the timeout ends;
then it returns `([], [], [])`. With no timeout and nothing that can ever wake it, the run stops
with a deadlock report, where CPython would hang.
"""

import _net
import socket as _socket
from _time import elapsed_ns as _elapsed_ns

__all__ = ['select', 'error']

error = OSError


def _fd_of(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        fileno = getattr(obj, 'fileno', None)
        if fileno is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _entries(seq):
    """[(object, fd, simulated socket or None)] for one of the three lists."""
    try:
        items = list(seq)
    except TypeError:
        raise TypeError("arguments 1-3 must be sequences") from None
    out = []
    for obj in items:
        fd = _fd_of(obj)
        out.append((obj, fd, _socket._lookup(fd)))
    return out


def _check_open(entries):
    for obj, fd, sock in entries:
        if sock is None and fd > 2:
            raise OSError(9, 'Bad file descriptor')


def _ready(entries, kind):
    out = []
    for obj, fd, sock in entries:
        if sock is None:
            if kind != 'x':
                out.append(obj)
        elif kind == 'r' and sock._readable():
            out.append(obj)
        elif kind == 'w' and sock._writable():
            out.append(obj)
    return out


def select(*args, **kwargs):
    """Wait until one or more file descriptors are ready for some kind of I/O.

    The first three arguments are iterables of file descriptors to be waited for:
    rlist -- wait until ready for reading
    wlist -- wait until ready for writing
    xlist -- wait for an "exceptional condition"
    If only one kind of condition is required, pass [] for the other lists.

    A file descriptor is either a socket or file object, or a small integer
    gotten from a fileno() method call on one of those.

    The optional 4th argument specifies a timeout in seconds; it may be
    a floating point number to specify fractions of seconds.  If it is absent
    or None, the call will never time out.

    The return value is a tuple of three lists corresponding to the first three
    arguments; each contains the subset of the corresponding file descriptors
    that are ready.
    """
    if kwargs:
        raise TypeError("select.select() takes no keyword arguments")
    if len(args) < 3:
        raise TypeError("select expected at least 3 arguments, got %d" % len(args))
    if len(args) > 4:
        raise TypeError("select expected at most 4 arguments, got %d" % len(args))
    timeout = args[3] if len(args) == 4 else None
    ns = _net.timeout_ns(timeout)
    if ns is not None and ns < 0:
        raise ValueError("timeout must be non-negative")
    rl = _entries(args[0])
    wl = _entries(args[1])
    xl = _entries(args[2])
    for entries in (rl, wl, xl):
        _check_open(entries)
    deadline = None if ns is None else _elapsed_ns() + ns
    while True:
        r = _ready(rl, 'r')
        w = _ready(wl, 'w')
        x = _ready(xl, 'x')
        if r or w or x:
            return (r, w, x)
        if deadline is None:
            left = None
        else:
            left = deadline - _elapsed_ns()
            if left <= 0:
                return ([], [], [])
        socks = []
        for obj, fd, sock in rl:
            if sock is not None and sock not in socks:
                socks.append(sock)
        _socket._wait(socks, None if left is None else left / 1e9)
