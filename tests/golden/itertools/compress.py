# itertools.compress: keep the items whose selector is true.
import itertools

print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), [True, False] * 5)))

# Stops at the shorter of data and selectors.
print(list(itertools.compress('ABCDEF', [1, 1])))
print(list(itertools.compress('AB', [0, 1, 1, 1, 1])))

# Any truthy selector counts.
print(list(itertools.compress(['a', 'b', 'c', 'd'], ['yes', '', [0], []])))

# Empty inputs.
print(list(itertools.compress([], [1, 1])))
print(list(itertools.compress('abc', [])))

# Selectors computed from the data.
scores = [55, 91, 78, 42, 88]
names = ['Ana', 'Bo', 'Cy', 'Di', 'Ed']
passed = [s >= 60 for s in scores]
print(passed)
print(list(itertools.compress(names, passed)))

# An endless selector works because the data is finite.
print(list(itertools.compress('abcdefgh', itertools.cycle([1, 0, 0]))))
