# The notes' download lesson: 10 downloads, in sequence and with a pool of 5 threads.
# Prints the sizes read and the virtual seconds each way (the Rust test checks them).
import concurrent.futures
import threading
import time

import requests

thread_local = threading.local()


def get_session():
    try:
        return thread_local.session
    except AttributeError:
        thread_local.session = requests.Session()
        return thread_local.session


def download_site(url):
    session = get_session()
    with session.get(url) as response:
        return len(response.content)


sites = ["https://www.jython.org", "http://olympus.realpython.org/dice"] * 5

start = time.monotonic()
with requests.Session() as session:
    sizes = []
    for url in sites:
        with session.get(url) as response:
            sizes.append(len(response.content))
sequential = time.monotonic() - start

start = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as executor:
    pooled_sizes = list(executor.map(download_site, sites))
pooled = time.monotonic() - start

print(sizes == pooled_sizes, sizes[:2])
print(f"{sequential:.6f} {pooled:.6f}")
