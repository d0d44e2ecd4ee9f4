# Tasks in an event loop give up control only at `await`; between awaits nothing else runs,
# so a read-modify-write without an await in the middle needs no lock.
import asyncio
import time

log = []


async def download_site(name, delay):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done after {delay}")
    return len(name) * 100


async def counter_task(state, n):
    for _ in range(n):
        value = state['count']
        state['count'] = value + 1
    await asyncio.sleep(0)
    return state['count']


async def main():
    start = time.monotonic()
    sizes = await asyncio.gather(
        download_site("jython", 0.3),
        download_site("realpython", 0.1),
        download_site("python", 0.2),
    )
    print(sizes)
    print("\n".join(log))
    print("elapsed", int((time.monotonic() - start) * 10) / 10)
    state = {'count': 0}
    results = await asyncio.gather(*(counter_task(state, 1000) for _ in range(5)))
    print(results, state['count'])


asyncio.run(main())
