# The same with a lock held across read, sleep and write: no update is lost.
import threading
import time

balance = 0
lock = threading.Lock()


def deposit():
    global balance
    with lock:
        seen = balance
        time.sleep(0.01)
        balance = seen + 1


threads = [threading.Thread(target=deposit) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
