# A thread that never ends: the step budget stops the run.
import threading


def forever():
    while True:
        pass


threading.Thread(target=forever).start()
