# async with awaits __aenter__/__aexit__; async for awaits __anext__ until StopAsyncIteration.
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


class Ticker:
    def __init__(self, n, delay):
        self.i = 0
        self.n = n
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def fetch(n):
    await asyncio.sleep(0.01)
    return n * n


async def main():
    async with Connection("db") as c, Connection("cache"):
        print("using", c.name)
    async with Connection("quiet", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Connection("loud"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    async for i in Ticker(3, 0.1):
        print("tick", i)
    else:
        print("ticker exhausted")
    async for i in Ticker(10, 0.1):
        if i == 2:
            break
    print("stopped at", i)
    print([await fetch(n) for n in range(4)])
    print({n: await fetch(n) for n in range(3)})

    async def first_even(n):
        async for i in Ticker(n, 0):
            async with Connection(f"c{i}"):
                if i % 2 == 0:
                    return i
    print("first even", await first_even(5))


asyncio.run(main())
