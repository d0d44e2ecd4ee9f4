# itertools.cycle: repeat the items of an iterable forever.
import itertools

c = itertools.cycle('ABC')
print([next(c) for _ in range(8)])

c = itertools.cycle([1, 2])
print([next(c) for _ in range(5)])

# cycle keeps its own copy, so a one-shot generator can be cycled too.
def once():
    print('  once: producing')
    yield 'x'
    yield 'y'
    print('  once: exhausted')

c = itertools.cycle(once())
print([next(c) for _ in range(5)])

# Cycling an empty iterable stops immediately.
print(list(itertools.cycle([])))
print(next(itertools.cycle(''), 'empty'))

# Round-robin assignment of jobs to workers.
workers = itertools.cycle(['w1', 'w2', 'w3'])
for job in range(7):
    print('job', job, '->', next(workers))

# Alternating signs.
signs = itertools.cycle([1, -1])
print(sum(s * n for s, n in zip(signs, range(1, 11))))
