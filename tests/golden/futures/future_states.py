# A Future's life: pending, running, finished (or cancelled), with callbacks.
import time
from concurrent.futures import Future, ThreadPoolExecutor, CancelledError, InvalidStateError


def describe(f):
    # repr(f) shows the address; keep only the state part.
    text = repr(f)
    return "<Future " + text[text.index("state="):]


f = Future()
print(describe(f), f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: print("callback sees", fut.result()))
f.set_result(42)
print(describe(f), f.done(), f.result(), f.exception())
f.add_done_callback(lambda fut: print("late callback runs at once:", fut.result()))

try:
    f.set_result(43)
except InvalidStateError as e:
    print("InvalidStateError:", str(e)[:9])

g = Future()
g.set_exception(KeyError("missing"))
print(describe(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result() re-raises:", repr(e))

h = Future()
print("cancel a pending future:", h.cancel(), h.cancelled(), h.done(), describe(h))
print("cancel again:", h.cancel())
for name, method in [("result", h.result), ("exception", h.exception)]:
    try:
        method()
    except CancelledError as e:
        print(name, "raises", type(e).__name__, repr(str(e)))

pool = ThreadPoolExecutor(max_workers=1)
slow = pool.submit(time.sleep, 0.5)
waiting = pool.submit(print, "never printed")
time.sleep(0.1)
print("slow: running", slow.running(), "cancel", slow.cancel())
print("waiting: running", waiting.running(), "cancel", waiting.cancel())
print(describe(slow), describe(waiting))
pool.shutdown()
print(describe(slow), slow.result())
print(issubclass(CancelledError, Exception), TimeoutError.__module__)
