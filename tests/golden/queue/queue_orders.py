# The same items come out of each kind of queue in a different order.
import queue

arrivals = [("write report", 3), ("fix bug", 1), ("reply to email", 2), ("lunch", 2)]

fifo = queue.Queue()
lifo = queue.LifoQueue()
by_priority = queue.PriorityQueue()
simple = queue.SimpleQueue()
for name, priority in arrivals:
    fifo.put(name)
    lifo.put(name)
    # (priority, name): equal priorities are ordered by name.
    by_priority.put((priority, name))
    simple.put(name)

print("Queue:        ", [fifo.get() for _ in range(4)])
print("LifoQueue:    ", [lifo.get() for _ in range(4)])
print("PriorityQueue:", [by_priority.get() for _ in range(4)])
print("SimpleQueue:  ", [simple.get() for _ in range(4)])

# A counter as the second field keeps arrival order among equal priorities,
# and the items themselves are never compared.
tickets = queue.PriorityQueue()
for number, (name, priority) in enumerate(arrivals):
    tickets.put((priority, number, {"task": name}))
while not tickets.empty():
    priority, number, item = tickets.get()
    print(priority, number, item["task"])

# Size checks: qsize, empty and full.
box = queue.Queue(maxsize=2)
print("maxsize", box.maxsize, "qsize", box.qsize(), "empty", box.empty(), "full", box.full())
box.put("a")
box.put("b")
print("maxsize", box.maxsize, "qsize", box.qsize(), "empty", box.empty(), "full", box.full())
unbounded = queue.Queue()
for i in range(1000):
    unbounded.put(i)
print("unbounded full?", unbounded.full(), unbounded.qsize())
print("simple:", simple.empty(), simple.qsize())

# The queue's items live in .queue (a deque, or a list kept as a heap).
fifo.put(1)
fifo.put(2)
lifo.put(1)
lifo.put(2)
print(fifo.queue, lifo.queue)
heap = queue.PriorityQueue()
for n in [5, 1, 4, 2, 3]:
    heap.put(n)
print(heap.queue)
