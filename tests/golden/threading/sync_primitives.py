# Event, Condition, Semaphore and Barrier coordinating threads (results printed in a fixed order).
import threading
import time

ready = threading.Event()
results = []
results_lock = threading.Lock()


def waiter(i):
    ready.wait()
    with results_lock:
        results.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.05)
print("before set:", results, ready.is_set())
ready.set()
for t in threads:
    t.join()
print("after set:", sorted(results), ready.is_set())
print("wait on a set event:", ready.wait(0.01))
ready.clear()
print("wait with timeout:", ready.wait(0.05))

items = []
cond = threading.Condition()


def consumer():
    with cond:
        while not items:
            cond.wait()
        print("consumed", items.pop())


c = threading.Thread(target=consumer)
c.start()
time.sleep(0.05)
with cond:
    items.append("parcel")
    cond.notify()
c.join()

with cond:
    print("wait_for with timeout:", cond.wait_for(lambda: items, timeout=0.05))

pool = threading.Semaphore(2)
inside = []
peak = [0]


def limited(i):
    with pool:
        with results_lock:
            inside.append(i)
            peak[0] = max(peak[0], len(inside))
        time.sleep(0.05)
        with results_lock:
            inside.remove(i)


workers = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("most at once:", peak[0])

barrier = threading.Barrier(3)
order = []


def runner(i):
    time.sleep(0.01 * i)
    index = barrier.wait()
    with results_lock:
        order.append(index)


runners = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for r in runners:
    r.start()
for r in runners:
    r.join()
print("barrier indexes:", sorted(order), barrier.parties, barrier.n_waiting, barrier.broken)
