# Fails on purpose: an exception in a task, awaited by main, ends asyncio.run with a traceback.
import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def main():
    good = await parse("12")
    print("parsed", good)
    task = asyncio.create_task(parse("twelve"))
    await task


asyncio.run(main())
