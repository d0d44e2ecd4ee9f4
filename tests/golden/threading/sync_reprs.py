# Reprs of threading's synchronization objects in their different states.
# Addresses differ from run to run, so they are checked against id() and then blanked.
import threading
import time


def norm(obj):
    r = repr(obj)
    assert str(obj) == r
    addr = ' at %#x' % id(obj)
    if addr in r:
        r = r.replace(addr, ' at 0x?')
    return r


s = threading.Semaphore(2)
print(norm(s))
s.acquire()
print(norm(s))
s.acquire()
print(norm(s))
s.release(2)
print(norm(s))

b = threading.BoundedSemaphore(3)
print(norm(b))
b.acquire()
print(norm(b))
b.release()
print(norm(b))

e = threading.Event()
print(norm(e))
e.set()
print(norm(e))
e.clear()
print(norm(e))

bar = threading.Barrier(3)
print(norm(bar))


def waiter():
    try:
        bar.wait()
    except threading.BrokenBarrierError as exc:
        print('waiter got', type(exc).__name__)


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.1)
print(norm(bar))
bar.abort()
t.join()
print(norm(bar))
bar.reset()
print(norm(bar))

c = threading.Condition(threading.Lock())
inner = repr(c._lock).replace(' at %#x' % id(c._lock), ' at 0x?')
print(repr(c).replace(repr(c._lock), inner))


class MySem(threading.Semaphore):
    pass


print(norm(MySem(5)))
