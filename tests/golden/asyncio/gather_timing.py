# gather() runs five 0.1 s sleeps at once: the whole thing takes 0.1 s, not 0.5 s.
import asyncio
import time


async def fetch(n):
    print(f"fetch {n} starts")
    await asyncio.sleep(0.1)
    print(f"fetch {n} ends")
    return n * 10


async def fails(n):
    await asyncio.sleep(0.05 * n)
    raise ValueError(f"bad {n}")


async def main():
    t0 = time.monotonic()
    results = await asyncio.gather(*(fetch(i) for i in range(5)))
    print("results", results)
    print("took", round(time.monotonic() - t0, 1))

    # Results come back in argument order, not finishing order.
    async def delayed(value, delay):
        await asyncio.sleep(delay)
        return value
    print(await asyncio.gather(delayed("slow", 0.3), delayed("fast", 0.1), delayed("mid", 0.2)))

    # return_exceptions=True puts the exceptions in the list.
    out = await asyncio.gather(fetch(7), fails(1), fails(2), return_exceptions=True)
    print([repr(x) for x in out])

    # Without it, the first exception propagates to the awaiting coroutine.
    try:
        await asyncio.gather(fails(2), fails(1), fetch(8))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.25)
    print("empty gather", await asyncio.gather())
    print("total", round(time.monotonic() - t0, 1))


asyncio.run(main())
