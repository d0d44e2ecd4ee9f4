# A process's life seen from the parent: initial, started, stopped, with its exit code.
import multiprocessing as mp
import os


def greet(who, punctuation='!'):
    print(f"hello from the child, {who}{punctuation}", flush=True)


def shown(p):
    # pids differ from run to run: show them as names.
    text = repr(p).replace(f"parent={os.getpid()}", "parent=PARENT")
    if p.pid is not None:
        text = text.replace(f"pid={p.pid}", "pid=CHILD")
    return text


if __name__ == '__main__':
    p = mp.Process(target=greet, args=('parent',), kwargs={'punctuation': '?'})
    print(shown(p))
    print("alive before start:", p.is_alive(), "exitcode:", p.exitcode, "pid:", p.pid)
    p.start()
    print("pid is an int:", isinstance(p.pid, int), "differs from ours:", p.pid != os.getpid(), flush=True)
    p.join()
    print(shown(p))
    print("alive after join:", p.is_alive(), "exitcode:", p.exitcode)
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    q = mp.Process(target=greet, args=('again',), name='Greeter', daemon=True)
    print(shown(q))
    try:
        q.join()
    except AssertionError as e:
        print("AssertionError:", e)
    q.start()
    q.join()
    try:
        q.daemon = False
    except AssertionError as e:
        print("AssertionError:", e)
    print(q.name, q.daemon, q.exitcode)
    q.close()
    try:
        q.is_alive()
    except ValueError as e:
        print("ValueError:", e)
    print(mp.current_process().name, mp.parent_process())
