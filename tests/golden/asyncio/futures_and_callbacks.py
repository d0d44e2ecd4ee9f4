# Futures, done callbacks and the loop's call_soon/call_later/call_at ordering.
import asyncio


def report(tag, fut=None):
    state = "" if fut is None else f" (future done: {fut.done()})"
    print("callback", tag + state)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.2, report, "later 0.2")
    loop.call_at(t0 + 0.1, report, "at +0.1")
    loop.call_later(0.1, report, "later 0.1")
    loop.call_soon(report, "soon 1")
    loop.call_soon(report, "soon 2")
    h = loop.call_soon(report, "cancelled")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    print("scheduled, nothing ran yet")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0.3)
    print("elapsed", round(loop.time() - t0, 1))

    fut = loop.create_future()
    print(fut, fut.done(), fut.cancelled())
    fut.add_done_callback(lambda f: report("first", f))
    fut.add_done_callback(lambda f: report("second", f))
    loop.call_later(0.1, fut.set_result, 42)
    print("awaited", await fut)
    print(fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    f2 = loop.create_future()
    for method in (f2.result, f2.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f2.set_exception(KeyError("k"))
    print(f2, repr(f2.exception()))
    try:
        await f2
    except KeyError as e:
        print("await raised", repr(e))

    f3 = loop.create_future()
    print("cancel:", f3.cancel(), f3.cancel(), f3.cancelled(), f3)
    try:
        f3.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")

    def cb(f):
        print("never called")
    f4 = loop.create_future()
    f4.add_done_callback(cb)
    print("removed", f4.remove_done_callback(cb))
    f4.set_result(None)
    await asyncio.sleep(0)
    print(asyncio.isfuture(f4), asyncio.isfuture(cb))


asyncio.run(main())
