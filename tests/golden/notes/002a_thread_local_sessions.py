# One session per worker thread through threading.local(), as the notes' download example
# does with requests.Session. The session here is a stand-in whose get() sleeps like a
# network request; results are collected in input order.
import concurrent.futures
import threading
import time

thread_local = threading.local()
created = []
created_lock = threading.Lock()

PAGES = {'https://www.jython.org': 10966, 'http://olympus.realpython.org/dice': 276}


class Response:
    def __init__(self, url):
        self.content = b'x' * PAGES[url]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Session:
    def __init__(self):
        self.requests = 0

    def get(self, url):
        self.requests += 1
        time.sleep(0.1)
        return Response(url)


def get_session():
    if not hasattr(thread_local, "session"):
        # One session per thread: a session is assumed not to be thread-safe.
        thread_local.session = Session()
        with created_lock:
            created.append(thread_local.session)
    return thread_local.session


def download_site(url):
    session = get_session()
    with session.get(url) as response:
        return f"Read {len(response.content)} from {url}"


def download_all_sites(sites):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
        return list(executor.map(download_site, sites))


if __name__ == '__main__':
    sites = [
        'https://www.jython.org',
        'http://olympus.realpython.org/dice'
    ] * 6
    start_time = time.monotonic()
    for line in download_all_sites(sites):
        print(line)
    duration = time.monotonic() - start_time
    print(f"Downloaded {len(sites)} in {int(duration * 10) / 10} seconds")
    print("sessions:", len(created), "requests:", sum(s.requests for s in created))
    print("main thread has a session?", hasattr(thread_local, "session"))
