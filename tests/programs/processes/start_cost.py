# What starting and joining one process with nothing to do costs, in microseconds.
import multiprocessing as mp
import time


def nothing():
    pass


if __name__ == '__main__':
    t = time.perf_counter()
    p = mp.Process(target=nothing)
    p.start()
    started = time.perf_counter()
    p.join()
    print(round((started - t) * 1e6), round((time.perf_counter() - t) * 1e6))
