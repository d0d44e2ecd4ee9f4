# Two threads print lines while the switch interval is tiny. print() writes the text, the
# separator and the end separately and lets the GIL go between them, so a line can tear:
# "A 3B 7" on one line and an empty one after it. No character is lost or duplicated.
import sys
import threading

sys.setswitchinterval(0.00002)


def worker(tag):
    for i in range(300):
        print(tag, i)


threads = [threading.Thread(target=worker, args=(tag,)) for tag in "AB"]
for t in threads:
    t.start()
for t in threads:
    t.join()
