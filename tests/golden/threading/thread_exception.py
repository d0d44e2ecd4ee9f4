# An exception in a thread is printed by threading.excepthook; the program goes on.
import threading


def divide(a, b):
    return a / b


def worker():
    print("worker computes", divide(1, 0))


t = threading.Thread(target=worker)
t.start()
t.join()
print("main is still running")


class Broken(threading.Thread):
    def run(self):
        [][3]


b = Broken()
b.start()
b.join()
print("done")
