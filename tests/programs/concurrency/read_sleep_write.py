# Read, sleep, write: the sleep hands the CPU to the other thread between read and write.
import threading
import time

balance = 0


def deposit():
    global balance
    seen = balance
    time.sleep(0.01)
    balance = seen + 1


threads = [threading.Thread(target=deposit) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balance)
