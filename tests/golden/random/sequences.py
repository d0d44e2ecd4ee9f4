# choice, shuffle, sample and choices after random.seed(N).
import random

random.seed(10)
print([random.choice('abcdefghij') for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(100, 200)))

cards = list(range(1, 14))
random.shuffle(cards)
print(cards)
random.shuffle(cards)
print(cards)
words = ['apple', 'banana', 'cherry', 'date']
random.shuffle(words)
print(words)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)

print(random.sample(range(100), 10))
print(random.sample(range(10**9), 5))
print(random.sample(words, 4), words)
print(random.sample('abcdefgh', 3))
print(random.sample(range(50), 30))
print(random.sample(range(1000), 8))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(5), 0))

print(random.choices(['win', 'lose', 'draw'], k=8))
print(random.choices(['win', 'lose', 'draw'], [5, 3, 2], k=8))
print(random.choices(['win', 'lose', 'draw'], cum_weights=[5, 8, 10], k=8))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.25, 0.15], k=6))
print(random.choices('xyz'))
print(random.choices('xyz', k=0))

t = (3, 1, 4, 1, 5, 9, 2, 6)
print(random.sample(t, len(t)))
