# Fails on purpose at the end: heapq's error messages (the C module's words), then an uncaught IndexError.
import heapq

attempts = [
    ("heappop([])", lambda: heapq.heappop([])),
    ("heapreplace([], 1)", lambda: heapq.heapreplace([], 1)),
    ("heappush((), 1)", lambda: heapq.heappush((), 1)),
    ("heappop(())", lambda: heapq.heappop(())),
    ("heapify('abc')", lambda: heapq.heapify("abc")),
    ("heappush([])", lambda: heapq.heappush([])),
    ("heappush(heap=[], item=1)", lambda: heapq.heappush(heap=[], item=1)),
    ("heappop([], 1)", lambda: heapq.heappop([], 1)),
    ("heappush([1], 'a')", lambda: heapq.heappush([1], "a")),
    ("heapify([3, 'a', 1])", lambda: heapq.heapify([3, "a", 1])),
    ("nlargest(2, 5)", lambda: heapq.nlargest(2, 5)),
]
for text, attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(f"{text}: {type(e).__name__}: {e}")

print(heapq.heappushpop([], 1), heapq.nsmallest(3, []), heapq.nlargest(0, [1, 2]))
heapq.heappop([])
