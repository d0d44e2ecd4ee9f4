# Generator expressions are lazy and single-use; list comprehensions are eager.

def noisy(n):
    print('  computing', n)
    return n * 10


print('list comprehension:')
eager = [noisy(n) for n in range(3)]
print('built:', eager)

print('generator expression:')
lazy = (noisy(n) for n in range(3))
print('built, nothing computed yet')
print('first:', next(lazy))
for value in lazy:
    print('loop got', value)
print('second pass:', list(lazy))

# The outermost iterable is evaluated immediately, the rest lazily.
def source():
    print('  source called')
    return [1, 2, 3]

g = (x + 1 for x in source())
print('genexpr created')
print(list(g))

# A genexpr as the only argument needs no extra parentheses.
print(sum(x * x for x in range(5)))
print(max(len(w) for w in 'a bb ccc dd'.split()))
print(sorted((w for w in 'pear fig apple'.split()), key=len))

# Nested loops and conditions, evaluated in the same order as nested for statements.
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))

# any() stops as soon as it finds a true value.
checked = []
def is_big(n):
    checked.append(n)
    return n > 2
print(any(is_big(n) for n in [1, 5, 2, 8]), checked)
print(type(x for x in []).__name__)
