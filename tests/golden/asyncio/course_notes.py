# The course notes' coroutine examples, and their asyncio download example with simulated I/O.
import asyncio
import time
from inspect import getgeneratorstate


def coroutine2(x):
    print('>>> coroutine started : {}'.format(x))
    y = yield x
    print('>>> coroutine received : {}'.format(y))
    z = yield x + y
    print('>>> coroutine received : {}'.format(z))


cr3 = coroutine2(10)
print(getgeneratorstate(cr3))
print(next(cr3))
print(getgeneratorstate(cr3))
print(cr3.send(100))
try:
    cr3.send(200)
except StopIteration:
    print(getgeneratorstate(cr3))


async def download_site(session, url):
    # Stands in for `async with session.get(url) as response`: the I/O is a sleep.
    await asyncio.sleep(0.5)
    print("Read {0} from {1}".format(len(url) * 100, url))


async def download_all_sites(sites):
    session = object()
    tasks = []
    for url in sites:
        task = asyncio.ensure_future(download_site(session, url))
        tasks.append(task)
    await asyncio.gather(*tasks, return_exceptions=True)


sites = ["https://www.jython.org", "http://olympus.realpython.org/dice"] * 3
start_time = time.monotonic()
asyncio.get_event_loop().run_until_complete(download_all_sites(sites))
duration = time.monotonic() - start_time
print(f"Downloaded {len(sites)} in {round(duration, 1)} seconds")
