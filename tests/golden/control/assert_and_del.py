# assert and del.

def checked_sqrt(x):
    assert x >= 0, 'x must be non-negative, got %r' % x
    return x ** 0.5

print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print('AssertionError:', e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print('bare assert: args =', e.args, 'repr =', repr(e))
assert True, 'never fails'

# del removes names, list items, slices, dict keys and attributes.
items = list(range(10))
del items[0]
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)

d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zzz']
except KeyError as e:
    print('KeyError:', e)

class Box:
    pass

box = Box()
box.content = 'gift'
print(hasattr(box, 'content'))
del box.content
print(hasattr(box, 'content'))

a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print('NameError:', e)
try:
    print(b)
except NameError as e:
    print('NameError:', e)
