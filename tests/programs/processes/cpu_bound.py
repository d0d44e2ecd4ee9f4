# The same CPU-bound work twice: in sequence, in two threads, in two processes.
# Prints the elapsed time of each, in microseconds.
import multiprocessing as mp
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def timed(start_all):
    t = time.perf_counter()
    start_all()
    return round((time.perf_counter() - t) * 1e6)


def in_sequence():
    work(N)
    work(N)


def run_all(kind):
    def go():
        workers = [kind(target=work, args=(N,)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    return go


N = 100_000
if __name__ == '__main__':
    print(timed(in_sequence), timed(run_all(threading.Thread)), timed(run_all(mp.Process)))
