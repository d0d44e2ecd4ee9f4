# A daemon thread dies with the program; a non-daemon thread keeps it alive until it ends.
import threading
import time


def ticker():
    n = 0
    while True:
        print("tick", n)
        n += 1
        time.sleep(0.1)


def finisher():
    time.sleep(0.25)
    print("finisher done")


threading.Thread(target=ticker, daemon=True).start()
threading.Thread(target=finisher).start()
time.sleep(0.05)
print("main thread ends")
