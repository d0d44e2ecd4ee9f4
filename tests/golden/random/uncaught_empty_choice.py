# Fails on purpose: choice() of an empty list, uncaught, shows CPython's library frame.
import random

random.seed(3)
print(random.choice(['only']))
names = []
print(random.choice(names))
