# Shared memory: Value and Array are seen by every process; their locks make updates safe.
import multiprocessing as mp


def add_many(total, n):
    for _ in range(n):
        with total.get_lock():
            total.value += 1


def fill(arr, k):
    arr[k] = k * k


if __name__ == '__main__':
    total = mp.Value('i', 0)
    print(total, total.value)
    workers = [mp.Process(target=add_many, args=(total, 500)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("locked total:", total.value)
    squares = mp.Array('i', 5)
    print(squares[:], len(squares))
    workers = [mp.Process(target=fill, args=(squares, k)) for k in range(5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("filled by five processes:", squares[:], squares[1:3], squares[-1])
    ratio = mp.Value('d', 1.5)
    print(ratio, mp.Value('c', b'x'), mp.Array('d', [0.5, 2]).__getitem__(slice(None)))
    small = mp.Value('i', 2 ** 31)
    print("c_int wraps:", small.value)
    for bad in [lambda: setattr(total, 'value', 1.5), lambda: squares[9], lambda: mp.Value('zz', 1)]:
        try:
            bad()
        except (TypeError, IndexError) as e:
            print(type(e).__name__ + ":", e)
    print(total.get_lock())
