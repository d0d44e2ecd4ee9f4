# Non-blocking and time-limited put/get raise queue.Full and queue.Empty.
import queue
import time

q = queue.Queue(maxsize=1)

try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait on an empty queue:", repr(e))

start = time.monotonic()
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("get(timeout=0.5) gave up after", round(time.monotonic() - start, 1), "s")

q.put_nowait("only")
try:
    q.put_nowait("second")
except queue.Full as e:
    print("put_nowait on a full queue:", repr(e))

start = time.monotonic()
try:
    q.put("second", timeout=0.3)
except queue.Full:
    print("put(timeout=0.3) gave up after", round(time.monotonic() - start, 1), "s")

try:
    q.put("second", block=False, timeout=5)
except queue.Full:
    print("block=False ignores the timeout")

for bad in [lambda: q.get(timeout=-1), lambda: q.put("x", timeout=-0.5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

print(q.get(timeout=1), q.qsize())

s = queue.SimpleQueue()
start = time.monotonic()
try:
    s.get(timeout=0.2)
except queue.Empty:
    print("SimpleQueue.get(timeout=0.2) gave up after", round(time.monotonic() - start, 1), "s")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
s.put_nowait(7)
print(s.get(block=False))

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
