# An uncaught "Semaphore released too many times" from BoundedSemaphore.release.
import threading

sem = threading.BoundedSemaphore(1)
with sem:
    print('inside')
sem.release()
