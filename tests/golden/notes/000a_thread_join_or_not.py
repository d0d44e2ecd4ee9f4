# A plain (non-daemon) thread: first joined before the main thread's last line, then not
# joined, so the program still waits for it and its last line comes after "all done".
import threading
import time


def thread_function(name):
    print(f"Thread {name}: starting")
    time.sleep(0.3)
    print(f"Thread {name}: finishing")


print("Main    : before creating thread")
x = threading.Thread(target=thread_function, args=(1,))
print("Main    : before running thread")
x.start()
print("Main    : wait for the thread to finish")
x.join()
print("Main    : all done")

print("Main    : before creating thread")
y = threading.Thread(target=thread_function, args=(2,))
print("Main    : before running thread")
y.start()
print("Main    : wait for the thread to finish")
print("Main    : all done")
print("daemon?", y.daemon, "alive?", y.is_alive())
