# itertools.product: the cartesian product, like nested for loops.
import itertools

print(list(itertools.product('wxyz')))
print(list(itertools.product('AB', [1, 2, 3])))
print(list(itertools.product('01', repeat=3)))
print(len(list(itertools.product('wxyz', repeat=3))))
print(list(itertools.product('ab', 'xy', repeat=2))[:6])

# The rightmost input advances fastest.
for a, b in itertools.product(range(2), 'pq'):
    print(a, b)

# Empty cases.
print(list(itertools.product()))
print(list(itertools.product('abc', [])))
print(list(itertools.product('ab', repeat=0)))

# Counting outcomes of two dice that sum to 7.
dice = range(1, 7)
sevens = [(a, b) for a, b in itertools.product(dice, repeat=2) if a + b == 7]
print(len(sevens), sevens)

# All truth tables for two inputs.
for p, q in itertools.product([False, True], repeat=2):
    print('%-5s %-5s and=%-5s or=%s' % (p, q, p and q, p or q))

# Inputs are consumed completely up front, so generators are fine.
gen = (n * n for n in range(3))
print(list(itertools.product(gen, 'z')))
