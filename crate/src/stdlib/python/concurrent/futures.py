"""concurrent.futures: futures and pools of workers, as CPython 3.11's package.

CPython splits this package into _base.py (Future, wait, as_completed, Executor), thread.py
(ThreadPoolExecutor) and process.py (ProcessPoolExecutor); here it is one module whose classes
carry CPython's module names (concurrent.futures._base.CancelledError, ...). Futures wait on
threading.Condition and workers are threading.Thread objects fed by a queue.SimpleQueue, so every
wait is a wait on the runtime's locks and the scheduler shows it. ThreadPoolExecutor starts its
workers lazily as CPython does: a submit starts a new thread only when no worker is idle, up to
max_workers, and the threads are named ThreadPoolExecutor-N_M. Lines marked
`# cpython-line: FILE:N` are shown in tracebacks as line N of CPython's file, so an exception
re-raised by Future.result() reads as CPython prints it.
"""

import itertools
import os
import queue
import threading
import time
import _thread
from collections import namedtuple

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states. CANCELLED becomes CANCELLED_AND_NOTIFIED once a worker has seen the
# cancellation and told the waiters.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


def _log_exception(message):
    """What CPython's logger prints for LOGGER.exception(...) when logging is not configured:
    the message, then the traceback of the exception being handled, on stderr."""
    _thread._stderr(message + "\n")
    _thread._print_exception(_thread._current_exception())


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError  # the builtin, as in CPython 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


# Waiters: what wait() and as_completed() block on. A future tells each of its waiters when it
# finishes or is cancelled; the waiter decides when to set its event.

class _Waiter:
    """Collects finished futures; subclasses decide when to wake the waiting thread."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """Used by as_completed(): wakes on every future, under a lock (it is drained as it runs)."""

    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """Used by wait(return_when=FIRST_COMPLETED): wakes on the first future."""

    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """Used by wait(FIRST_EXCEPTION / ALL_COMPLETED): wakes when none is pending, or (when
    stop_on_exception) at the first exception."""

    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Hold the conditions of several futures, always taken in the same (id) order."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
            f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)  # cpython-line: concurrent/futures/_base.py:169
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):
    """Yield the futures of the list fs from its end, first taking each out of the sets in
    ref_collect and taking waiter off it."""
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes.

    Futures already finished (or cancelled) come first, then the others in the order they
    finish. Duplicates are yielded once. Raises TimeoutError if the whole iteration takes
    longer than timeout seconds.
    """
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(
            f for f in fs
            if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter, ref_collect=(fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(  # cpython-line: concurrent/futures/_base.py:239
                        '%d (of %d) futures unfinished' % (
                            len(pending), total_futures))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            # The list is in finishing order and is yielded from its end.
            finished.reverse()
            yield from _yield_finished_futures(finished, waiter, ref_collect=(fs, pending))
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


DoneAndNotDoneFutures = namedtuple(
    'DoneAndNotDoneFutures', 'done not_done', module='concurrent.futures._base')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete, at most timeout seconds (None: no limit).

    return_when is FIRST_COMPLETED (return when any future finishes or is cancelled),
    FIRST_EXCEPTION (when any future raises; like ALL_COMPLETED if none does) or
    ALL_COMPLETED (when all are finished or cancelled). Returns the named pair of sets
    (done, not_done).
    """
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs
                if f._state in [CANCELLED_AND_NOTIFIED, FINISHED]}
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done
                   if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)  # cpython-line: concurrent/futures/_base.py:303
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)  # cpython-line: concurrent/futures/_base.py:317
    finally:
        fut.cancel()


class Future:
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)  # cpython-line: concurrent/futures/_base.py:340
            except Exception:
                _log_exception('exception calling callback for %r' % (self,))

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise. A future
        cannot be cancelled if it is running or has already completed.
        """
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            raise self._exception  # cpython-line: concurrent/futures/_base.py:401
        return self._result

    def add_done_callback(self, fn):
        """Attaches a callable that will be called when the future finishes.

        fn is called with the future as its only argument, when the future completes or is
        cancelled, or at once if it already has. Callbacks run in the order they were added.
        """
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)  # cpython-line: concurrent/futures/_base.py:424
        except Exception:
            _log_exception('exception calling callback for %r' % (self,))

    def result(self, timeout=None):
        """Return the result of the call that the future represents.

        Waits at most timeout seconds (None: no limit). Raises CancelledError if the future was
        cancelled, TimeoutError if it did not finish in time, and the call's own exception if
        it raised one.
        """
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  # cpython-line: concurrent/futures/_base.py:447
            elif self._state == FINISHED:
                return self.__get_result()  # cpython-line: concurrent/futures/_base.py:449
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  # cpython-line: concurrent/futures/_base.py:454
            elif self._state == FINISHED:
                return self.__get_result()  # cpython-line: concurrent/futures/_base.py:456
            else:
                raise TimeoutError()  # cpython-line: concurrent/futures/_base.py:458

    def exception(self, timeout=None):
        """Return the exception raised by the call that the future represents (None if the
        call returned). Waits and raises as result() does."""
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  # cpython-line: concurrent/futures/_base.py:483
            elif self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  # cpython-line: concurrent/futures/_base.py:490
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()  # cpython-line: concurrent/futures/_base.py:494

    # The following methods should only be used by Executors and in tests.

    def set_running_or_notify_cancel(self):
        """Mark the future as running, or, if it was cancelled, tell its waiters.

        Returns False if the future was cancelled (the work must not run), True otherwise.
        Raises RuntimeError if called twice or after set_result() or set_exception().
        """
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                _thread._stderr('Future %s in unexpected state: %s\n' % (id(self), self._state))
                raise RuntimeError('Future in unexpected state')  # cpython-line: concurrent/futures/_base.py:535

    def set_result(self, result):
        """Sets the return value of work associated with the future.

        Should only be used by Executor implementations and unit tests.
        """
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))  # cpython-line: concurrent/futures/_base.py:544
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """Sets the result of the future as being the given exception.

        Should only be used by Executor implementations and unit tests.
        """
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))  # cpython-line: concurrent/futures/_base.py:559
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) to run and return a Future for its result."""
        raise NotImplementedError()  # cpython-line: concurrent/futures/_base.py:581

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently.

        Every call is submitted at once; the iterator returned yields the results in order,
        re-raises a call's exception when its turn comes, and raises TimeoutError if a result
        is not ready timeout seconds after map() was called.
        """
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]  # cpython-line: concurrent/futures/_base.py:608

        # A generator inside a plain function, so that everything is submitted before the
        # first result is asked for.
        def result_iterator():
            try:
                # Pop from the end of the reversed list: results come out in call order.
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())  # cpython-line: concurrent/futures/_base.py:619
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())  # cpython-line: concurrent/futures/_base.py:621
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; with wait, return only when all running futures
        are done. cancel_futures cancels the futures that have not started. Calling it again is
        harmless; nothing else may be called afterwards."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# ThreadPoolExecutor (CPython's thread.py).

# Every worker thread and its work queue, so that the end of the program can stop them.
_threads_queues = {}
_shutdown = False
# Held while workers are added or the interpreter is shutting down.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


_join_threads = threading._shutdown


def _exit_then_join():
    """threading._shutdown, preceded (as CPython's threading._register_atexit arranges) by
    waking the idle workers so that the program can end."""
    _python_exit()
    _join_threads()


threading._shutdown = _exit_then_join


class _WorkItem:

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)  # cpython-line: concurrent/futures/thread.py:58
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    """A worker thread: run work items until it gets None while the executor or the program is
    shutting down (then pass the None on, for the next worker)."""
    if initializer is not None:
        try:
            initializer(*initargs)  # cpython-line: concurrent/futures/thread.py:72
        except BaseException:
            _log_exception('Exception in initializer:')
            executor._initializer_failed()
            return
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item
            executor._idle_semaphore.release()
            continue
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class _WorkerThreads(Executor):
    """The machinery of a pool of worker threads: a work queue, lazily started workers, shutdown."""

    _broken_error = BrokenThreadPool

    def _start(self, max_workers, thread_name_prefix, initializer, initargs):
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every future still waiting in the queue.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(self._broken_error(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources; with wait, return only when all running futures
        are done. cancel_futures cancels the futures that have not started. Calling it again is
        harmless; nothing else may be called afterwards."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake the idle workers (each passes the None on) so that they can end.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


class ThreadPoolExecutor(_WorkerThreads):
    """An Executor that runs calls on a pool of at most max_workers threads."""

    # Numbers the pools whose threads get the default name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to min(32, os.cpu_count() + 4); threads are named
        thread_name_prefix_N (default prefix ThreadPoolExecutor-K); initializer(*initargs)
        runs first in every worker thread."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")  # cpython-line: concurrent/futures/thread.py:144
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")  # cpython-line: concurrent/futures/thread.py:147
        self._start(max_workers,
                    thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter()),
                    initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) to run and return a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)  # cpython-line: concurrent/futures/thread.py:164
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')  # cpython-line: concurrent/futures/thread.py:167
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '  # cpython-line: concurrent/futures/thread.py:169
                                   'interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f


# ProcessPoolExecutor (CPython's process.py).

class BrokenProcessPool(BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state."""


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _CallItem:
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem:
    def __init__(self, work_id, exception=None, result=None, traceback=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.traceback = traceback


def _process_worker(call_queue, result_queue, initializer, initargs):
    """A worker process: run calls from call_queue until it gets None; send each result or
    exception (with its traceback as text) back through result_queue."""
    if initializer is not None:
        try:
            initializer(*initargs)  # cpython-line: concurrent/futures/process.py:237
        except BaseException:
            _log_exception('Exception in initializer:')
            return
    while True:
        call_item = call_queue.get(block=True)
        if call_item is None:
            result_queue.put(os.getpid())
            return
        try:
            r = call_item.fn(*call_item.args, **call_item.kwargs)  # cpython-line: concurrent/futures/process.py:256
        except BaseException as e:
            text = _thread._format_exception(e)
            result_queue.put(_ResultItem(call_item.work_id, exception=e, traceback=text))
        else:
            result_queue.put(_ResultItem(call_item.work_id, result=r))
        del call_item


def _with_remote_traceback(exc, text):
    if text is not None:
        exc.__cause__ = _RemoteTraceback('\n"""\n' + text + '"""')
    return exc


class _ExecutorManagerThread(threading.Thread):
    """The parent's manager: moves submitted calls to the workers' queue (at most one more than
    there are workers), collects results and sets the futures."""

    def __init__(self, executor):
        self.executor = executor
        super().__init__()

    def run(self):
        ex = self.executor
        while True:
            self.add_call_item_to_queue()
            with ex._wakeup:
                while not ex._results_ready() and not ex._wake_pending:
                    ex._wakeup.wait()
                ex._wake_pending = False
            while ex._result_queue.qsize():
                item = ex._result_queue.get()
                if isinstance(item, int):
                    continue
                work_item = ex._pending_work_items.pop(item.work_id, None)
                if work_item is not None:
                    if item.exception is not None:
                        work_item.future.set_exception(
                            _with_remote_traceback(item.exception, item.traceback))
                    else:
                        work_item.future.set_result(item.result)
            if ex._shutdown_thread and not ex._pending_work_items:
                for _ in ex._processes:
                    ex._call_queue.put(None)
                for p in ex._processes:
                    p.join()
                return

    def add_call_item_to_queue(self):
        ex = self.executor
        while ex._call_queue.qsize() < ex._max_workers + 1:
            try:
                work_id = ex._work_ids.get(block=False)
            except queue.Empty:
                return
            work_item = ex._pending_work_items[work_id]
            if work_item.future.set_running_or_notify_cancel():
                try:
                    ex._call_queue.put(_CallItem(work_id, work_item.fn, work_item.args,
                                                 work_item.kwargs), block=True)
                except Exception as e:
                    del ex._pending_work_items[work_id]
                    work_item.future.set_exception(e)
            else:
                del ex._pending_work_items[work_id]


class ProcessPoolExecutor(Executor):
    """An Executor that runs calls in a pool of worker processes ('ForkProcess-N'), all
    started at the first submit as CPython 3.11 does with the fork start method. Calls,
    arguments and results are pickled on their way (so functions must be module-level), and
    each worker works on its own copy of the program's state, on its own virtual core."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """max_workers defaults to os.cpu_count(); initializer(*initargs) runs first in every
        worker. mp_context is accepted (only fork is simulated); max_tasks_per_child is checked
        but has no effect yet."""
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")  # cpython-line: concurrent/futures/process.py:663
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")  # cpython-line: concurrent/futures/process.py:683
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")  # cpython-line: concurrent/futures/process.py:689
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")  # cpython-line: concurrent/futures/process.py:691
        import multiprocessing
        self._mp = multiprocessing
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._processes = []
        self._manager = None
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._wakeup = threading.Condition(threading.Lock())
        self._wake_pending = False
        self._broken = False
        self._queue_count = 0
        self._pending_work_items = {}
        self._work_ids = queue.Queue()
        self._call_queue = multiprocessing.Queue(max_workers + 1)
        self._result_queue = _NotifyingQueue(self)

    def _results_ready(self):
        return self._result_queue.qsize() > 0

    def _wake(self):
        with self._wakeup:
            self._wake_pending = True
            self._wakeup.notify()

    def _start_manager(self):
        if self._manager is None:
            for _ in range(self._max_workers):
                p = self._mp.ForkProcess(target=_process_worker,
                                         args=(self._call_queue, self._result_queue,
                                               self._initializer, self._initargs))
                p.start()
                self._processes.append(p)
            self._manager = _ExecutorManagerThread(self)
            self._manager.start()

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) to run in a worker process; returns a Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)  # cpython-line: concurrent/futures/process.py:791
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')  # cpython-line: concurrent/futures/process.py:793
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '  # cpython-line: concurrent/futures/process.py:795
                                   'interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._pending_work_items[self._queue_count] = w
            self._work_ids.put(self._queue_count)
            self._queue_count += 1
            self._start_manager()
            self._wake()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run in the worker processes (see
        Executor.map). chunksize must be at least 1; calls are sent one by one."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")  # cpython-line: concurrent/futures/process.py:835
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submits; with wait, return when every pending call is done and the worker
        processes have ended. cancel_futures cancels the calls that have not started."""
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                while True:
                    try:
                        work_id = self._work_ids.get(block=False)
                    except queue.Empty:
                        break
                    w = self._pending_work_items.pop(work_id, None)
                    if w is not None:
                        w.future.cancel()
        if self._manager is not None:
            self._wake()
            if wait:
                self._manager.join()


class _NotifyingQueue:
    """The result queue: a multiprocessing SimpleQueue whose put also wakes the manager."""
    _interleave_shared_ = True

    def __init__(self, executor):
        import multiprocessing
        self._queue = multiprocessing.SimpleQueue()
        self._executor = executor

    def put(self, item):
        self._queue.put(item)
        self._executor._wake()

    def get(self):
        return self._queue.get()

    def qsize(self):
        return len(self._queue._items)


# The modules CPython defines these classes in, as reprs and tracebacks show them.
Error.__module__ = CancelledError.__module__ = InvalidStateError.__module__ = \
    BrokenExecutor.__module__ = Future.__module__ = Executor.__module__ = \
    'concurrent.futures._base'
_WorkItem.__module__ = BrokenThreadPool.__module__ = ThreadPoolExecutor.__module__ = \
    'concurrent.futures.thread'
BrokenProcessPool.__module__ = ProcessPoolExecutor.__module__ = 'concurrent.futures.process'
