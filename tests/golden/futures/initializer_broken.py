# A failing initializer breaks the pool: the error is logged, futures fail with BrokenThreadPool.
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor

settings = {}


def setup(name):
    settings["db"] = connect(name)


def connect(name):
    raise OSError(f"cannot reach {name}")


pool = ThreadPoolExecutor(max_workers=1, initializer=setup, initargs=("db.local",))
future = pool.submit(print, "never runs")
error = future.exception()
print(type(error).__name__, "-", error)
print(isinstance(error, BrokenExecutor), isinstance(error, RuntimeError))
try:
    pool.submit(print, "again")
except BrokenExecutor as e:
    print("submit:", type(e).__module__, type(e).__name__)
pool.shutdown()
