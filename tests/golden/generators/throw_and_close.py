# throw() raises an exception at the paused yield; close() raises GeneratorExit there.
from inspect import getgeneratorstate

def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print('  handled', repr(e))
            n += 100
        except GeneratorExit:
            print('  got GeneratorExit, cleaning up')
            raise
        finally:
            print('  finally for n =', n)
        n += 1

g = resilient()
print(next(g))
print(next(g))
print('throw ->', g.throw(ValueError('bad input')))
print(next(g))
print('close ->', g.close())
print(getgeneratorstate(g))
print('close again ->', g.close())

# An unhandled thrown exception propagates out and closes the generator.
g = resilient()
next(g)
try:
    g.throw(TypeError('wrong type'))
except TypeError as e:
    print('propagated:', e)
print(getgeneratorstate(g))

# Throwing into a generator that has not started raises at once, without running it.
def never():
    print('  this line never runs')
    yield 1

n = never()
try:
    n.throw(KeyError('early'))
except KeyError as e:
    print('early throw:', repr(e))
print(getgeneratorstate(n))

# Throwing into a closed generator just raises the exception.
try:
    g.throw(IndexError('late'))
except IndexError as e:
    print('late throw:', e)

# throw() with an exception class instead of an instance.
g = resilient()
next(g)
print('throw class ->', g.throw(ValueError))
g.close()
