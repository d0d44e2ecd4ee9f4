# wait_for() gives up after a timeout, cancels the inner task and raises TimeoutError.
import asyncio
import time


async def slow(label, delay):
    try:
        print(f"{label}: working for {delay}")
        await asyncio.sleep(delay)
        print(f"{label}: finished")
        return label
    except asyncio.CancelledError:
        print(f"{label}: cancelled inside the task")
        raise


async def main():
    t0 = time.monotonic()
    print(await asyncio.wait_for(slow("quick", 0.1), timeout=1))
    try:
        await asyncio.wait_for(slow("sluggish", 5), timeout=0.5)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e))
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)
    print("elapsed", round(time.monotonic() - t0, 1))

    task = asyncio.create_task(slow("task", 2))
    try:
        await asyncio.wait_for(task, 0.2)
    except TimeoutError:
        print("task cancelled?", task.cancelled())

    # timeout=None waits forever; timeout <= 0 gives up at once unless already done.
    print(await asyncio.wait_for(slow("none", 0.3), None))
    try:
        await asyncio.wait_for(slow("zero", 0.1), 0)
    except TimeoutError:
        print("zero timeout")
    print("elapsed", round(time.monotonic() - t0, 1))


asyncio.run(main())
