"""socket: sockets simulated inside the VM (there is no network under Interleave).

What there is:
- `socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0)`: a fresh, unconnected socket with
  CPython's repr (`<socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>`),
  `fileno()`, `close()` (then `fd=-1` and `[closed]` in the repr), the with-block, timeouts and
  blocking mode. As on Linux, `select.select` reports a fresh stream socket readable and
  writable at once, `recv` on it raises `[Errno 107] Transport endpoint is not connected` and
  `send` raises `BrokenPipeError`.
- `socket.socketpair()`: two connected AF_UNIX stream sockets. `send`/`sendall` put bytes in the
  other end's buffer; `recv` returns what is there, `b''` once the other end is closed or shut
  down, and otherwise blocks the calling thread (on the virtual clock, other threads run) until
  data arrives, the peer closes, or the timeout ends (`TimeoutError: timed out`); a non-blocking
  socket raises `BlockingIOError: [Errno 11] Resource temporarily unavailable`. Buffers are
  unbounded, so `send` never blocks.
- File descriptors are the lowest free numbers from 3, as the kernel gives them (a socket the
  program drops without `close()` keeps its number: there is no reference counting here).

Operations that need a real network (`connect`, `bind`, `listen`, `accept`, `sendto`,
`recvfrom`, `getaddrinfo`, `create_connection`, ...) raise OSError("not supported by
Interleave: ...").

`family` and `type` are plain ints (CPython's are IntEnum members: they print the same, but
their repr is `<AddressFamily.AF_INET: 2>`).
"""

import _thread
import _net
import _os
from _time import elapsed_ns as _elapsed_ns

__all__ = ["socket", "socketpair", "timeout", "error", "herror", "gaierror",
           "AF_INET", "AF_INET6", "AF_UNIX", "SOCK_STREAM", "SOCK_DGRAM",
           "getdefaulttimeout", "setdefaulttimeout", "gethostname"]

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOL_SOCKET = 1
SO_REUSEADDR = 2
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
IPPROTO_TCP = 6
IPPROTO_UDP = 17

error = OSError
timeout = TimeoutError


class herror(OSError):
    __module__ = 'socket'


class gaierror(OSError):
    __module__ = 'socket'


_defaulttimeout = [None]

# Open descriptors per simulated process: {pid: {fd: socket}}.
_tables = {}


def _table():
    pid = _os.getpid()
    table = _tables.get(pid)
    if table is None:
        table = {}
        _tables[pid] = table
    return table


def _new_fd(sock):
    table = _table()
    fd = 3
    while fd in table:
        fd += 1
    table[fd] = sock
    return fd


def _lookup(fd):
    """The simulated socket with descriptor `fd` in this process, or None."""
    return _table().get(fd)


def _unsupported(what):
    return OSError("not supported by Interleave: " + what +
                   " (there is no network; socket.socketpair() gives two connected sockets)")


def _errno(code, text, cls=OSError):
    return cls(code, text)


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _index(value):
    if isinstance(value, int):
        return value
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _timeout_seconds(value):
    """settimeout()'s argument as seconds (None = blocking), with CPython's checks."""
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    ns = _net.timeout_ns(value)
    if ns < 0:
        raise ValueError("Timeout value out of range")
    return ns / 1e9


def _wait(socks, seconds):
    """Block the calling thread until one of `socks` changes (data, a close) or `seconds` pass
    (None: no limit). False when the time ran out."""
    if len(socks) == 1:
        purpose = f"data or a close on socket fd={socks[0]._fd} (no thread is left to send it)"
    else:
        fds = ", ".join(str(s._fd) for s in socks)
        purpose = f"one of the sockets fd={fds} to be ready (no thread is left to send it)"
    # A waiter whose name says what it waits for in a deadlock report.
    waiter = _thread._new_lock(_thread.lock, 2, purpose)
    waiter.acquire()
    for s in socks:
        s._waiters.append(waiter)
    try:
        if seconds is None:
            waiter.acquire()
            return True
        return waiter.acquire(True, seconds)
    finally:
        for s in socks:
            try:
                s._waiters.remove(waiter)
            except ValueError:
                pass


def _notify(sock):
    """Wake every thread waiting on `sock` (in select() or recv())."""
    waiters = sock._waiters
    sock._waiters = []
    for w in waiters:
        try:
            w.release()
        except RuntimeError:
            pass


class socket:
    """A simulated socket (see the module docstring)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            raise _unsupported("socket.socket(fileno=...)")
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        family = _index(family)
        type = _index(type)
        proto = _index(proto)
        if family not in (AF_INET, AF_INET6, AF_UNIX):
            raise _errno(97, 'Address family not supported by protocol')
        if type not in (SOCK_STREAM, SOCK_DGRAM):
            raise _errno(22, 'Invalid argument')
        self.family = family
        self.type = type
        self.proto = proto
        self._closed = False
        self._peer = None
        self._paired = False
        self._buf = b''
        self._eof = False
        self._shut_wr = False
        self._waiters = []
        self._timeout = _defaulttimeout[0]
        self._fd = _new_fd(self)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" \
            % (self.__class__.__module__,
               self.__class__.__qualname__,
               " [closed]" if closed else "",
               self.fileno(),
               self.family,
               self.type,
               self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        s += '>'
        return s

    def fileno(self):
        if self._closed:
            return -1
        return self._fd

    def _check_open(self):
        if self._closed:
            raise _errno(9, 'Bad file descriptor')

    def close(self):
        if self._closed:
            return
        self._closed = True
        table = _table()
        if table.get(self._fd) is self:
            del table[self._fd]
        self._fd = -1
        peer = self._peer
        if peer is not None:
            peer._eof = True
            peer._peer = None
            _notify(peer)
        self._peer = None
        _notify(self)

    def detach(self):
        fd = self.fileno()
        if not self._closed:
            self._closed = True
            table = _table()
            if table.get(self._fd) is self:
                del table[self._fd]
            self._fd = -1
        return fd

    def getsockname(self):
        self._check_open()
        if self.family == AF_INET:
            return ('0.0.0.0', 0)
        if self.family == AF_INET6:
            return ('::', 0, 0, 0)
        return ''

    def getpeername(self):
        self._check_open()
        if self._paired:
            return ''
        raise _errno(107, 'Transport endpoint is not connected')

    # Timeouts and blocking mode, as CPython keeps them.

    def settimeout(self, value):
        self._timeout = _timeout_seconds(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    # Readiness, for select.select().

    def _readable(self):
        if self._paired:
            return len(self._buf) > 0 or self._eof
        # Linux reports a fresh, unconnected stream socket readable (and hung up) at once.
        return self.type == SOCK_STREAM

    def _writable(self):
        return True

    # Data.

    def send(self, data, flags=0):
        data = _bytes_arg(data)
        self._check_open()
        if self.type != SOCK_STREAM:
            raise _errno(89, 'Destination address required')
        peer = self._peer
        if self.family == AF_UNIX and not self._paired:
            raise _errno(107, 'Transport endpoint is not connected')
        if not self._paired or peer is None or self._shut_wr:
            raise _errno(32, 'Broken pipe', BrokenPipeError)
        if data:
            peer._buf = peer._buf + data
            _notify(peer)
        return len(data)

    def sendall(self, data, flags=0):
        self.send(data, flags)
        return None

    def recv(self, *args, **kwargs):
        if kwargs:
            raise TypeError("recv() takes no keyword arguments")
        if not args:
            raise TypeError("recv() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("recv() takes at most 2 arguments (%d given)" % len(args))
        bufsize = _index(args[0])
        if len(args) > 1:
            _index(args[1])
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        self._check_open()
        if self.family == AF_UNIX and not self._paired:
            raise _errno(22, 'Invalid argument')
        if self.type == SOCK_STREAM and not self._paired:
            raise _errno(107, 'Transport endpoint is not connected')
        if bufsize == 0:
            return b''
        deadline = None
        if self._timeout is not None and self._timeout > 0:
            deadline = _elapsed_ns() + int(self._timeout * 1e9)
        while True:
            if self._buf:
                data = self._buf[:bufsize]
                self._buf = self._buf[bufsize:]
                return data
            if self._eof:
                return b''
            if self._closed:
                raise _errno(9, 'Bad file descriptor')
            if self._timeout == 0.0:
                raise _errno(11, 'Resource temporarily unavailable', BlockingIOError)
            if deadline is None:
                _wait([self], None)
            else:
                left = deadline - _elapsed_ns()
                if left <= 0 or not _wait([self], left / 1e9):
                    if not self._buf and not self._eof:
                        raise TimeoutError('timed out')

    def shutdown(self, how):
        how = _index(how)
        self._check_open()
        if how not in (SHUT_RD, SHUT_WR, SHUT_RDWR):
            raise _errno(22, 'Invalid argument')
        if not self._paired:
            raise _errno(107, 'Transport endpoint is not connected')
        if how in (SHUT_RD, SHUT_RDWR):
            self._eof = True
            _notify(self)
        if how in (SHUT_WR, SHUT_RDWR):
            self._shut_wr = True
            peer = self._peer
            if peer is not None:
                peer._eof = True
                _notify(peer)

    # What needs a real network.

    def connect(self, address):
        raise _unsupported("socket.connect()")

    def connect_ex(self, address):
        raise _unsupported("socket.connect_ex()")

    def bind(self, address):
        raise _unsupported("socket.bind()")

    def listen(self, backlog=0):
        raise _unsupported("socket.listen()")

    def accept(self):
        raise _unsupported("socket.accept()")

    def sendto(self, *args):
        raise _unsupported("socket.sendto()")

    def recvfrom(self, *args):
        raise _unsupported("socket.recvfrom()")

    def makefile(self, *args, **kwargs):
        raise _unsupported("socket.makefile()")

    def setsockopt(self, *args):
        self._check_open()

    def getsockopt(self, *args):
        self._check_open()
        return 0


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

    Create a pair of connected socket objects (simulated: bytes sent on one end are received
    on the other)."""
    if family is None:
        family = AF_UNIX
    family = _index(family)
    type = _index(type)
    if family != AF_UNIX:
        raise _errno(95, 'Operation not supported')
    if type != SOCK_STREAM:
        raise _unsupported("socketpair() of other types than SOCK_STREAM")
    a = socket(family, type, proto)
    b = socket(family, type, proto)
    a._paired = b._paired = True
    a._peer = b
    b._peer = a
    return a, b


def getdefaulttimeout():
    return _defaulttimeout[0]


def setdefaulttimeout(value):
    _defaulttimeout[0] = _timeout_seconds(value)


def gethostname():
    return 'interleave'


def create_connection(address, *args, **kwargs):
    raise _unsupported("socket.create_connection()")


def create_server(address, *args, **kwargs):
    raise _unsupported("socket.create_server()")


def getaddrinfo(*args, **kwargs):
    raise _unsupported("socket.getaddrinfo()")


def gethostbyname(hostname):
    raise _unsupported("socket.gethostbyname()")
