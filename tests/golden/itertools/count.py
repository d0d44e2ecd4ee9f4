# itertools.count: an endless arithmetic sequence.
import itertools

c = itertools.count()
print(next(c), next(c), next(c))

c = itertools.count(10)
print([next(c) for _ in range(4)])

# A float step: the first value keeps the start's type.
c = itertools.count(1, 2.5)
print(next(c), next(c), next(c), next(c))

c = itertools.count(5, -2)
print([next(c) for _ in range(5)])

c = itertools.count(0.5, 0.25)
print([next(c) for _ in range(5)])

c = itertools.count(0, 0.1)
print([next(c) for _ in range(4)])

# repr shows the next value to be produced.
c = itertools.count(3)
print(repr(c))
next(c)
print(repr(c))
print(repr(itertools.count(1, 2.5)), repr(itertools.count(0, 1)))

# Numbering with zip, and an endless loop stopped by break.
for n, word in zip(itertools.count(1), ['red', 'green', 'blue']):
    print(n, word)
for n in itertools.count(100, 7):
    if n > 130:
        break
    print('n =', n)

# Big numbers are fine.
c = itertools.count(10 ** 20, 10 ** 19)
print(next(c), next(c))
