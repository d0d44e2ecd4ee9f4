# heapq keeps a plain list as a min-heap: heap[0] is always the smallest.
import heapq

heap = []
for n in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, n)
    print("push", n, "->", heap)
print("smallest:", heap[0])
print("pops:", [heapq.heappop(heap) for _ in range(len(heap))])

data = [9, 4, 7, 1, 8, 2, 2, 6, 0, 5, 3]
heapq.heapify(data)
print("heapify:", data)
print("heapreplace(10) returned", heapq.heapreplace(data, 10), "->", data)
print("heappushpop(-1) returned", heapq.heappushpop(data, -1))
print("heappushpop(11) returned", heapq.heappushpop(data, 11), "->", data)

scores = [41, 97, 63, 97, 12, 80, 55]
print("3 largest:", heapq.nlargest(3, scores))
print("3 smallest:", heapq.nsmallest(3, scores))
print("1 largest:", heapq.nlargest(1, scores), "10 smallest:", heapq.nsmallest(10, scores))
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum"]
print("longest:", heapq.nlargest(3, words, key=len))
print("shortest:", heapq.nsmallest(4, iter(words), key=len))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 6, 2], reverse=True)))
merged = heapq.merge([1, 3], [2])
print(type(merged).__name__, next(merged), list(merged))

# Tuples sort by their first field: a simple priority queue of tasks.
todo = []
heapq.heappush(todo, (2, "write tests"))
heapq.heappush(todo, (1, "fix the build"))
heapq.heappush(todo, (3, "refactor"))
while todo:
    priority, task = heapq.heappop(todo)
    print(priority, task)


# A class with __lt__ shows which comparisons the heap makes.
class Job:
    def __init__(self, cost):
        self.cost = cost

    def __lt__(self, other):
        print("  is", self.cost, "<", other.cost, "?")
        return self.cost < other.cost

    def __repr__(self):
        return f"Job({self.cost})"


jobs = [Job(c) for c in [4, 2, 6, 1]]
heapq.heapify(jobs)
print(jobs)
print("pop", heapq.heappop(jobs), jobs)
