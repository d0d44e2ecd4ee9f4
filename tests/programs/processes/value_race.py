# Two processes add to a shared Value: without its lock (prints the total), then with it.
import multiprocessing as mp


def add(total, n, locked):
    for _ in range(n):
        if locked:
            with total.get_lock():
                total.value += 1
        else:
            total.value += 1


if __name__ == '__main__':
    for locked in (False, True):
        total = mp.Value('i', 0)
        workers = [mp.Process(target=add, args=(total, 2000, locked)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(total.value)
