# Thread names, states and the main thread, as a learner first meets them.
import threading
import time


def worker(label, delay):
    me = threading.current_thread()
    print(f"{label}: running in {me.name}, daemon={me.daemon}")
    time.sleep(delay)


t1 = threading.Thread(target=worker, args=("first", 0.2))
t2 = threading.Thread(target=worker, args=("second", 0.1), name="helper")
t3 = threading.Thread(target=worker, kwargs={"label": "third", "delay": 0.3}, daemon=True)
print(t1)
print(t2)
print(t3)
print(t1.is_alive(), t1.ident is None, t1.native_id is None)

t1.start()
t1.join()
t2.start()
t2.join()
t3.start()
t3.join()
print(t1.is_alive(), t1.ident is not None, type(t1.native_id).__name__)
print(threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == threading.main_thread().ident)

class Greeter(threading.Thread):
    def __init__(self, who):
        super().__init__()
        self.who = who

    def run(self):
        print("hello from", self.name, "to", self.who)


g = Greeter("you")
g.start()
g.join()
print(g.name, g.is_alive())
anon = threading.Thread(target=print, args=("args", "to", "print"))
anon.start()
anon.join()
print(anon.name)
