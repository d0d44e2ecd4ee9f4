# threading.Timer runs later (or never, if cancelled); threading.local keeps per-thread values.
import threading
import time

start = time.monotonic()
fired = []
t = threading.Timer(0.2, lambda: fired.append(round(time.monotonic() - start, 1)))
t.start()
cancelled = threading.Timer(0.1, lambda: fired.append("should not run"))
cancelled.start()
cancelled.cancel()
t.join()
cancelled.join()
print("fired at:", fired)

data = threading.local()
data.name = "main"
seen = []


def show(label):
    data.name = label
    time.sleep(0.01)
    seen.append((label, data.name))


threads = [threading.Thread(target=show, args=(f"t{i}",)) for i in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(seen))
print("main still sees:", data.name)
try:
    data.missing
except AttributeError as e:
    print(e)
