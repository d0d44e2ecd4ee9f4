# Each call of a generator function makes a new generator with its own local state.

def counter(name, step):
    value = 0
    while True:
        value += step
        sent = yield '%s=%d' % (name, value)
        if sent is not None:
            print('  %s reset to %d' % (name, sent))
            value = sent


a = counter('a', 1)
b = counter('b', 10)
print(next(a), next(b), next(a), next(b), next(a))
print(a.send(100))
print(next(a), next(b))

# The same generator object can be shared by two loops: they take turns consuming it.
shared = iter(range(10))
firsts = []
seconds = []
for x in shared:
    firsts.append(x)
    seconds.append(next(shared, None))
print(firsts, seconds)

# zip(it, it) pairs up consecutive items of one iterator.
it = iter('abcdefg')
print(list(zip(it, it)))

# A generator function's arguments are evaluated at call time, but its body runs later.
def show(x):
    print('  body runs with', x)
    yield x

items = [1, 2]
gens = [show(len(items)) for _ in range(2)]
items.append(3)
print([next(g) for g in gens])
