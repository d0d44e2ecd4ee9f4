# Without random.seed() the numbers differ from run to run in CPython, so this program prints
# only facts that hold for every seed.
import random

x = random.random()
print(0.0 <= x < 1.0)
print(1 <= random.randint(1, 6) <= 6)
deck = list(range(10))
random.shuffle(deck)
print(sorted(deck) == list(range(10)))
r = random.Random()
print(len(r.sample(range(100), 5)), len(set(r.sample(range(100), 5))))
s = random.getstate()
a = random.random()
random.setstate(s)
print(a == random.random())
