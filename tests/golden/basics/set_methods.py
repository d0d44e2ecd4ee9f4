# Sets of small integers (their printed order is deterministic) and frozensets.

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {4}, a.issubset(b), a.isdisjoint({9}))

s = set()
print(s, len(s), bool(s))
s.add(3)
s.add(3)
s.add(1)
s.update([2, 5], (7,))
print(s, len(s))
s.discard(100)
s.discard(5)
s.remove(7)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError:', e)
print(s.pop(), s)
s.clear()
print(s)

print(set([3, 3, 1, 2, 1]), sorted({8, 1, 5}), set(range(5)), set())
print(len({0, 0.0, False}), {1, True, 1.0})

fs = frozenset([3, 1, 2])
print(fs, type(fs).__name__, 2 in fs, fs | {4}, frozenset())
print({fs: 'frozensets can be keys'})
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)

# Removing duplicates while keeping order, and counting distinct values.
data = [5, 1, 5, 2, 1, 9, 2]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(set(data)), sorted(set(data)))
print(a == {4, 3, 2, 1}, {1, 2} == frozenset([1, 2]))
