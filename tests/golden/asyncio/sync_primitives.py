# Lock, Event, Semaphore, BoundedSemaphore and Condition between coroutines.
import asyncio


async def locked_worker(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")


async def waiter(name, event):
    print(f"{name} waits for the event")
    await event.wait()
    print(f"{name} saw the event")


async def limited(name, sem):
    async with sem:
        print(f"{name} acquired, locked={sem.locked()}")
        await asyncio.sleep(0.1)
    print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(n, lock, log) for n in "abc"))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ("w1", "w2")]
    await asyncio.sleep(0.1)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set())
    event.clear()
    print(event.is_set())

    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(f"s{i}", sem) for i in range(4)))
    print(sem.locked(), sem._value)

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "took", items.pop(0))

    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for x in ("apple", "pear"):
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
