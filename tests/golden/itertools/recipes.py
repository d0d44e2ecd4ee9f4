# Small building blocks made by combining itertools functions.
import itertools
import operator


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def nth(iterable, n, default=None):
    return next(itertools.islice(iterable, n, None), default)


def window(iterable, size):
    iters = itertools.tee(iterable, size)
    for skip, it in enumerate(iters):
        for _ in range(skip):
            next(it, None)
    return zip(*iters)


def unique_justseen(iterable):
    return map(next, map(operator.itemgetter(1), itertools.groupby(iterable)))


def roundrobin(*iterables):
    pending = [iter(it) for it in iterables]
    while pending:
        still = []
        for it in pending:
            try:
                yield next(it)
            except StopIteration:
                continue
            still.append(it)
        pending = still


def powerset(items):
    s = list(items)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))


print(take(3, itertools.count(7)))
print(nth('abcdef', 3), nth('abc', 10, 'none'))
print(list(window(range(6), 3)))
print(list(unique_justseen('AAAABBBCCDAABBB')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(take(5, itertools.accumulate(itertools.repeat(2), operator.mul)))
print(sum(itertools.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
