# The TypeErrors async with, async for and await give for objects missing the protocols.
import asyncio
class NoA: pass
class BadEnter:
    async def __aexit__(self, *a): pass
    def __aenter__(self): return 1
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
class OnlyEnter:
    async def __aenter__(self): return 1
class AI:
    def __aiter__(self): return 1
class AN:
    def __aiter__(self): return self
    def __anext__(self): return 1
class AW:
    def __await__(self): return 1
async def main():
    for mk in [lambda: NoA(), BadEnter, BadExit, OnlyEnter]:
        try:
            async with mk() as x:
                print("in", x)
        except TypeError as e:
            print(e)
    for it in [1, AI(), AN()]:
        try:
            async for x in it: pass
        except TypeError as e:
            print(e)
    for a in [1, AW()]:
        try:
            await a
        except TypeError as e:
            print(e)
    def g(): yield
    try:
        await g()
    except TypeError as e:
        print(e)
asyncio.run(main())
