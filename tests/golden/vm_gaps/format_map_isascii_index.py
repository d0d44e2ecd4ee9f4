# str.format_map, str.isascii and operator.index.
import operator


class Defaulting(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
print('{a}-{b}'.format_map(Defaulting(a=1)))
print('{name:>8}|{n:04d}|{items[1]}'.format_map({'name': 'pad', 'n': 7, 'items': [10, 20]}))
try:
    '{x}'.format_map({})
except KeyError as e:
    print('KeyError:', e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError:', e)
try:
    'x'.format_map()
except TypeError as e:
    print('TypeError:', e)

print('abc'.isascii(), 'caf\u00e9'.isascii(), ''.isascii(), '~\x7f'.isascii())


class Seat:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(operator.index(5), operator.index(True), operator.index(Seat(3)))
row = ['a', 'b', 'c', 'd']
print(row[Seat(1)], row[Seat(-1)])
for bad in (2.5, '3', None):
    try:
        operator.index(bad)
    except TypeError as e:
        print('TypeError:', e)
