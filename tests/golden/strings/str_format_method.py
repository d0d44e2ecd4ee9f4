# str.format(): positional, numbered and keyword fields, indexing and format specs.

print('{} + {} = {}'.format(1, 2, 3))
print('{0} {1} {0}'.format('ping', 'pong'))
print('{name} is {age}'.format(name='Mina', age=20))
print('{0[0]} {0[2]} {1[key]}'.format('abc', {'key': 'value'}))
print('{:>6}|{:<6}|{:^6}|{:*^7}'.format('r', 'l', 'c', 'x'))
print('{:.2f} {:,} {:08.3f} {:+d} {:x} {:b}'.format(2.71828, 10 ** 6, 3.14159, 5, 255, 5))
print('{0:.1f} {0:.3e} {0:g}'.format(1234.5678))
print('{!r} {!s} {!r:>8}'.format('q', 'q', 'q'))
print('{{}} {{{}}}'.format('x'))
print('{:{w}.{p}f}'.format(3.14159, w=9, p=2))

# A table with aligned columns.
rows = [('Thread-1', 3, 0.125), ('Thread-22', 14, 1.5), ('T3', 0, 12.0)]
print('{:<10}|{:>5}|{:>8}'.format('name', 'steps', 'seconds'))
print('-' * 25)
for row in rows:
    print('{:<10}|{:>5}|{:>8.3f}'.format(*row))

point = {'x': 1, 'y': -2}
print('({x}, {y})'.format(**point))
template = 'Hello, {}!'
print([template.format(n) for n in ['a', 'b']])
try:
    '{} {}'.format('only one')
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format(present=1)
except KeyError as e:
    print('KeyError:', e)
