# Subclasses of random.Random: overriding random() or getrandbits() changes what the
# other methods draw, as in CPython.
import random

class Constant(random.Random):
    def random(self):
        return 0.3

c = Constant()
print(c.random(), c.uniform(0, 10), c.choice('abcdef'), c.randrange(100), c.randint(1, 6))
print(c.sample(range(20), 4), c.choices('abc', k=3), c.choices('abc', [1, 1, 8], k=3))
deck = list(range(6))
c.shuffle(deck)
print(deck)
print(c.expovariate(1), c.triangular(0, 1, 0.5), c.paretovariate(2), c.weibullvariate(1, 1))

class Counter(random.Random):
    """A predictable generator: random() steps through tenths."""
    def __init__(self):
        super().__init__(0)
        self.n = 0
    def random(self):
        self.n += 1
        return (self.n % 10) / 10

k = Counter()
print([k.random() for _ in range(3)], k.gauss(), k.gauss(), k.normalvariate(0, 1))
print(k.vonmisesvariate(0, 1), k.gammavariate(2, 1), k.gammavariate(0.5, 1), k.betavariate(2, 2))

class Bits(random.Random):
    def getrandbits(self, k):
        return (2**k - 1) // 3

b = Bits(5)
print(b.randrange(1000), b.choice('abcdefgh'), b.sample(range(10), 3), b.random() == random.Random(5).random())

# A subclass that only adds a method keeps the base sequences.
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(77)
print([d.roll() for _ in range(10)], [random.Random(77).randint(1, 6) for _ in range(1)])
print(isinstance(d, random.Random), Dice.__mro__[1].__name__)
