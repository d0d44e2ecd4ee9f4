# send(), throw() and close() pass through a yield from to the inner generator.

def inner():
    print('  inner: start')
    total = 0
    while True:
        try:
            value = yield total
        except KeyError as e:
            print('  inner: handled KeyError', e)
            total = -1
            continue
        if value is None:
            break
        total += value
        print('  inner: total is now', total)
    print('  inner: returning', total)
    return total

def outer():
    print('  outer: delegating')
    result = yield from inner()
    print('  outer: inner returned', result)
    yield 'outer-done:%s' % result

g = outer()
print('next ->', next(g))
print('send 5 ->', g.send(5))
print('send 7 ->', g.send(7))
print('throw KeyError ->', g.throw(KeyError('k')))
print('send 3 ->', g.send(3))
print('send None ->', g.send(None))
print('next ->', next(g, 'exhausted'))

# An exception the inner generator does not handle comes out through outer.
g = outer()
next(g)
try:
    g.throw(ValueError('not handled'))
except ValueError as e:
    print('caught from outer:', e)

# close() closes the inner generator first.
def inner2():
    try:
        yield 1
        yield 2
    finally:
        print('  inner2: finally')

def outer2():
    try:
        yield from inner2()
    finally:
        print('  outer2: finally')

g = outer2()
print(next(g))
g.close()
print('closed')
