# asyncio.wait() with its three modes and a timeout, and as_completed().
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), "pending:", names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all completed:", names(done), "pending:", names(pending), type(done).__name__)

    tasks = [asyncio.create_task(job("ok", 0.1), name="ok"),
             asyncio.create_task(job("bad", 0.2, fail=True), name="bad"),
             asyncio.create_task(job("late", 0.5), name="late")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), "pending:", names(pending))
    for t in done:
        if t.exception():
            print("  exception:", repr(t.exception()))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("after timeout:", names(done), "pending:", names(pending))
    await asyncio.wait(pending)

    for coro in asyncio.as_completed([job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]):
        print("as_completed gave", await coro)

    try:
        for coro in asyncio.as_completed([job("never", 1)], timeout=0.2):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print(e)


asyncio.run(main())
