# obj.__dict__ and vars(obj) are the instance's own namespace, not a copy.
class Box:
    kind = 'box'

    def __init__(self, w, h):
        self.w = w
        self.h = h


b = Box(2, 3)
d = b.__dict__
print(d, vars(b) is d, b.__dict__ is d)
d['color'] = 'red'
print(b.color)
b.w = 20
print(d['w'], sorted(d))
del d['h']
print(hasattr(b, 'h'), len(d))
del b.color
print(d)
vars(b).update(x=1, y=2)
print(b.x, b.y, list(vars(b).items()))
print('kind' in vars(b), b.kind)
d.clear()
print(vars(b), hasattr(b, 'w'))
b.__dict__ = {'fresh': True}
print(b.fresh, vars(b))
try:
    b.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'Record({inner})'


r = Record(name='Ada', year=1843)
print(r, r.name)
r.year += 1
print(r)
copy = dict(vars(r))
copy['name'] = 'changed'
print(r.name, copy)
