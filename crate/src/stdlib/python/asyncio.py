"""asyncio: Interleave's version of CPython 3.11's package, as one module written in Python.

The event loop, futures, tasks, queues and locks follow CPython 3.11's pure-Python versions
(base_events.py, futures.py, tasks.py, queues.py, locks.py, runners.py), so callbacks and task
steps run in CPython's order: a FIFO ready queue, timers in a heap ordered by their time (with
heapq's own tie order). The loop waits for its next timer with time.sleep(), which advances the
virtual clock at no real cost. Lines marked `# cpython-line: FILE:N` are shown in tracebacks as
that line of CPython's asyncio package; every other frame of this module is hidden.

The loop's ready queue and the tasks waiting on a future are reported to the trace as
`asyncio.ready` and `asyncio.waiting` events.
"""

import _interleave
from _time import monotonic as _monotonic, sleep as _sleep
from collections import deque as _deque
import functools as _functools
from heapq import heappush as _heappush, heappop as _heappop, heapify as _heapify

__all__ = [
    'run', 'Runner', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait', 'wait_for',
    'as_completed', 'shield', 'current_task', 'all_tasks', 'get_running_loop',
    'get_event_loop', 'new_event_loop', 'set_event_loop', 'Future', 'Task', 'Handle',
    'TimerHandle', 'AbstractEventLoop', 'BaseEventLoop', 'Queue', 'PriorityQueue', 'LifoQueue',
    'QueueEmpty', 'QueueFull', 'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'FIRST_COMPLETED',
    'FIRST_EXCEPTION', 'ALL_COMPLETED', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
    'to_thread', 'wrap_future', 'run_coroutine_threadsafe',
]

_LIB = '/usr/lib/python3.11/asyncio/'


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class exceptions:
    """Stands for the submodule asyncio.exceptions (library lines name it)."""
    CancelledError = CancelledError
    TimeoutError = TimeoutError
    InvalidStateError = InvalidStateError


# ---------------------------------------------------------------- helpers

_CoroutineType = None


def _coroutine_type():
    global _CoroutineType
    if _CoroutineType is None:
        async def _probe():
            pass
        c = _probe()
        _CoroutineType = type(c)
        c.close()
    return _CoroutineType


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, _coroutine_type())


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`)."""
    return getattr(func, '_is_coroutine', None) is _is_coroutine or \
        _interleave_is_async(func)


def _interleave_is_async(func):
    while isinstance(func, _functools.partial):
        func = func.func
    return _interleave.is_coroutine_function(func)


_is_coroutine = object()


class _GeneratorCoroutine:
    """A generator made awaitable (what CPython's @types.coroutine does to its code)."""

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', 'coroutine')
        self.__qualname__ = getattr(gen, '__qualname__', self.__name__)

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return self._gen.send(None)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


def _generator_coroutine(func):
    @_functools.wraps(func)
    def wrapper(*args, **kwargs):
        return _GeneratorCoroutine(func(*args, **kwargs))
    wrapper._is_coroutine = _is_coroutine
    return wrapper


def _qualname(obj):
    q = getattr(obj, '__qualname__', None)
    if q:
        return q
    n = getattr(obj, '__name__', None)
    if n:
        return n
    return repr(obj)


def _reprlib_repr(obj):
    r = repr(obj)
    if len(r) > 30 and not isinstance(obj, (int, float)):
        # reprlib.repr keeps strings and containers short.
        if isinstance(obj, str):
            r = repr(obj[:12] + obj[-13:])
            r = r[:13] + '...' + r[-14:]
    return r


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_reprlib_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={_reprlib_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, _functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    func_repr = _qualname(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _get_function_source(func):
    src = getattr(func, '_cpython_source', None)
    if src is not None:
        return src
    if isinstance(func, _functools.partial):
        return _get_function_source(func.func)
    if type(func).__name__ != 'function':
        return None
    info = _interleave.code_info(func)
    if info is None or info[0].startswith('<frozen'):
        return None
    return info[0], info[1]


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_coroutine(coro):
    name = _qualname(coro) + '()'
    if isinstance(coro, _GeneratorCoroutine):
        coro = coro._gen
    info = _interleave.code_info(coro)
    if info is not None and info[2] is not None:
        return f'{name} running at {info[0]}:{info[2]}'
    defined = getattr(coro, '_interleave_defined', None)
    if defined is not None:
        return f'{name} done, defined at {defined[0]}:{defined[1]}'
    return name


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


# The names the trace shows for a handle's callback.
def _label(callback):
    task = getattr(callback, '_task', None)
    if task is not None:
        return task._name
    if isinstance(callback, _functools.partial):
        return _label(callback.func)
    return _qualname(callback)


# How many names a trace of the ready queue or the waiting tasks shows.
_TRACED_NAMES = 8


def _short_list(names, more):
    """Names for the trace, and how many more entries follow (in the ready queue, cancelled
    handles past the ones looked at are counted too)."""
    if more > 0:
        return ', '.join(names) + f', ... (+{more})'
    return ', '.join(names)


# ---------------------------------------------------------------- handles

class Handle:
    """Object returned by callback registration methods."""

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._context = context

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        info = self._repr_info()
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        failed = None
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            failed = exc
        if failed is not None:
            cb = _format_callback_source(self._callback, self._args)
            msg = f'Exception in callback {cb}'
            context = {
                'message': msg,
                'exception': failed,
                'handle': self,
            }
            self._loop.call_exception_handler(context)


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        if self._when < other._when:
            return True
        return self is other or self._when == other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        if self._when > other._when:
            return True
        return self is other or self._when == other._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# ---------------------------------------------------------------- the event loop

_running_loop = None
_SELECT_SLACK = 0.001


class AbstractEventLoop:
    """Abstract event loop."""


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = _deque()
        self._scheduled = []
        self._default_executor = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._running = False
        self._task_factory = None
        self._current_task = None
        self._tasks = []
        self._waiting = {}
        self._traced_ready = ''
        self._traced_waiting = ''
        self._threads_pending = 0
        self._wakeup = None

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- the trace of the ready queue and the waiting tasks

    def _trace(self):
        # Only the first few entries are looked at, so tracing costs the same with 10,000 tasks
        # as with 3 (this runs at every call_soon).
        names = []
        seen = 0
        for h in self._ready._head_items(2 * _TRACED_NAMES):
            seen += 1
            if not h._cancelled and h._callback is not None:
                names.append(_label(h._callback))
                if len(names) == _TRACED_NAMES:
                    break
        ready = _short_list(names, len(self._ready) - seen)
        if ready != self._traced_ready:
            self._traced_ready = ready
            _interleave.trace("asyncio.ready", ready)
        names = []
        for t in self._waiting:
            if len(names) == _TRACED_NAMES:
                break
            names.append(t._name)
        waiting = _short_list(names, len(self._waiting) - len(names))
        if waiting != self._traced_waiting:
            self._traced_waiting = waiting
            _interleave.trace("asyncio.waiting", waiting)

    # -- futures and tasks

    def create_future(self):
        """Create a Future object attached to the loop."""
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object. Return a task object."""
        self._check_closed()
        if self._task_factory is None:
            task = Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        global _running_loop
        self._check_closed()
        self._check_running()
        try:
            self._running = True
            _running_loop = self
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        """Run until the Future is done, and return its result (or raise its exception)."""
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()  # cpython-line: asyncio/base_events.py:653

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return _monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    async def shutdown_asyncgens(self):
        return

    async def shutdown_default_executor(self):
        if self._default_executor is None:
            return
        executor = self._default_executor
        self._default_executor = None
        executor.shutdown(wait=True)

    # -- scheduling

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = TimerHandle(when, callback, args, self, context)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        self._trace()
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        if self._wakeup is not None:
            self._wakeup.set()
        return handle

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _select(self, timeout):
        """Wait for `timeout` seconds (None: forever) or until a thread wakes the loop."""
        if timeout is not None and timeout <= 0:
            return
        if self._threads_pending > 0 or self._wakeup is not None and self._wakeup.is_set():
            self._wakeup.wait(timeout)
            self._wakeup.clear()
            return
        if timeout is None:
            # Nothing is ready, no timer is set and no thread can wake the loop: CPython's
            # select() would sleep forever. Block the same way (Interleave reports it).
            import _thread
            forever = _thread._new_lock(_thread.lock, 2, self._stuck_purpose())
            forever.acquire()
            forever.acquire()
            return
        _sleep(timeout)

    def _stuck_purpose(self):
        """What the loop waits for when nothing can wake it, in the words of a deadlock report."""
        import _thread
        waiting = []
        for task in all_tasks(self):
            line = _thread._suspended_line(task.get_coro())
            where = f" at line {line}" if line is not None else ""
            waiting.append(f"{task.get_name()} ({task.get_coro().__qualname__}{where})")
        if not waiting:
            return "its event loop, which has no task, timer or thread left to wake it"
        verb = "awaits a future" if len(waiting) == 1 else "await futures"
        return ("one of its asyncio tasks to be woken: " + ", ".join(waiting) + " " + verb
                + " that no task, timer or thread is left to complete")

    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > 100 and
                self._timer_cancelled_count / sched_count > 0.5):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            _heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            # CPython's select() wakes a little late (tens of microseconds or more), so timers
            # set a few instructions apart for the same delay come due together. The virtual
            # clock is exact, so wait for every timer within _SELECT_SLACK of the first.
            for handle in self._scheduled:
                if when < handle._when <= self._scheduled[0]._when + _SELECT_SLACK:
                    when = handle._when
            timeout = min(max(0, when - self.time()), 86400)

        self._select(timeout)

        end_time = self.time() + self._clock_resolution
        moved = False
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)
            moved = True
        if moved:
            self._trace()

        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        self._trace()

    # -- errors

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        import _thread
        _thread._stderr('\n'.join(log_lines) + '\n')
        if exception is not None:
            _thread._print_exception(exception)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    # -- threads

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = None


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


_run_until_complete_cb._cpython_source = (_LIB + 'base_events.py', 180)


# ---------------------------------------------------------------- events: loops of this thread

class _Policy:
    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        self._loop = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


_policy = _Policy()


def get_event_loop_policy():
    return _policy


def _get_running_loop():
    return _running_loop


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """Return the running loop, or this thread's current loop (made on first use)."""
    loop = _running_loop
    if loop is not None:
        return loop
    return _policy.get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    _policy.set_event_loop(loop)


def new_event_loop():
    return _policy.new_event_loop()


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future."""
    return getattr(obj, '_asyncio_future_blocking', None) is not None and \
        not isinstance(obj, type)


def _same_callback(a, b):
    return a is b or a == b


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return _format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0][0]), size - 2, format_cb(cb[-1][0]))
    return f'cb=[{cb}]'


class Future:
    """A Future: a result that will be available later."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_reprlib_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if not _same_callback(f, fn)]
        removed_count = len(self._callbacks) - len(filtered)
        if removed_count:
            self._callbacks[:] = filtered
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    return fut.get_loop()


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future in an asyncio Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    if loop._wakeup is None:
        import threading
        loop._wakeup = threading.Event()
    loop._threads_pending += 1

    def _set_state(source):
        loop._threads_pending -= 1
        if new_future.cancelled():
            return
        if source.cancelled():
            new_future.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(source.result())

    def _call_set_state(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_set_state, source)

    future.add_done_callback(_call_set_state)
    return new_future


# ---------------------------------------------------------------- tasks

_task_counter = 0


def _task_name_counter():
    global _task_counter
    _task_counter += 1
    return _task_counter


class _TaskStep:
    """The callback that runs one step of a task (CPython's `Task.__step`)."""

    def __init__(self, task):
        self._task = task
        self.__qualname__ = 'Task.task_step'

    def __call__(self, exc=None):
        self._task._step(exc)


class _TaskWakeup:
    """The done-callback a task puts on the future it waits for (CPython's `task_wakeup`)."""

    def __init__(self, task):
        self._task = task
        self.__qualname__ = 'Task.task_wakeup'

    def __call__(self, future):
        exc = None
        try:
            future.result()
        except BaseException as e:
            exc = e
        self._task._step(exc)


class Task(Future):
    """A coroutine wrapped in a Future."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        number = _task_name_counter()
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = f'Task-{number}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._step_cb = _TaskStep(self)
        self._wakeup_cb = _TaskWakeup(self)
        target = coro._gen if isinstance(coro, _GeneratorCoroutine) else coro
        info = _interleave.code_info(target)
        if info is not None:
            try:
                coro._interleave_defined = (info[0], info[1])
            except AttributeError:
                pass
            self._defined = (info[0], info[1])
        else:
            self._defined = None
        self._loop.call_soon(self._step_cb, context=self._context)
        self._loop._tasks.append(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self.get_name())
        coro = _format_coroutine(self._coro)
        if ' running at ' not in coro and self._defined is not None and '(' in coro \
                and ' done, ' not in coro:
            coro = f'{coro} done, defined at {self._defined[0]}:{self._defined[1]}'
        info.insert(2, f'coro=<{coro}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finished(self):
        loop = self._loop
        if self in loop._waiting:
            del loop._waiting[self]
        try:
            loop._tasks.remove(self)
        except ValueError:
            pass

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        loop = self._loop
        if self in loop._waiting:
            del loop._waiting[self]
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None

        _enter_task(loop, self)
        outcome = 0   # 1 returned, 2 cancelled, 3 raised, 4 yielded
        value = None
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
            outcome = 4
        except StopIteration as e:
            outcome = 1
            value = e.value
        except CancelledError as e:
            outcome = 2
            value = e
        except (KeyboardInterrupt, SystemExit) as e:
            _leave_task(loop, self)
            Future.set_exception(self, e)
            self._finished()
            raise
        except BaseException as e:
            outcome = 3
            value = e
        _leave_task(loop, self)

        if outcome == 1:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, value)
            self._finished()
        elif outcome == 2:
            self._cancelled_exc = value
            Future.cancel(self)
            self._finished()
        elif outcome == 3:
            Future.set_exception(self, value)
            self._finished()
        else:
            self._yielded(result)

    def _yielded(self, result):
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if _get_loop(result) is not loop:
                new_exc = RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop')
                loop.call_soon(self._step_cb, new_exc, context=self._context)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                    loop.call_soon(self._step_cb, new_exc, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup_cb, context=self._context)
                    self._fut_waiter = result
                    loop._waiting[self] = None
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                    loop._trace()
            else:
                new_exc = RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}')
                loop.call_soon(self._step_cb, new_exc, context=self._context)
        elif result is None:
            loop.call_soon(self._step_cb, context=self._context)
        elif type(result).__name__ == 'generator':
            new_exc = RuntimeError(
                f'yield was used instead of yield from for '
                f'generator in task {self!r} with {result!r}')
            loop.call_soon(self._step_cb, new_exc, context=self._context)
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
            loop.call_soon(self._step_cb, new_exc, context=self._context)


def _enter_task(loop, task):
    current = loop._current_task
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    loop._current_task = task


def _leave_task(loop, task):
    current = loop._current_task
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    loop._current_task = None


def current_task(loop=None):
    """Return a currently executed task."""
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task."""
    loop = get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not _get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


# ---------------------------------------------------------------- sleep, wait, gather

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def __sleep0():
    yield  # cpython-line: asyncio/tasks.py:634


__sleep0 = _generator_coroutine(__sleep0)


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await __sleep0()  # cpython-line: asyncio/tasks.py:640
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future  # cpython-line: asyncio/tasks.py:649
    finally:
        h.cancel()


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs; return (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)  # cpython-line: asyncio/tasks.py:428


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout."""
    loop = get_running_loop()

    if timeout is None:
        return await fut  # cpython-line: asyncio/tasks.py:452

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()  # cpython-line: asyncio/tasks.py:458
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()  # cpython-line: asyncio/tasks.py:462
        except CancelledError as exc:
            raise exceptions.TimeoutError() from exc  # cpython-line: asyncio/tasks.py:464

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _functools.partial(_release_waiter, waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter  # cpython-line: asyncio/tasks.py:476
        except CancelledError:
            if fut.done():
                return fut.result()  # cpython-line: asyncio/tasks.py:479
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()  # cpython-line: asyncio/tasks.py:489
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()  # cpython-line: asyncio/tasks.py:500
            except CancelledError as exc:
                raise exceptions.TimeoutError() from exc  # cpython-line: asyncio/tasks.py:502
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Return an iterator of awaitables giving the results in the order they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError  # cpython-line: asyncio/tasks.py:614
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    return iter([_wait_for_one() for _ in range(len(todo))])


class _GatheringFuture(Future):
    """Helper for gather(): cancel() cancels the children."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating results from the given coroutines/futures."""
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError(
                        '' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    _done_callback._cpython_source = (_LIB + 'tasks.py', 764)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = _get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Wait for a future, shielding it from cancellation."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = _get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def to_thread(func, /, *args, **kwargs):
    """Run func in a separate thread and await its result."""
    loop = get_running_loop()
    func_call = _functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError("not supported by Interleave: asyncio.run_coroutine_threadsafe")


# ---------------------------------------------------------------- runners

class Runner:
    """A context manager that owns an event loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'CREATED'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'INITIALIZED':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'CLOSED'
        _report_unretrieved(loop)

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))  # cpython-line: asyncio/runners.py:89
        if _running_loop is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)  # cpython-line: asyncio/runners.py:118

    def _lazy_init(self):
        if self._state == 'CLOSED':
            raise RuntimeError("Runner is closed")
        if self._state == 'INITIALIZED':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'INITIALIZED'


def run(main, *, debug=None):
    """Execute the coroutine and return the result."""
    if _running_loop is not None:
        raise RuntimeError(  # cpython-line: asyncio/runners.py:186
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)  # cpython-line: asyncio/runners.py:190


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    to_cancel = [t for t in loop._tasks if t in to_cancel]
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _report_unretrieved(loop):
    """CPython logs a finished task's exception nobody retrieved when the task is freed; the
    simulation reports them when the loop of asyncio.run() closes."""


# ---------------------------------------------------------------- locks

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _running_loop
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin(_LoopBoundMixin):
    # (CPython's classes also inherit _LoopBoundMixin separately; Interleave has single
    # inheritance, so the mixins are chained.)
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    """Primitive lock objects."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):
        """Acquire a lock, waiting until it is unlocked."""
        if (not self._locked and (self._waiters is None or
                                  all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut  # cpython-line: asyncio/locks.py:114
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        """Release a lock."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """An asynchronous equivalent to threading.Event."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Block until the internal flag is true."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut  # cpython-line: asyncio/locks.py:213
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    """An asynchronous equivalent to threading.Condition."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    async def wait(self):
        """Wait until notified (the lock is released meanwhile and re-acquired after)."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut  # cpython-line: asyncio/locks.py:267
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """A Semaphore: a counter decremented by acquire() and incremented by release()."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        res = super().__repr__()
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut  # cpython-line: asyncio/locks.py:387
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that raises ValueError when released above its initial value."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# ---------------------------------------------------------------- queues

class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


class Queue(_LoopBoundMixin):
    """A queue, useful for coordinating producer and consumer coroutines."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put an item into the queue, waiting for a free slot if it is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter  # cpython-line: asyncio/queues.py:120
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter  # cpython-line: asyncio/queues.py:158
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Block until every item put has been processed (task_done() for each)."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()  # cpython-line: asyncio/queues.py:215


class PriorityQueue(Queue):
    """A subclass of Queue; retrieves entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A subclass of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
