# random.seed with every supported seed type gives CPython's exact sequences.
import random

def first(n=3):
    return [random.random() for _ in range(n)]

for s in [0, 1, 42, -42, 2**32, 2**64 + 5, 10**30, True]:
    random.seed(s)
    print('int', s, first())

for s in [0.0, 1.5, -2.25, 1e100, float('inf')]:
    random.seed(s)
    print('float', s, first(2))

for s in ['', 'a', 'hello', 'héllo wörld', 'x' * 100]:
    random.seed(s)
    print('str', repr(s[:10]), first(2))

for s in ['', 'a', 'hello']:
    random.seed(s, version=1)
    print('str v1', repr(s), first(2))

# Re-seeding restarts the sequence; seeding equal ints and floats agrees.
random.seed(7)
a = first(5)
random.seed(7)
print(a == first(5))
random.seed(7.0)
print(a == first(5))

# A Random instance has its own state.
r1 = random.Random(123)
r2 = random.Random(123)
print(r1.random() == r2.random(), r1.random(), r2.getrandbits(16))
random.seed(123)
print(random.random() == random.Random(123).random())
