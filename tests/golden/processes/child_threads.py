# Threads inside a child process: the child sees only its own threads, and it waits for its
# non-daemon threads before it ends, so the parent's join() waits for them too.
import multiprocessing as mp
import threading
import time


def helper(label):
    time.sleep(0.2)
    print("helper thread done:", label, flush=True)


def child():
    t = threading.Thread(target=helper, args=('in the child',))
    t.start()
    names = [x.name for x in threading.enumerate()]
    print("child sees", len(names), "threads; current:", threading.current_thread().name, flush=True)


if __name__ == '__main__':
    background = threading.Thread(target=time.sleep, args=(0.5,), name='parent-sleeper')
    background.start()
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child exit code", p.exitcode, "after its thread finished")
    print("parent sees", sorted(t.name for t in threading.enumerate()))
    background.join()
    print("parent active_count:", threading.active_count())
