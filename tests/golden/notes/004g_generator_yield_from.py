# A generator walking two iterables in turn, and the same with yield from.
def generator1():
    for x in 'AB':
        yield x
    for y in range(1, 4):
        yield y


t1 = generator1()
print(next(t1))
print(next(t1))
print(next(t1))
print(next(t1))
print(next(t1))
try:
    print(next(t1))
except StopIteration:
    print('StopIteration')

t2 = generator1()
print(list(t2))


def generator2():
    yield from 'AB'
    yield from range(1, 4)


t3 = generator2()
print(next(t3))
print(next(t3))
print(next(t3))
print(next(t3))
print(next(t3))
try:
    next(t3)
except StopIteration:
    print('StopIteration')
print(list(generator2()) == list(generator1()))
