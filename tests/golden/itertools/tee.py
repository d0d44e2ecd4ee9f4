# itertools.tee splits one iterator into several independent ones.
import itertools

a, b = itertools.tee(range(5))
print(list(a), list(b))

# Each copy advances on its own.
x, y, z = itertools.tee('abcd', 3)
print(next(x), next(x), next(x))
print(next(y))
print(list(z), list(x), list(y))

# The source is pulled once per item, however many copies there are.
def source():
    for i in range(3):
        print('  source yields', i)
        yield i

p, q = itertools.tee(source())
print(next(p), next(p))
print(next(q), next(q), next(q))
print(list(p))

# A lagged copy: pairs of neighbours, done by hand.
left, right = itertools.tee([1, 4, 9, 16, 25])
next(right)
print([r - l for l, r in zip(left, right)])

# n=1 and n=0, and an empty source.
print(len(itertools.tee('ab', 1)), len(itertools.tee('ab', 0)))
e1, e2 = itertools.tee([])
print(list(e1), list(e2))
print(type(itertools.tee('x')).__name__)
