# Two threads take two locks in opposite orders: each waits for the other's.
import threading
import time

a = threading.Lock()
b = threading.Lock()


def left():
    with a:
        time.sleep(0.01)
        with b:
            print("left got both")


def right():
    with b:
        time.sleep(0.01)
        with a:
            print("right got both")


t1 = threading.Thread(target=left)
t2 = threading.Thread(target=right)
t1.start()
t2.start()
t1.join()
t2.join()
