# Threads racing to print: the order depends on the schedule.
import threading


def shout(name):
    for i in range(3):
        print(name, i)
        x = 0
        for _ in range(2000):
            x += 1


threads = [threading.Thread(target=shout, args=(n,)) for n in "ABC"]
for t in threads:
    t.start()
for t in threads:
    t.join()
