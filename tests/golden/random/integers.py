# randint, randrange and getrandbits after random.seed(N): CPython's exact picks.
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-10, 10) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(3, 30, 3) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(-50, -40) for _ in range(5)])
print(random.randint(0, 2**64), random.randint(-2**100, 2**100))
print(random.randrange(10**30, 10**31, 17))
print([random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 100)])
print(random.getrandbits(300))
print(random.randrange(1), random.randint(5, 5), random.randrange(0, 1, 1))

# A dice histogram: the exact counts depend on every draw.
random.seed(1)
counts = [0] * 7
for _ in range(6000):
    counts[random.randint(1, 6)] += 1
print(counts[1:], sum(counts))

r = random.Random(99)
print([r.randrange(2**40) for _ in range(4)])
print([r.randint(10**18, 10**18 + 10) for _ in range(4)])
