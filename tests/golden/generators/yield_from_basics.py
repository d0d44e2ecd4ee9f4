# yield from: delegating to another iterable, and receiving the sub-generator's return value.

def with_loops():
    for ch in 'hi':
        yield ch
    for n in range(10, 13):
        yield n


def with_yield_from():
    yield from 'hi'
    yield from range(10, 13)


print(list(with_loops()))
print(list(with_yield_from()))
g = with_yield_from()
print(next(g), next(g), next(g), next(g), next(g), next(g, 'end'))


def child(name, n):
    for i in range(n):
        yield '%s%d' % (name, i)
    return name.upper() * n


def parent():
    first = yield from child('a', 2)
    print('  parent got', repr(first))
    second = yield from child('b', 3)
    print('  parent got', repr(second))
    empty = yield from child('c', 0)
    print('  parent got', repr(empty))
    return [first, second, empty]


p = parent()
while True:
    try:
        print(next(p))
    except StopIteration as e:
        print('parent returned', e.value)
        break


# Flattening nested lists recursively.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]], 7])))
print(list(flatten([])))
