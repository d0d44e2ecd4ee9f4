# multiprocessing.Pool: map keeps the order, apply_async returns at once,
# and an exception in a worker comes back to the caller.
import multiprocessing as mp
import threading


def square(x):
    return x * x


def checked(x):
    if x == 3:
        raise ValueError(f"three is not allowed")
    return x


def collect(result):
    print("callback got", result, flush=True)


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(pow, [(2, 5), (3, 3), (10, 2)]))
        r = pool.apply_async(square, (12,), callback=collect)
        print("result:", r.get(timeout=5), r.ready(), r.successful())
        print(list(pool.imap(square, [4, 5, 6])))
        print(sorted(pool.imap_unordered(square, [7, 8, 9])))
        print([t.name for t in threading.enumerate()[1:]])
        try:
            pool.map(checked, [1, 2, 3, 4], chunksize=1)
        except ValueError as e:
            print("ValueError:", e, "| cause:", type(e.__cause__).__name__)
        bad = pool.apply_async(checked, (3,))
        bad.wait()
        print("successful:", bad.successful())
        print(pool.apply(square, (9,)))
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    pool = mp.Pool(processes=2)
    print(pool.map(square, []))
    pool.close()
    pool.join()
    for bad_args in [dict(processes=0), dict(maxtasksperchild=0), dict(initializer=5)]:
        try:
            mp.Pool(**bad_args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
