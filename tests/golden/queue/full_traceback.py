# Fails on purpose: a put with a timeout on a full queue raises queue.Full, uncaught.
import queue

slots = queue.Queue(maxsize=1)
slots.put("first")


def add(item):
    slots.put(item, timeout=0.1)


add("second")
