# itertools.filterfalse keeps the items for which the predicate is false.
import itertools

print(list(itertools.filterfalse(lambda n: n < 4, [5, 1, 4, 2, 6, 3])))
print(list(filter(lambda n: n < 4, [5, 1, 4, 2, 6, 3])))

# None as the predicate means "the item itself is false".
values = [0, 1, '', 'a', None, [], [0], 0.0, False, True]
print(list(itertools.filterfalse(None, values)))
print(list(filter(None, values)))

# Splitting data into two groups.
nums = list(range(1, 13))
is_even = lambda n: n % 2 == 0
print(list(filter(is_even, nums)), list(itertools.filterfalse(is_even, nums)))

# Empty inputs and lazy evaluation.
print(list(itertools.filterfalse(bool, [])))
ff = itertools.filterfalse(lambda ch: ch.isdigit(), iter('a1b22c'))
print(next(ff), next(ff), list(ff))

# Works on endless inputs as long as the consumer stops.
not_multiple_of_3 = itertools.filterfalse(lambda n: n % 3 == 0, itertools.count(1))
print([next(not_multiple_of_3) for _ in range(8)])
