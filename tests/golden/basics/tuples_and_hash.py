# Tuples, their repr quirks, and hash() of ints and tuples (which is deterministic).

t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t.count(2), t.index(3))
print((), (1,), (1), ('a',) * 3, (1, 2) + (3,), tuple('ab'), tuple())
single = 'x',
print(single, type(single).__name__, type((1)).__name__)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), max([(1, 'b'), (2, 'a')]))

x, y = point = (3, 4)
print(x, y, point)

# Tuples are immutable, but may hold mutable objects.
box = ([],)
box[0].append('ok')
print(box)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)

# hash() of ints and tuples of ints.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20))
print(hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash(1.0) == hash(1), hash(0.5))
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 'found'})
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)

# Tuples as dict keys and in sorted records.
grid = {(0, 0): 'origin', (1, 2): 'point'}
print(grid[(1, 2)], grid.get((5, 5), 'empty'))
records = [('lee', 3), ('kim', 1), ('lee', 1)]
print(sorted(records), sorted(records, key=lambda r: r[1]))
