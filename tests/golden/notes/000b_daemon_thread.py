# A daemon thread is stopped as soon as the main thread ends: its "finishing" line never
# appears, while a daemon thread that is joined does finish.
import threading
import time


def thread_function(name):
    print(f"Thread {name}: starting")
    time.sleep(0.5)
    print(f"Thread {name}: finishing")


print("Main    : before creating thread")
joined = threading.Thread(target=thread_function, args=(1,), daemon=True)
print("Main    : before running thread")
joined.start()
print("Main    : wait for the thread to finish")
joined.join()
print("Main    : joined, daemon =", joined.daemon)

x = threading.Thread(target=thread_function, args=(2,), daemon=True)
x.start()
print("Main    : wait for the thread to finish")
print("Main    : all done")
