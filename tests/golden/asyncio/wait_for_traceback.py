# Fails on purpose: an uncaught wait_for() timeout shows the CancelledError and the TimeoutError.
import asyncio


async def download():
    print("downloading...")
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(download(), timeout=0.5)


asyncio.run(main())
