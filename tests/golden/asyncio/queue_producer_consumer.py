# asyncio.Queue: a producer fills a bounded queue, two consumers drain it, join() waits.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i} (size {q.qsize()})")
    print("producer done")


async def consumer(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        print(f"{name} consumed {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("all items processed")
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    print(q2, q2.full())
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

    try:
        await asyncio.wait_for(q2.get(), 0.1)
    except TimeoutError:
        print("get timed out")


asyncio.run(main())
