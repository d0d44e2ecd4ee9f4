# Acquiring a Lock twice from the same thread would block forever; with a timeout the second
# acquire gives up and returns False. An RLock can be taken again by its owner.
import threading
import time

l = threading.Lock()
print('before first acquire')
print(l.acquire())
print('before second acquire')
start = time.monotonic()
print(l.acquire(timeout=0.3))
print('waited', int((time.monotonic() - start) * 10) / 10)
print(l.acquire(blocking=False))
print('locked?', l.locked())
l.release()
print('locked?', l.locked())

r = threading.RLock()
print(r.acquire(), r.acquire())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError:', e)
