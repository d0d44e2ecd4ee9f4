# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def __str__(self):
        return '(%s, %s)' % (self.x, self.y)


class Tag:
    # Only __repr__: str() falls back to it.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<Tag %s>' % self.name


class Plain:
    # Only __str__: repr() does not use it.
    def __str__(self):
        return 'plain as str'


p = Point(1, 2.5)
print(p)
print(str(p), repr(p))
print([p, Point(0, 'y')])
print((p,), {'key': p})
print(f'{p} {p!r} {p!s}')
print('%s and %r' % (p, p))
print('{} / {!r}'.format(p, p))

t = Tag('b')
print(t, str(t), [t])
print(f'{t}')

pl = Plain()
print(pl, str(pl), f'{pl}')
print(repr(pl).startswith('<__main__.Plain object at '))

# Builtin reprs for comparison.
print(repr('text'), str('text'), repr(1.5), repr(None), repr([1, 'a']))
print(str(Point('a', "b'c")), repr(Point('a', "b'c")))
