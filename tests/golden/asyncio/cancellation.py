# Task.cancel() raises CancelledError inside the task at its await; shield() protects a task.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: got CancelledError, cleaning up")
        await asyncio.sleep(0.1)
        print("stubborn: cleanup done")
        raise
    finally:
        print("stubborn: finally")


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallow: ignoring the cancel")
    return "kept going"


async def precious():
    await asyncio.sleep(0.2)
    print("precious: finished anyway")
    return "treasure"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    print("cancel() returned", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task is cancelled:", t.cancelled(), t.done())
    print("cancel again:", t.cancel())

    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print("swallowed result:", await s, s.cancelled())

    early = asyncio.create_task(precious())
    early.cancel("not needed")
    try:
        await early
    except asyncio.CancelledError as e:
        print("cancelled before it started, args:", e.args)

    inner = asyncio.create_task(precious())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.1)
    except TimeoutError:
        print("outer timed out, inner cancelled?", inner.cancelled())
    print("inner result:", await inner)

    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
