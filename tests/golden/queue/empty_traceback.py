# Fails on purpose: get_nowait() on an empty queue raises queue.Empty, uncaught.
import queue

inbox = queue.Queue()
inbox.put("hello")
print(inbox.get_nowait())
print(inbox.get_nowait())
