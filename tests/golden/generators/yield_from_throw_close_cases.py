# throw() and close() on a generator suspended in `yield from`, in the less common cases.

def inner_returns_on_throw():
    try:
        yield 'a'
    except ValueError as e:
        print('  inner: got', repr(e))
        return 'from-throw'

def outer():
    result = yield from inner_returns_on_throw()
    print('  outer: yield from gave', result)
    yield 'after'

g = outer()
print(next(g))
print('throw ->', g.throw(ValueError('v')))
g.close()

# An iterator class without throw(): the exception is raised in the delegating frame.
class Plain:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n

def outer_plain():
    try:
        yield from Plain()
    except KeyError as e:
        print('  outer_plain: caught', repr(e))
        yield 'recovered'

g = outer_plain()
print(next(g), next(g))
print('throw ->', g.throw(KeyError('k')))
g.close()

# An iterator class with throw() and close().
class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 'item'
    def throw(self, exc):
        print('  WithThrow.throw got', repr(exc))
        raise StopIteration('done-by-throw')
    def close(self):
        print('  WithThrow.close called')

def outer_with():
    r = yield from WithThrow()
    print('  outer_with: result', r)
    yield 'end'

g = outer_with()
print(next(g))
print('throw ->', g.throw(IndexError('i')))
g.close()

g = outer_with()
print(next(g))
g.close()
print('closed with close()')

# An inner generator whose finally raises: that exception replaces GeneratorExit.
def bad_inner():
    try:
        yield 1
    finally:
        raise ValueError('from inner finally')

def outer_bad():
    try:
        yield from bad_inner()
    except ValueError as e:
        print('  outer_bad: caught', repr(e))
        raise

g = outer_bad()
next(g)
try:
    g.close()
except ValueError as e:
    print('close raised', repr(e))

# An inner generator that ignores GeneratorExit: RuntimeError reaches the outer one.
def stubborn():
    try:
        yield 'x'
    except GeneratorExit:
        print('  stubborn: ignoring GeneratorExit')
    yield 'y'

def outer_stubborn():
    try:
        yield from stubborn()
    except RuntimeError as e:
        print('  outer_stubborn: caught', e)
    yield 'outer continues'

g = outer_stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('close raised', e)
g.close()

# throw(GeneratorExit) closes the inner one and raises GeneratorExit in the outer one.
def inner3():
    try:
        yield 1
    finally:
        print('  inner3: finally')

def outer3():
    try:
        yield from inner3()
    except GeneratorExit:
        print('  outer3: GeneratorExit arrived')
        yield 'kept going'

g = outer3()
next(g)
print('throw GeneratorExit ->', g.throw(GeneratorExit))
g.close()
