# itertools.repeat: the same object, forever or a fixed number of times.
import itertools

print(list(itertools.repeat('x', 3)))
print(list(itertools.repeat(None, 0)))
print(list(itertools.repeat(7, -5)))

r = itertools.repeat('hi')
print(next(r), next(r), next(r))

# Handy as a constant argument for map and zip.
print(list(map(pow, range(6), itertools.repeat(2))))
print(list(zip('abc', itertools.repeat(0))))

# Every item is the very same object.
shared = list(itertools.repeat([], 3))
shared[0].append('added once')
print(shared)

# repr shows the object and the remaining count.
r = itertools.repeat('a', 3)
print(repr(r))
next(r)
print(repr(r))
print(repr(itertools.repeat(2.5)))

# times can be given by keyword.
print(list(itertools.repeat(object=1, times=2)))
print(len(list(itertools.repeat(0, 1000))))
