# randrange() with integral floats still works in 3.11 but warns (DeprecationWarning);
# a non-integral float is a ValueError.
import random

random.seed(12)
print(random.randrange(10.0))
print(random.randrange(0, 20.0, 2))
try:
    random.randrange(2.5)
except ValueError as e:
    print('ValueError:', e)
print(random.randint(1, 3))
