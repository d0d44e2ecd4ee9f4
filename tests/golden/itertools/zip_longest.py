# itertools.zip_longest runs until the LONGEST input is exhausted.
import itertools

print(list(zip('ABCD', 'xy')))
print(list(itertools.zip_longest('ABCD', 'xy')))
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)))

# Edge cases.
print(list(itertools.zip_longest()))
print(list(itertools.zip_longest([], [])))
print(list(itertools.zip_longest([], 'ab')))
print(list(itertools.zip_longest('abc')))

# Side by side columns.
left = ['alpha', 'beta', 'gamma', 'delta']
right = ['one', 'two']
for l, r in itertools.zip_longest(left, right, fillvalue=''):
    print('%-6s|%s' % (l, r))

# Summing vectors of different lengths.
v1 = [1, 2, 3]
v2 = [10, 20, 30, 40, 50]
print([a + b for a, b in itertools.zip_longest(v1, v2, fillvalue=0)])

# With an endless input zip_longest never stops by itself, so limit it with islice.
pairs = itertools.zip_longest(itertools.count(), 'ab')
print(list(itertools.islice(pairs, 4)))
