# Fails on purpose: waiting on an empty queue times out inside Queue.get().
import asyncio


async def main():
    q = asyncio.Queue()
    await q.put("only item")
    print(await q.get())
    print(await asyncio.wait_for(q.get(), 0.25))


asyncio.run(main())
