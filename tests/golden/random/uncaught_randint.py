# Fails on purpose: randint(10, 1) raises from randrange, two library frames deep.
import random

random.seed(3)
low, high = 10, 1
print(random.randint(low, high))
