"""queue: thread-safe FIFO, LIFO and priority queues, as CPython 3.11's module.

Queue, LifoQueue and PriorityQueue are built the way CPython builds them: one mutex
(threading.Lock) shared by three conditions (not_empty, not_full, all_tasks_done), so a thread
blocked in get(), put() or join() is blocked on the runtime's locks and the scheduler shows it.
SimpleQueue (C code in CPython) is an unbounded FIFO over a deque and a Semaphore; Empty belongs
to the C module _queue, as in CPython. After every put and get the queue's contents go into the
run's trace (`queue.put` / `queue.get`) for the UI's queue panel. Lines marked
`# cpython-line: N` are shown in tracebacks as line N of CPython's queue.py.
"""

import threading
import _interleave
from collections import deque as _deque
from heapq import heappush, heappop
from _time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


# How many items a trace event shows; past that it says how many more there are, so a long
# queue costs the same to trace as a short one.
_TRACED_ITEMS = 16


def _trace(kind, contents):
    """Record the queue's contents after a put or get: the first items (front first) and how many
    more. The runtime formats them itself, so no user __repr__ runs (user objects show as
    <Task object at 0x...>)."""
    if isinstance(contents, (list, _deque)):
        more = len(contents) - _TRACED_ITEMS
        if isinstance(contents, _deque):
            contents = contents._head_items(_TRACED_ITEMS)
        else:
            contents = contents[:_TRACED_ITEMS]
        if more > 0:
            _interleave.trace(kind, contents, more)
            return
    _interleave.trace(kind, contents)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)  # cpython-line: 36
        # Whoever changes the queue holds mutex; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        Each get() followed by task_done() tells the queue that one item has been processed;
        join() returns when every item put so far has been. Raises ValueError when called more
        times than there were items placed in the queue.
        '''
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')  # cpython-line: 75
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.

        The count of unfinished tasks goes up with every put() and down with every task_done().
        '''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        With block true and timeout None (the default), wait as long as it takes for a free
        slot. With a non-negative timeout, wait at most that many seconds, then raise Full.
        With block false, raise Full at once if there is no free slot (timeout is ignored).
        '''
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full  # cpython-line: 137
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")  # cpython-line: 142
                else:
                    endtime = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - _time()
                        if remaining <= 0.0:
                            raise Full  # cpython-line: 148
                        self.not_full.wait(remaining)
            self._put(item)  # cpython-line: 150
            self.unfinished_tasks += 1
            _trace("queue.put", getattr(self, 'queue', None))
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        With block true and timeout None (the default), wait as long as it takes for an item.
        With a non-negative timeout, wait at most that many seconds, then raise Empty.
        With block false, raise Empty at once if there is no item (timeout is ignored).
        '''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty  # cpython-line: 168
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")  # cpython-line: 173
            else:
                endtime = _time() + timeout
                while not self._qsize():
                    remaining = endtime - _time()
                    if remaining <= 0.0:
                        raise Empty  # cpython-line: 179
                    self.not_empty.wait(remaining)
            item = self._get()  # cpython-line: 181
            _trace("queue.get", getattr(self, 'queue', None))
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (raise Full if there is no free slot).'''
        return self.put(item, block=False)  # cpython-line: 191

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking (raise Empty if none).'''
        return self.get(block=False)  # cpython-line: 199

    # Subclasses override these four to organise the items differently; they are called with
    # the mutex held.

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)  # cpython-line: 236

    def _get(self):
        return heappop(self.queue)  # cpython-line: 239


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        self._queue = _deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue. It never blocks: block and timeout exist only so that
        calls written for Queue work too.'''
        self._queue.append(item)
        _trace("queue.put", self._queue)
        self._count.release()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        With block true and timeout None (the default), wait as long as it takes for an item.
        With a non-negative timeout, wait at most that many seconds, then raise Empty.
        With block false, raise Empty at once if there is no item (timeout is ignored).
        '''
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout if block else None):
            raise Empty
        item = self._queue.popleft()
        _trace("queue.get", self._queue)
        return item

    def put_nowait(self, item):
        '''The same as put(item, block=False), for compatibility with Queue.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item without blocking (raise Empty if there is none).'''
        return self.get(block=False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)


# Empty and SimpleQueue are C code of the module _queue in CPython; reprs and tracebacks say so.
Empty.__module__ = SimpleQueue.__module__ = '_queue'
