# sys.modules and sys.exc_info() / sys.exception().
import sys
import math

print(type(sys.modules).__name__)
print('sys' in sys.modules, 'math' in sys.modules, '__main__' in sys.modules)
print(sys.modules['math'] is math, sys.modules['sys'] is sys)
import collections
print(sys.modules['collections'] is collections)
print(sys.modules[__name__].__name__)
print('no_such_module_here' in sys.modules)

print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), t is ValueError)
    print(repr(sys.exception()), sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0], repr(sys.exc_info()[1]))
    print(sys.exc_info()[0])
print(sys.exc_info())


def helper():
    return sys.exc_info()[1]


try:
    1 / 0
except ZeroDivisionError:
    print(repr(helper()))
