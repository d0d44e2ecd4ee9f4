# Errors raised when threading's and queue's classes are misused, with CPython's messages.
import queue
import threading


def show(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


show('Lock.release', lambda: threading.Lock().release())
show('RLock.release', lambda: threading.RLock().release())
b = threading.BoundedSemaphore(2)
show('Bounded.release', b.release)
show('Bounded.release(0)', lambda: b.release(0))
show('Semaphore(-1)', lambda: threading.Semaphore(-1))
show('Semaphore.acquire', lambda: threading.Semaphore(0).acquire(False, 1))
c = threading.Condition()
show('Condition.wait', c.wait)
show('Condition.notify', c.notify)
show('Condition.notify_all', c.notify_all)
e = threading.Event()
show('Event.wait(-1)', lambda: e.wait(-1))
show('Event.wait(0)', lambda: e.wait(0))
bar = threading.Barrier(2)
bar.abort()
show('Barrier.wait', bar.wait)
print(bar.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
show('Barrier.wait(timeout)', lambda: threading.Barrier(2).wait(0.01))
q = queue.Queue(1)
show('task_done', q.task_done)
show('get_nowait', q.get_nowait)
q.put(1)
show('put_nowait', lambda: q.put_nowait(2))
show('get(timeout=-1)', lambda: q.get(timeout=-1))
show('put(timeout=-1)', lambda: q.put(2, timeout=-1))
show('get(False)', lambda: queue.Queue().get(False))
show('join', lambda: queue.Queue().join())
