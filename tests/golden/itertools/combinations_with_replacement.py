# itertools.combinations_with_replacement: unordered selections, items may repeat.
import itertools

print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement([1, 2], 3)))
print(len(list(itertools.combinations_with_replacement(range(6), 2))))

# Unlike combinations, r may be larger than the number of items.
print(list(itertools.combinations_with_replacement('ab', 4)))

# Edge cases.
print(list(itertools.combinations_with_replacement('abc', 0)))
print(list(itertools.combinations_with_replacement('', 2)))
print(list(itertools.combinations_with_replacement('', 0)))

# Ways to pay 15 with three coins of 1, 5 or 10.
ways = [c for c in itertools.combinations_with_replacement([1, 5, 10], 3) if sum(c) == 15]
print(ways)

# Compare the three selection tools on the same input.
data = 'xyz'
print(len(list(itertools.permutations(data, 2))),
      len(list(itertools.combinations(data, 2))),
      len(list(itertools.combinations_with_replacement(data, 2))),
      len(list(itertools.product(data, repeat=2))))
