# itertools.combinations: unordered selections without repetition.
import itertools

print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations('ABC', 3)))

# Edge cases.
print(list(itertools.combinations('ABC', 0)))
print(list(itertools.combinations('ABC', 4)))
print(list(itertools.combinations([], 0)), list(itertools.combinations([], 1)))

# Repeated values are still different positions.
print(list(itertools.combinations([1, 1, 2], 2)))

# How many handshakes among 6 people?
people = ['Ann', 'Ben', 'Cat', 'Dan', 'Eve', 'Fay']
print(len(list(itertools.combinations(people, 2))))

# Subsets whose sum is 10.
coins = [1, 2, 3, 4, 5, 6]
for r in range(1, len(coins) + 1):
    for combo in itertools.combinations(coins, r):
        if sum(combo) == 10:
            print(r, combo)

try:
    itertools.combinations('abc', -2)
except ValueError as e:
    print('ValueError:', e)
