# A bounded queue makes a fast producer wait for a slow consumer.
import queue
import threading
import time

start = time.monotonic()


def now():
    return round(time.monotonic() - start, 1)


buffer = queue.Queue(maxsize=2)
put_times = []
got = []


def producer():
    for item in range(5):
        buffer.put(item)          # blocks while two items are waiting
        put_times.append((item, now()))
    buffer.put(None)              # the "no more items" sentinel


def consumer():
    while True:
        item = buffer.get()
        if item is None:
            break
        time.sleep(1.0)           # slow work on each item
        got.append((item, now()))


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("put at:", put_times)
print("done at:", got)
print("total:", now())
