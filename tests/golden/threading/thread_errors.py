# The errors threading raises, with CPython's messages.
import threading
import time


def nap():
    time.sleep(0.05)


t = threading.Thread(target=nap)
for action in (t.join,):
    try:
        action()
    except RuntimeError as e:
        print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start:", e)
t.join()

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join self:", e)

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)

r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("rlock release:", e)

try:
    lock.acquire(False, 1)
except ValueError as e:
    print("non-blocking with timeout:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("negative timeout:", e)

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("semaphore:", e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print("bounded:", e)
try:
    threading.Condition().wait()
except RuntimeError as e:
    print("condition:", e)
try:
    threading.Condition().notify()
except RuntimeError as e:
    print("notify:", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("sleep:", e)
print(lock.acquire(False), lock.acquire(False), lock.locked())
lock.release()
print(threading.TIMEOUT_MAX)
