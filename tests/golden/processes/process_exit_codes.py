# Exit codes: 0, sys.exit(n), an uncaught exception (1, with a traceback on stderr),
# and the signals terminate() (-15) and kill() (-9).
import multiprocessing as mp
import sys
import time


def ok():
    pass


def leave(code):
    sys.exit(code)


def fail():
    raise KeyError('missing')


def nap():
    time.sleep(30)


if __name__ == '__main__':
    for target, args in [(ok, ()), (leave, (3,)), (leave, (None,)), (leave, ('bye',)), (fail, ())]:
        p = mp.Process(target=target, args=args, name=target.__name__)
        p.start()
        p.join()
        print(p.name, args, "->", p.exitcode)
    p = mp.Process(target=nap)
    p.start()
    p.terminate()
    p.join()
    print("terminated:", p.exitcode, repr(p).split()[-1])
    p = mp.Process(target=nap)
    p.start()
    p.kill()
    p.join()
    print("killed:", p.exitcode, repr(p).split()[-1])
    p = mp.Process(target=nap)
    p.start()
    p.join(timeout=0.2)
    print("after join(timeout=0.2):", p.exitcode, p.is_alive())
    p.terminate()
    p.join()
    print("then terminated:", p.exitcode, p.is_alive())
