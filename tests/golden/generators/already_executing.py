# A running generator cannot be resumed again from inside itself.
from inspect import getgeneratorstate


def selfish():
    print('  selfish: state is', getgeneratorstate(me))
    try:
        next(me)
    except ValueError as e:
        print('  selfish: ValueError:', e)
    yield 'after the failed re-entry'
    try:
        me.send(42)
    except ValueError as e:
        print('  selfish: send also fails:', e)
    yield 'end'


me = selfish()
print(next(me))
print(next(me))
print(getgeneratorstate(me))

# Two generators may drive each other as long as neither re-enters itself.
def ping():
    for i in range(3):
        yield 'ping %d' % i
        print('  ', next(pong))

def pong_gen():
    n = 0
    while True:
        n += 1
        yield 'pong %d' % n

pong = pong_gen()
for msg in ping():
    print(msg)

# Re-entry through a chain of two generators is caught as well.
def outer():
    yield next(inner)

def inner_gen():
    yield next(o)

o = outer()
inner = inner_gen()
try:
    next(o)
except ValueError as e:
    print('chain:', e)
print(getgeneratorstate(o), getgeneratorstate(inner))
