# A thread blocked in Lock.acquire() is woken by release() and takes the lock as soon as the
# OS schedules it, without waiting for the GIL. If the releasing thread works on for a while
# before acquiring again, the waiter is first; if it acquires again at once, it wins.
# On an idle machine CPython 3.11 prints ['second', 'main'] then ['main', 'second'] (on a
# loaded one the waiter may be scheduled late and the first race goes either way). The
# course notes' own Lock outputs show the same: the waiting thread gets the lock before the
# releasing pool worker, busy logging, comes back for its next task.
import threading
import time


def race(work):
    lock = threading.Lock()
    order = []

    def second():
        with lock:
            order.append('second')

    lock.acquire()
    t = threading.Thread(target=second)
    t.start()
    time.sleep(0.1)  # `second` is now blocked in acquire()
    lock.release()
    total = 0
    for i in range(work):
        total += i
    with lock:
        order.append('main')
    t.join()
    return order


print(race(20000))
print(race(5))
