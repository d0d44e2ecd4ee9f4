# A generator must not yield after it receives GeneratorExit.

from inspect import getgeneratorstate

def stubborn():
    attempts = 0
    while True:
        try:
            yield 'working'
        except GeneratorExit:
            attempts += 1
            if attempts > 1:
                print('  stubborn: giving up')
                return
            print('  stubborn: ignoring GeneratorExit')

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
# The generator yielded again, so it is still suspended; a second close() works.
print(getgeneratorstate(g))
g.close()
print(getgeneratorstate(g))

# Returning a value instead of yielding is fine.
def polite():
    try:
        yield 'working'
    except GeneratorExit:
        print('  polite: cleaning up')
        return 'ignored value'

p = polite()
next(p)
print('close returned', p.close())

# Catching Exception does NOT catch GeneratorExit: it derives from BaseException.
def catch_all():
    try:
        yield 1
    except Exception:
        print('  never printed')
    finally:
        print('  catch_all: finally')

c = catch_all()
next(c)
c.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# Throwing GeneratorExit explicitly behaves like close(), but the exception comes back out.
c = catch_all()
next(c)
try:
    c.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit came back out of throw()')
