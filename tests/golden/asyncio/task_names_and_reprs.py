# Task names (Task-1 is the main coroutine), reprs, current_task() and all_tasks().
import asyncio


async def work(n):
    await asyncio.sleep(0.1 * n)
    return n


async def explode():
    raise ValueError("boom")


async def main():
    me = asyncio.current_task()
    print(me.get_name(), repr(me.get_coro().__qualname__))
    t = asyncio.create_task(work(1))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    named = asyncio.create_task(work(2), name="worker")
    print(named.get_name())
    named.set_name("renamed")
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await named
    e = asyncio.create_task(explode())
    await asyncio.sleep(0)
    print(e)
    print("retrieved:", repr(e.exception()))
    print(asyncio.create_task(work(0)).get_name())
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutine(work(0)) if False else "skip")


asyncio.run(main())
print("after run:", asyncio.run(work(0)))
