# yield from works with any iterable, but only generators understand send() and throw().

def delegate(iterable):
    result = yield from iterable
    print('  delegate: sub-iterator result', result)
    yield 'after'


g = delegate([1, 2])
print(next(g), g.send(None), next(g))

# Sending a non-None value to a list iterator fails: it has no send method.
g = delegate([1, 2, 3])
next(g)
try:
    g.send('hello')
except AttributeError as e:
    print('AttributeError:', e)

# Throwing while delegating to a plain iterator raises at the yield from in delegate.
def guarded(iterable):
    try:
        yield from iterable
    except ValueError as e:
        print('  guarded caught', repr(e))
        yield 'recovered'


g = guarded(iter('abc'))
print(next(g))
print(g.throw(ValueError('oops')))
print(next(g, 'done'))

# Nested delegation three levels deep, with a value returned at each level.
def level3():
    yield 'L3'
    return 3

def level2():
    got = yield from level3()
    yield 'L2 saw %d' % got
    return got * 10

def level1():
    got = yield from level2()
    yield 'L1 saw %d' % got

print(list(level1()))
print(list(delegate(range(3))))
print(list(delegate('')))
