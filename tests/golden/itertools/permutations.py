# itertools.permutations: orderings, without repeating a position.
import itertools

print(list(itertools.permutations('ABC')))
print(list(itertools.permutations('ABCD', 2)))
print(len(list(itertools.permutations(range(5)))), len(list(itertools.permutations(range(5), 3))))

# Items are treated as distinct by position, not value.
print(list(itertools.permutations('AAB')))
print(sorted(set(itertools.permutations([1, 1, 2]))))

# Edge cases: r=0, r larger than n, empty input.
print(list(itertools.permutations('abc', 0)))
print(list(itertools.permutations('abc', 4)))
print(list(itertools.permutations('')))
print(list(itertools.permutations([], 0)))

# Output order follows input order (lexicographic if the input is sorted).
print([''.join(p) for p in itertools.permutations('cab')])
print([''.join(p) for p in itertools.permutations(sorted('cab'))])

# Finding the orderings of tasks where "a" runs before "b".
orders = [p for p in itertools.permutations('abc') if p.index('a') < p.index('b')]
print(orders)

try:
    itertools.permutations('abc', -1)
except ValueError as e:
    print('ValueError:', e)
