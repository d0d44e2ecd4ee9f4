# A coroutine-style generator exchanging values with its caller in both directions.
from inspect import getgeneratorstate


def adder(x):
    print('>> started with x =', x)
    y = yield x
    print('>> received y =', y)
    z = yield x + y
    print('>> received z =', z)
    yield x + y + z
    print('>> finishing')


co = adder(10)
print('state:', getgeneratorstate(co))
print('next ->', next(co))
print('state:', getgeneratorstate(co))
print('send(100) ->', co.send(100))
print('send(1000) ->', co.send(1000))
try:
    co.send(0)
except StopIteration:
    print('StopIteration after the last yield')
print('state:', getgeneratorstate(co))

# The value of a yield expression is None when the generator is resumed by next(),
# so here x + y fails inside the generator and the generator is closed.
co = adder(1)
print(next(co))
try:
    next(co)
except TypeError as e:
    print('TypeError:', e)
print('state after error:', getgeneratorstate(co))
print(next(co, 'no more values'))
