# get_context('fork') gives the same API; its processes are ForkProcess objects.
import multiprocessing as mp


def square_into(q, x):
    q.put(x * x)


if __name__ == '__main__':
    ctx = mp.get_context('fork')
    print(mp.get_start_method(), ctx.Process.__name__)
    q = ctx.Queue()
    p = ctx.Process(target=square_into, args=(q, 7))
    p.start()
    print(q.get())
    p.join()
    print(p.name, p.exitcode)
    try:
        ctx.no_such_thing
    except AttributeError as e:
        print("AttributeError:", e)
