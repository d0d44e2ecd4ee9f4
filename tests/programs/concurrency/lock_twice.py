# A non-reentrant Lock acquired twice by the same thread waits for itself forever.
import threading

lock = threading.Lock()
lock.acquire()
print("acquired once")
lock.acquire()
print("never printed")
