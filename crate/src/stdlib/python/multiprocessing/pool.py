"""multiprocessing.pool: a pool of worker processes, built as CPython 3.11 builds it.

The workers are 'ForkPoolWorker-N' processes forked when the pool is made (so they see the
program's state as it was then). Tasks go to them through a shared queue and results come back
through another, pickled both ways. Three daemon threads in the parent move work, as in CPython:
`_handle_workers`, `_handle_tasks` and `_handle_results`. map() cuts its iterable into chunks
(CPython's chunk size: len / (4 x workers), rounded up). Leaving a with-block calls terminate().
"""

import itertools
import os
import threading
import queue
import _thread
import multiprocessing as _mp

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))  # cpython-line: multiprocessing/pool.py:48


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))  # cpython-line: multiprocessing/pool.py:51


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be safely sent through the socket."""


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    if (maxtasks is not None) and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)  # cpython-line: multiprocessing/pool.py:109
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))  # cpython-line: multiprocessing/pool.py:125
        except Exception as e:
            text = _thread._format_exception(e)
            result = (False, (e, text))
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError("Error sending result: '%r'. Reason: '%r'" % (
                result[1], e))
            outqueue.put((job, i, (False, (wrapped, None))))
        completed += 1


class ApplyResult:
    """The result of apply_async(): get(timeout), wait(timeout), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))  # cpython-line: multiprocessing/pool.py:759
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise _mp.TimeoutError  # cpython-line: multiprocessing/pool.py:770
        if self._success:
            return self._value
        else:
            raise self._value  # cpython-line: multiprocessing/pool.py:774

    def _set(self, i, obj):
        self._success, self._value = _unwrap(obj)
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


def _unwrap(obj):
    ok, value = obj
    if ok:
        return True, value
    exc, text = value
    if text is not None:
        exc.__cause__ = RemoteTraceback('\n"""\n' + text + '"""')
    return False, exc


class MapResult(ApplyResult):
    """The result of map_async(): the list of results, in order."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = _unwrap(success_result)
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    """What imap() returns: results in order, each as soon as it (and those before it) is in."""

    def __init__(self, pool, ordered=True):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = {}
        self._arrived = []
        self._ordered = ordered
        self._index = 0
        self._length = None
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._ordered and self._index in self._items:
                    item = self._items.pop(self._index)
                    break
                if not self._ordered and self._arrived:
                    item = self._arrived.pop(0)
                    break
                if self._length is not None and self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if self._length is not None and self._index == self._length:
                        raise StopIteration from None
                    raise _mp.TimeoutError from None
            self._index += 1
        success, value = _unwrap(item)
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._ordered:
                self._items[i] = obj
            else:
                self._arrived.append(obj)
            self._cond.notify()
            if self._length is not None and self._index + len(self._items) + \
                    len(self._arrived) >= self._length:
                self._cache.pop(self._job, None)

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify()


class Pool:
    """A pool of worker processes: map, starmap, imap, apply and their _async forms."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._taskqueue = queue.SimpleQueue()
        self._inqueue = _mp.SimpleQueue()
        self._outqueue = _mp.SimpleQueue()
        self._cache = {}
        self._closed_event = threading.Event()
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")  # cpython-line: multiprocessing/pool.py:205
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")  # cpython-line: multiprocessing/pool.py:208
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')  # cpython-line: multiprocessing/pool.py:211
        self._processes = processes
        for i in range(processes):
            self._repopulate()
        self._worker_handler = threading.Thread(
            target=Pool._handle_workers, args=(self,))
        self._worker_handler.daemon = True
        self._worker_handler.start()
        self._task_handler = threading.Thread(
            target=Pool._handle_tasks, args=(self._taskqueue, self._inqueue.put, self._outqueue,
                                             self._pool, self._cache))
        self._task_handler.daemon = True
        self._task_handler.start()
        self._result_handler = threading.Thread(
            target=Pool._handle_results, args=(self._outqueue, self._cache))
        self._result_handler.daemon = True
        self._result_handler.start()
        self._state = RUN

    def _repopulate(self):
        w = _mp.ForkProcess(target=worker,
                            args=(self._inqueue, self._outqueue, self._initializer,
                                  self._initargs, self._maxtasksperchild,
                                  self._wrap_exception))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")  # cpython-line: multiprocessing/pool.py:353

    def apply(self, func, args=(), kwds={}):
        """func(*args, **kwds) in a worker; waits for the result."""
        return self.apply_async(func, args, kwds).get()  # cpython-line: multiprocessing/pool.py:360

    def map(self, func, iterable, chunksize=None):
        """list(map(func, iterable)), the calls spread over the workers."""
        return self._map_async(func, iterable, mapstar, chunksize).get()  # cpython-line: multiprocessing/pool.py:367

    def starmap(self, func, iterable, chunksize=None):
        """Like map, but each item is an argument tuple."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()  # cpython-line: multiprocessing/pool.py:375

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """Like map, but lazily: an iterator over the results in order."""
        self._check_running()
        result = IMapIterator(self)
        tasks = [(result._job, i, func, (x,), {}) for i, x in enumerate(iterable)]
        self._taskqueue.put((tasks, result._set_length))
        return result

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, but results come in the order they finish."""
        self._check_running()
        result = IMapIterator(self, ordered=False)
        tasks = [(result._job, i, func, (x,), {}) for i, x in enumerate(iterable)]
        self._taskqueue.put((tasks, result._set_length))
        return result

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """func(*args, **kwds) in a worker; returns an AsyncResult at once."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        """Like map, but returns an AsyncResult at once."""
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        task_batches = Pool._get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put(([(result._job, i, mapper, (x,), {})
                              for i, x in enumerate(task_batches)], None))
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        out = []
        while 1:
            x = tuple(itertools.islice(it, size))
            if not x:
                return out
            out.append((func, x))

    @staticmethod
    def _handle_workers(pool):
        # CPython polls every 0.1 s to replace workers that exited; here workers live until the
        # pool ends, so this thread waits for that.
        pool._closed_event.wait()
        pool._taskqueue.put(None)

    @staticmethod
    def _handle_tasks(taskqueue, put, outqueue, pool, cache):
        while True:
            item = taskqueue.get()
            if item is None:
                break
            taskseq, set_length = item
            i = -1
            for i, task in enumerate(taskseq):
                try:
                    put(task)  # cpython-line: multiprocessing/pool.py:540
                except Exception as e:
                    job, idx = task[:2]
                    try:
                        cache[job]._set(idx, (False, (e, None)))
                    except KeyError:
                        pass
            if set_length:
                set_length(i + 1)
        outqueue.put(None)
        for p in pool:
            put(None)

    @staticmethod
    def _handle_results(outqueue, cache):
        while 1:
            task = outqueue.get()
            if task is None:
                return
            job, i, obj = task
            try:
                cache[job]._set(i, obj)
            except KeyError:
                pass

    def close(self):
        """No more tasks: the workers end once the queued ones are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._closed_event.set()

    def terminate(self):
        """Stop the workers at once (outstanding work is dropped)."""
        self._state = TERMINATE
        self._closed_event.set()
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()

    def join(self):
        """Wait for the workers to end (after close() or terminate())."""
        if self._state == RUN:
            raise ValueError("Pool is still running")  # cpython-line: multiprocessing/pool.py:665
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")  # cpython-line: multiprocessing/pool.py:667
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


Pool.__module__ = 'multiprocessing.pool'
