# A task made with create_task() does not run until its creator gives up control.
import asyncio


async def child(name):
    print(f"{name}: started")
    await asyncio.sleep(0)
    print(f"{name}: resumed once")
    return name.upper()


async def main():
    t1 = asyncio.create_task(child("a"))
    t2 = asyncio.create_task(child("b"))
    print("main: created both, nothing ran yet")
    print("done?", t1.done(), t2.done())
    for i in range(3):
        print("main: still busy", i)
    print("main: awaiting sleep(0)")
    await asyncio.sleep(0)
    print("main: back after one loop iteration")
    await asyncio.sleep(0)
    print("main: back again")
    print("results", await t1, await t2)
    print("done?", t1.done(), t2.done())

    # sleep(0) yields exactly once: three coroutines take turns.
    async def ticker(name, n):
        for i in range(n):
            print(name, i)
            await asyncio.sleep(0)
    await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 3))


asyncio.run(main())
