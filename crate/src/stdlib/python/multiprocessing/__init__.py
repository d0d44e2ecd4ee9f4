"""multiprocessing: processes on the simulated runtime, as CPython 3.11 runs them on Linux
(the 'fork' start method).

A process here is a thread of the scheduler that belongs to a new simulated process: its own
pid, its own GIL, its own virtual core (processes run in parallel even under the GIL), and its
own copy of the program's state, made when it starts as fork() copies memory. What a child
changes does not come back. Values sent through a Queue or a Pipe (and a Pool's tasks and
results) are copied again as pickling copies them; functions and classes travel by name.
Value, Array, Lock, Event, Queue and the rest live in memory all processes share.

Starting a process costs virtual time: about 1 ms in the parent (fork) and 1.5 ms before the
child runs its target (measured with python3 on a 2-core Linux machine).

CPython's files are process.py, context.py, queues.py, synchronize.py and sharedctypes.py;
here they are one module (the Pool is multiprocessing.pool). Lines marked
`# cpython-line: FILE:N` are shown in tracebacks as line N of CPython's file.
"""

import itertools
import os
import sys
import threading
import time
import queue as _queue_module
import _process
import _thread
import pickle

__all__ = [
    'Process', 'current_process', 'active_children', 'parent_process', 'cpu_count',
    'Queue', 'SimpleQueue', 'JoinableQueue', 'Pipe', 'Value', 'Array', 'RawValue', 'RawArray',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event', 'Condition', 'Barrier',
    'Pool', 'get_start_method', 'set_start_method', 'get_context', 'TimeoutError',
    'ProcessError', 'AuthenticationError', 'BufferTooShort',
]

# What fork() costs the parent, and how long a child takes before it runs its target.
_FORK_SECONDS = 0.001
_CHILD_START_SECONDS = 0.0015

# Signal numbers as exit codes show them (-15 for SIGTERM).
_exitcode_to_name = {-15: '-SIGTERM', -9: '-SIGKILL', -2: '-SIGINT', -1: '-SIGHUP'}


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """The number of (virtual) cores."""
    return os.cpu_count()


# ---------------------------------------------------------------------------------------------
# Per-process bookkeeping. This module's globals are shared by every simulated process, so
# what CPython keeps in each process's globals (the current process, its children, its counter
# for child names) is kept here by pid.

class _ProcessState:
    def __init__(self, current):
        self.current = current
        self.children = set()
        self.counter = itertools.count(1)


_states = {}


def _state():
    return _states[os.getpid()]


class _Popen:
    """The parent's handle on a running child: its pid, the lock it holds until it ends, and
    its exit code (set by the child itself, or by a signal)."""
    _interleave_shared_ = True

    def __init__(self):
        self.pid = None
        self.returncode = None
        self._thread_index = None
        self._end_lock = _thread._end_lock()

    def poll(self):
        if self._end_lock.locked():
            return None
        return self.returncode

    def wait(self, timeout=None):
        if timeout is None:
            if self._end_lock.acquire():
                self._end_lock.release()
        else:
            if self._end_lock.acquire(True, max(timeout, 0)):
                self._end_lock.release()
        return self.poll()

    def _signal(self, code):
        if self._end_lock.locked():
            self.returncode = code
            _process.kill(self._thread_index)

    def terminate(self):
        self._signal(-15)

    def kill(self):
        self._signal(-9)


class BaseProcess:
    """A process object: start() forks, the child runs run() (by default target(*args,
    **kwargs)), join() waits for it to end."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'  # cpython-line: multiprocessing/process.py:82
        parent = current_process()
        count = next(_state().counter)
        self._identity = parent._identity + (count,)
        self._config = dict(parent._config)
        self._parent_pid = os.getpid()
        self._parent_name = parent.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
            ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")  # cpython-line: multiprocessing/process.py:97

    def run(self):
        """Method to be run in the child process."""
        if self._target:
            self._target(*self._args, **self._kwargs)  # cpython-line: multiprocessing/process.py:108

    def start(self):
        """Start the child process."""
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'  # cpython-line: multiprocessing/process.py:115
        assert self._parent_pid == os.getpid(), \
            'can only start a process object created by current process'  # cpython-line: multiprocessing/process.py:116
        assert not current_process()._config.get('daemon'), \
            'daemonic processes are not allowed to have children'  # cpython-line: multiprocessing/process.py:118
        _cleanup()
        self._popen = _Popen()
        time.sleep(_FORK_SECONDS)
        index, pid = _process.start(self._child_main, self._name, self._popen._end_lock)
        self._popen._thread_index = index
        self._popen.pid = pid
        del self._target, self._args, self._kwargs
        _state().children.add(self)

    def _child_main(self):
        # Runs in the child, on the child's copy of this object.
        _states[os.getpid()] = _ProcessState(self)
        time.sleep(_CHILD_START_SECONDS)
        code = self._bootstrap()
        if self._popen.returncode is None:
            self._popen.returncode = code

    def _bootstrap(self):
        try:
            try:
                self.run()  # cpython-line: multiprocessing/process.py:314
                exitcode = 0
            finally:
                _exit_function()
                threading._join_process_threads()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            exc = _thread._current_exception()
            sys.stderr.write('Process %s:\n' % self.name)
            _thread._print_exception(exc)
        return exitcode

    def terminate(self):
        """Terminate the process with SIGTERM (exit code -15)."""
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        """Terminate the process with SIGKILL (exit code -9)."""
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        """Wait until the child process ends (or the timeout passes)."""
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'  # cpython-line: multiprocessing/process.py:148
        assert self._popen is not None, 'can only join a started process'  # cpython-line: multiprocessing/process.py:149
        res = self._popen.wait(timeout)
        if res is not None:
            _state().children.discard(self)

    def is_alive(self):
        """Whether the child process is running."""
        self._check_closed()
        if self is current_process():
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'  # cpython-line: multiprocessing/process.py:160
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _state().children.discard(self)
        return False

    def close(self):
        """Release the process object (it must have ended)."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "  # cpython-line: multiprocessing/process.py:178
                                 "You should first call join() or terminate().")
            self._popen = None
            _state().children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'  # cpython-line: multiprocessing/process.py:191
        self._name = name

    @property
    def daemon(self):
        """Whether the process is a daemon: it is terminated when its parent exits."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'  # cpython-line: multiprocessing/process.py:205
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        """The exit code: None while running, -N if a signal N ended it."""
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        """The process id (None before start)."""
        self._check_closed()
        if self is current_process():
            return os.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    def __repr__(self):
        exitcode = None
        if self is current_process():
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    """A process (the default context's)."""


class ForkProcess(BaseProcess):
    """A process of the 'fork' context (what Pool and ProcessPoolExecutor start)."""


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident


_states[os.getpid()] = _ProcessState(_MainProcess())


def current_process():
    """The Process object of the process calling it."""
    return _state().current


def parent_process():
    """The parent's Process object (None in the main process)."""
    me = current_process()
    if isinstance(me, _MainProcess):
        return None
    return _ParentProcess(me._parent_name, me._parent_pid)


def _cleanup():
    # Forget children that have ended.
    children = _state().children
    for p in list(children):
        if p._popen is not None and p._popen.poll() is not None:
            children.discard(p)


def active_children():
    """The children of this process that are still running."""
    _cleanup()
    return list(_state().children)


def _exit_function():
    # At exit: queued items are flushed, daemonic children terminated, the others joined
    # (multiprocessing.util).
    _flush_feeders()
    for p in active_children():
        if p.daemon:
            p._popen.terminate()
    for p in active_children():
        p.join()


threading._after_shutdown.append(_exit_function)


def get_start_method(allow_none=False):
    return 'fork'


def set_start_method(method, force=False):
    if method != 'fork':
        raise ValueError('not supported by Interleave: the %r start method (Interleave '
                         'simulates fork, the default on Linux)' % (method,))


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _Context:
    """What get_context() returns: this module's functions (its Process is ForkProcess)."""

    def __getattr__(self, name):
        if name == 'Process':
            return ForkProcess
        try:
            return globals()[name]
        except KeyError:
            raise AttributeError(f"'ForkContext' object has no attribute '{name}'") from None


def get_context(method=None):
    if method not in (None, 'fork'):
        set_start_method(method)
    return _Context()


# ---------------------------------------------------------------------------------------------
# Synchronization primitives: the threading ones, in memory all processes share.

class Lock:
    """A lock shared by processes."""
    _interleave_shared_ = True

    def __init__(self):
        self._lock = _thread.allocate_lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if timeout is None:
            got = self._lock.acquire(block)
        else:
            got = self._lock.acquire(block, timeout)
        if got:
            self._owner = current_process().name + '|' + threading.current_thread().name
        return got

    def release(self):
        self._owner = None
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        if self._lock.locked():
            if self._owner is not None:
                name = self._owner
                if name.startswith('MainProcess|'):
                    name = name[len('MainProcess|'):]
                return '<Lock(owner=%s)>' % name
            return '<Lock(owner=SomeOtherProcess)>'
        return '<Lock(owner=None)>'


class RLock:
    """A reentrant lock shared by processes."""
    _interleave_shared_ = True

    def __init__(self):
        self._lock = _thread._rlock()

    def acquire(self, block=True, timeout=None):
        if timeout is None:
            return self._lock.acquire(block)
        return self._lock.acquire(block, timeout)

    def release(self):
        self._lock.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self._lock.release()

    def _is_owned(self):
        return self._lock._is_owned()

    def _release_save(self):
        return self._lock._release_save()

    def _acquire_restore(self, state):
        self._lock._acquire_restore(state)

    def __repr__(self):
        count = self._lock._recursion_count()
        if count:
            return '<RLock(%s, %d)>' % (threading.current_thread().name, count)
        return '<RLock(None, 0)>'


class Semaphore(threading.Semaphore):
    """A semaphore shared by processes."""
    _interleave_shared_ = True

    def __repr__(self):
        return '<Semaphore(value=%s)>' % self._value

    def get_value(self):
        return self._value


class BoundedSemaphore(threading.BoundedSemaphore):
    """A bounded semaphore shared by processes."""
    _interleave_shared_ = True

    def __repr__(self):
        return '<BoundedSemaphore(value=%s, maxvalue=%s)>' % (self._value, self._initial_value)

    def get_value(self):
        return self._value


class Event(threading.Event):
    """An event shared by processes."""
    _interleave_shared_ = True


class Condition(threading.Condition):
    """A condition variable shared by processes."""
    _interleave_shared_ = True

    def __init__(self, lock=None):
        threading.Condition.__init__(self, lock if lock is not None else RLock())


class Barrier(threading.Barrier):
    """A barrier shared by processes."""
    _interleave_shared_ = True


# ---------------------------------------------------------------------------------------------
# Queues and pipes: items are pickled when sent and unpickled by the receiver.

class _Pipe:
    """The pipe under the queues: pickled items in order; get() blocks until one arrives."""
    _interleave_shared_ = True

    def __init__(self):
        self._items = []
        self._mutex = threading.Lock()
        self._not_empty = Condition(self._mutex)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")  # cpython-line: multiprocessing/connection.py:137

    def put(self, obj):
        self._check_closed()
        data = _process.dumps(obj)
        with self._not_empty:
            self._items.append(data)
            self._not_empty.notify()

    def _wait(self, timeout):
        # Wait (with the mutex held) until an item is there; False after the timeout.
        if timeout is None:
            while not self._items:
                self._not_empty.wait()
            return True
        end = time.monotonic() + max(timeout, 0)
        while not self._items:
            remaining = end - time.monotonic()
            if remaining <= 0.0:
                return False
            self._not_empty.wait(remaining)
        return True

    def get(self, block=True, timeout=None):
        self._check_closed()
        with self._not_empty:
            if not self._wait(timeout if block else 0):
                raise _queue_module.Empty
            data = self._items.pop(0)
        return _process.loads(data)

    def poll(self, timeout=0.0):
        with self._not_empty:
            return self._wait(timeout)

    def empty(self):
        return not self._items

    def close(self):
        self._closed = True


class SimpleQueue(_Pipe):
    """An unbounded process-shared queue: put() pickles at once, get() blocks."""

    def get(self):
        return _Pipe.get(self)


class _Feeder:
    """A process's feeder thread for one Queue ('QueueFeederThread'): put() only appends to
    its buffer; this thread pickles the items and writes them to the pipe when it gets to
    run, as in CPython (so an object changed right after put() may be sent changed)."""

    def __init__(self, pipe):
        self._buffer = []
        self._busy = False
        self._cond = threading.Condition(threading.Lock())
        self._pipe = pipe
        self._thread = threading.Thread(target=_Feeder._feed, args=(self,),
                                        name='QueueFeederThread', daemon=True)
        self._thread.start()

    def push(self, obj):
        with self._cond:
            self._buffer.append(obj)
            self._cond.notify_all()

    def _feed(self):
        while True:
            with self._cond:
                while not self._buffer:
                    self._cond.wait()
                obj = self._buffer.pop(0)
                self._busy = True
            try:
                self._pipe.put(obj)
            except Exception as e:
                _thread._stderr('Traceback (most recent call last):\n')
                _thread._stderr('%s: %s\n' % (type(e).__name__, e))
            with self._cond:
                self._busy = False
                self._cond.notify_all()

    def flush(self):
        with self._cond:
            while self._buffer or self._busy:
                self._cond.wait()


# Each process's feeders, flushed when it exits (CPython's Queue finalizer joins them).
_feeders = {}


def _flush_feeders():
    for feeder in _feeders.pop(os.getpid(), []):
        feeder.flush()


class Queue:
    """A process-shared FIFO queue. put() hands the item to this process's feeder thread,
    which pickles it into the pipe; get() unpickles; maxsize counts with a semaphore."""
    _interleave_shared_ = True

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._pipe = _Pipe()
        self._sem = BoundedSemaphore(maxsize)
        self._my_feeders = {}
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")  # cpython-line: multiprocessing/queues.py:88

    def _feeder(self):
        pid = os.getpid()
        feeder = self._my_feeders.get(pid)
        if feeder is None:
            feeder = _Feeder(self._pipe)
            self._my_feeders[pid] = feeder
            _feeders.setdefault(pid, []).append(feeder)
        return feeder

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if timeout is not None and timeout < 0:
            timeout = 0
        if not self._sem.acquire(block, timeout):
            raise _queue_module.Full  # cpython-line: multiprocessing/queues.py:91
        self._feeder().push(obj)

    def get(self, block=True, timeout=None):
        self._check_closed()
        if block and timeout is None:
            res = self._pipe.get()
        else:
            if timeout is not None and timeout < 0:
                timeout = 0
            try:
                res = self._pipe.get(block, timeout)
            except _queue_module.Empty:
                raise _queue_module.Empty from None  # cpython-line: multiprocessing/queues.py:114
        self._sem.release()
        return res

    def qsize(self):
        return self._maxsize - self._sem._value

    def empty(self):
        return not self._pipe.poll()

    def full(self):
        return self._sem._value == 0

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def close(self):
        self._closed = True

    def join_thread(self):
        feeder = self._my_feeders.get(os.getpid())
        if feeder is not None:
            feeder.flush()

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = Semaphore(0)
        self._cond = Condition()

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not self._sem.acquire(block, timeout):
            raise _queue_module.Full  # cpython-line: multiprocessing/queues.py:308
        with self._cond:
            self._feeder().push(obj)
            self._unfinished.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished.acquire(False):
                raise ValueError('task_done() called too many times')  # cpython-line: multiprocessing/queues.py:320
            if self._unfinished._value == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if self._unfinished._value:
                self._cond.wait()


class Connection:
    """One end of a Pipe: send() pickles, recv() blocks until something arrives."""
    _interleave_shared_ = True

    def __init__(self, inbox, outbox, readable, writable):
        self._inbox = inbox
        self._outbox = outbox
        self._readable = readable
        self._writable = writable
        self._closed = False

    def _check(self, readable=False, writable=False):
        if self._closed:
            raise OSError("handle is closed")  # cpython-line: multiprocessing/connection.py:137
        if readable and not self._readable:
            raise OSError("connection is write-only")  # cpython-line: multiprocessing/connection.py:141
        if writable and not self._writable:
            raise OSError("connection is read-only")  # cpython-line: multiprocessing/connection.py:145

    def send(self, obj):
        self._check(writable=True)
        self._outbox.put(obj)

    def recv(self):
        self._check(readable=True)
        return self._inbox.get()

    def poll(self, timeout=0.0):
        self._check(readable=True)
        return self._inbox.poll(timeout)

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """Two connected Connections (for duplex=False: a receiving end and a sending end)."""
    a, b = _Pipe(), _Pipe()
    if duplex:
        return Connection(a, b, True, True), Connection(b, a, True, True)
    return Connection(a, None, True, False), Connection(None, a, False, True)


# ---------------------------------------------------------------------------------------------
# Shared memory: Value and Array (ctypes objects in CPython).

_TYPECODES = {
    'b': ('c_byte', 8, True), 'B': ('c_ubyte', 8, False), 'h': ('c_short', 16, True),
    'H': ('c_ushort', 16, False), 'i': ('c_int', 32, True), 'I': ('c_uint', 32, False),
    'l': ('c_long', 64, True), 'L': ('c_ulong', 64, False), 'q': ('c_longlong', 64, True),
    'Q': ('c_ulonglong', 64, False), 'f': ('c_float', 0, True), 'd': ('c_double', 0, True),
    'c': ('c_char', 0, True), 'u': ('c_wchar', 0, True),
}


def _ctype(typecode):
    if typecode not in _TYPECODES:
        if isinstance(typecode, str):
            raise TypeError('this type has no size')  # cpython-line: multiprocessing/sharedctypes.py:41
        raise TypeError('not supported by Interleave: ctypes types as a typecode; use a '
                        'typecode string such as "i" or "d"')
    return _TYPECODES[typecode]


def _convert(typecode, value):
    name, bits, signed = _ctype(typecode)
    if typecode in 'fd':
        if not isinstance(value, (int, float)):
            raise TypeError('must be real number, not %s' % type(value).__name__)
        return float(value)
    if typecode == 'c':
        if not isinstance(value, bytes) or len(value) != 1:
            raise TypeError('one character bytes, bytearray or integer expected')
        return value
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('one character unicode string expected')
        return value
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    value &= (1 << bits) - 1
    if signed and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _default(typecode):
    if typecode in 'fd':
        return 0.0
    if typecode == 'c':
        return b'\x00'
    if typecode == 'u':
        return '\x00'
    return 0


class _SynchronizedBase:
    """Shared memory guarded by a lock: get_lock(), acquire/release and the with-block."""
    _interleave_shared_ = True

    def __init__(self, typecode, lock):
        self._typecode = typecode
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_lock(self):
        return self._lock


class Synchronized(_SynchronizedBase):
    """A shared value (what Value() returns): .value, with a lock from get_lock()."""

    def __init__(self, typecode, value, lock):
        _SynchronizedBase.__init__(self, typecode, lock)
        self._value = _convert(typecode, value)

    def get_obj(self):
        return self._value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._typecode, v)

    def __repr__(self):
        return '<%s wrapper for %s(%r)>' % (type(self).__name__, _ctype(self._typecode)[0],
                                            self._value)


class SynchronizedArray(_SynchronizedBase):
    """A shared array (what Array() returns): indexing, slicing, len, a lock from get_lock()."""

    def __init__(self, typecode, items, lock):
        _SynchronizedBase.__init__(self, typecode, lock)
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._items[i]
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('invalid index')
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            values = [_convert(self._typecode, x) for x in v]
            if len(values) != len(range(*i.indices(len(self._items)))):
                raise ValueError('Can only assign sequence of same size')
            self._items[i] = values
            return
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('invalid index')
        self._items[i] = _convert(self._typecode, v)

    def __iter__(self):
        return iter(list(self._items))

    def __repr__(self):
        name = _ctype(self._typecode)[0]
        return '<%s wrapper for <multiprocessing.sharedctypes.%s_Array_%d object>>' % (
            type(self).__name__, name, len(self._items))


def _lock_for(lock):
    if lock is True or lock is None:
        return RLock()
    if lock is False:
        return None
    return lock


class _Raw:
    """A shared value without a lock (RawValue)."""
    _interleave_shared_ = True

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._value = _convert(typecode, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._typecode, v)

    def __repr__(self):
        return '%s(%r)' % (_ctype(self._typecode)[0], self._value)


def RawValue(typecode_or_type, *args):
    """A shared value without a lock."""
    return _Raw(typecode_or_type, args[0] if args else _default(typecode_or_type))


def Value(typecode_or_type, *args, lock=True):
    """A shared value: Value('i', 0) is a C int all processes see."""
    value = args[0] if args else _default(typecode_or_type)
    _ctype(typecode_or_type)
    inner = _lock_for(lock)
    if inner is None:
        return RawValue(typecode_or_type, value)
    return Synchronized(typecode_or_type, value, inner)


def _array_items(typecode, size_or_initializer):
    _ctype(typecode)
    if isinstance(size_or_initializer, int):
        return [_default(typecode)] * size_or_initializer
    return [_convert(typecode, v) for v in size_or_initializer]


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array without a lock."""
    return SynchronizedArray(typecode_or_type,
                             _array_items(typecode_or_type, size_or_initializer), RLock())


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A shared array: Array('d', [1.0, 2.0]) or Array('i', 10)."""
    items = _array_items(typecode_or_type, size_or_initializer)
    return SynchronizedArray(typecode_or_type, items, _lock_for(lock) or RLock())


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (see multiprocessing.pool.Pool)."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    raise NotImplementedError('not supported by Interleave: multiprocessing.Manager; use '
                              'Value, Array, Queue or Pipe')


def freeze_support():
    pass


Process.__module__ = ForkProcess.__module__ = 'multiprocessing.context'
BaseProcess.__module__ = 'multiprocessing.process'
Queue.__module__ = JoinableQueue.__module__ = SimpleQueue.__module__ = 'multiprocessing.queues'
_Pipe.__module__ = Connection.__module__ = 'multiprocessing.connection'
Synchronized.__module__ = SynchronizedArray.__module__ = 'multiprocessing.sharedctypes'
