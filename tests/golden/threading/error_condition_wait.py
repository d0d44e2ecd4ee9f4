# Condition.wait without holding the lock, and a broken Barrier, raise in threads and then
# uncaught in the main thread.
import threading

bar = threading.Barrier(2)


def waiter():
    bar.wait()


t = threading.Thread(target=waiter, name='waiter')
t.start()
bar.abort()
t.join()


def late():
    bar.wait()


t = threading.Thread(target=late, name='late')
t.start()
t.join()
cond = threading.Condition()
cond.wait(1)
