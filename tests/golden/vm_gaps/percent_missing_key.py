# Fails on purpose: '%(key)s' % mapping raises the mapping's KeyError for a missing key.
from collections import namedtuple

try:
    '%(missing)s' % {}
except KeyError as e:
    print('caught', repr(e), e.args)
print('%(a)s and %(b)r' % {'a': 1, 'b': 'x'})


class Upper(dict):
    def __missing__(self, key):
        return key.upper()


print('%(quiet)s!' % Upper())


class Doubler:
    def __getitem__(self, key):
        return key * 2

    def __str__(self):
        return 'Doubler'


print('%(ab)s %%' % Doubler(), '%s' % Doubler())
Point = namedtuple('Point', 'x y')
print('%s-%s' % Point(1, 2))
try:
    '%(a)s %s' % {'a': 1}
except TypeError as e:
    print('TypeError:', e)
record = {'name': 'Ada'}
print('%(who)s left' % record)
