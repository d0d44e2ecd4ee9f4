# Fails on purpose: task_done() without a matching get() raises ValueError.
import queue

q = queue.Queue()
q.put("job")
q.get()
q.task_done()
q.task_done()
