# getstate/setstate round-trips, including gauss's cached value.
import random

random.seed(8)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])

# gauss keeps its second value in the state.
random.seed(8)
g1 = random.gauss()
s = random.getstate()
print(s[2] is not None)
g2 = random.gauss()
random.setstate(s)
print(random.gauss() == g2)

# A state moves between instances.
r = random.Random(1)
r.random()
other = random.Random(2)
other.setstate(r.getstate())
print([r.randint(1, 100) for _ in range(5)] == [other.randint(1, 100) for _ in range(5)])

# The words are CPython's.
random.seed(0)
words = random.getstate()[1]
print(words[:4], words[623], sum(words) % 1000003)

# A version 2 state (signed words) is accepted.
random.seed(3)
v3 = random.getstate()
v2 = (2, tuple(w - 2**32 if w >= 2**31 else w for w in v3[1][:-1]) + (v3[1][-1],), None)
expected = random.random()
random.setstate(v2)
print(random.random() == expected)

# getstate is a snapshot.
random.seed(4)
snap = random.getstate()
random.random()
print(snap == random.getstate(), snap[1][-1], random.getstate()[1][-1])
