# Reprs of asyncio's Lock, Event, Condition, Semaphore and Queue in their different states.
# Addresses differ from run to run, so they are checked against id() and then blanked.
import asyncio


def norm(obj):
    r = repr(obj)
    addr = ' at %#x' % id(obj)
    if addr in r:
        r = r.replace(addr, ' at 0x?')
    return r


async def main():
    lock = asyncio.Lock()
    print(norm(lock))
    await lock.acquire()
    print(norm(lock))

    async def take():
        async with lock:
            pass

    t = asyncio.create_task(take())
    await asyncio.sleep(0)
    print(norm(lock))
    lock.release()
    await t
    print(norm(lock))

    ev = asyncio.Event()
    print(norm(ev))
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(norm(ev))
    ev.set()
    await w
    print(norm(ev))

    cond = asyncio.Condition()
    print(norm(cond))
    async with cond:
        print(norm(cond))

    sem = asyncio.Semaphore(2)
    print(norm(sem))
    await sem.acquire()
    await sem.acquire()
    print(norm(sem))
    st = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(norm(sem))
    sem.release()
    await st
    bs = asyncio.BoundedSemaphore(3)
    print(norm(bs))

    q = asyncio.Queue()
    print(norm(q), str(q))
    q.put_nowait(1)
    q.put_nowait('two')
    print(norm(q), str(q))
    q.get_nowait()
    q.task_done()
    print(norm(q))
    q2 = asyncio.Queue(maxsize=1)
    g = asyncio.create_task(asyncio.Queue().get())
    getter_q = asyncio.Queue()
    g2 = asyncio.create_task(getter_q.get())
    await asyncio.sleep(0)
    print(norm(getter_q))
    g.cancel()
    g2.cancel()
    await asyncio.sleep(0)
    print(norm(q2))
    print(norm(asyncio.LifoQueue()), norm(asyncio.PriorityQueue(4)))


asyncio.run(main())
