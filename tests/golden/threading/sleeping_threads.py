# Sleeping threads overlap: five 0.1 s sleeps take 0.1 s in threads and 0.5 s in a row.
import threading
import time


def nap():
    time.sleep(0.1)


start = time.monotonic()
for _ in range(5):
    nap()
print("in a row:", round(time.monotonic() - start, 1))

start = time.monotonic()
threads = [threading.Thread(target=nap) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("in threads:", round(time.monotonic() - start, 1))

slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(timeout=0.1)
print("after join(timeout=0.1):", slow.is_alive())
slow.join()
print("after join():", slow.is_alive())
