# itertools.chain and chain.from_iterable: one iterator over several iterables.
import itertools

print(list(itertools.chain('xyz', range(0, 10, 3))))
print(list(itertools.chain([1, 2], (3, 4), {5: 'five'}, 'xy')))
print(list(itertools.chain(enumerate('pq'))))
print(list(itertools.chain()))
print(list(itertools.chain([], '', ())))

# from_iterable takes one iterable of iterables.
print(list(itertools.chain.from_iterable(['ab', 'cd', 'e'])))
print(list(itertools.chain.from_iterable([[1, 2], [], [3]])))
print(list(itertools.chain.from_iterable([])))

# Both are lazy: inputs are only touched when needed.
def part(name, n):
    print('  start', name)
    for i in range(n):
        yield name + str(i)

ch = itertools.chain(part('a', 2), part('b', 1))
print('chain made')
print(next(ch))
print(list(ch))

def parts():
    for name in 'pq':
        print('  making part', name)
        yield part(name, 2)

fi = itertools.chain.from_iterable(parts())
print('from_iterable made')
print(next(fi), next(fi), next(fi))

# Flattening a list of rows.
rows = [[1, 2, 3], [4, 5], [6]]
print(sum(itertools.chain.from_iterable(rows)))
print(sorted(itertools.chain([5, 1], [4, 2], [3]), reverse=True))
