# TypeError messages for calls with the wrong arguments.

def f(a, b):
    return a + b

def g(a, b=2, *, c):
    return a + b + c

def h():
    return 'h'

class Foo:
    def bar(self, x):
        return x

def attempt(label, func):
    try:
        func()
    except TypeError as e:
        print('%-16s %s' % (label, e))

attempt('too many', lambda: f(1, 2, 3))
attempt('too few (1)', lambda: f(1))
attempt('too few (2)', lambda: f())
attempt('zero allowed', lambda: h(1))
attempt('zero allowed 2', lambda: h(1, 2))
attempt('unexpected kw', lambda: f(1, 2, z=3))
attempt('duplicate', lambda: f(1, a=2))
attempt('kw-only missing', lambda: g(1))
attempt('kw-only as pos', lambda: g(1, 2, 3))
attempt('method extra', lambda: Foo().bar(1, 2))
attempt('method missing', lambda: Foo().bar())
attempt('unbound method', lambda: Foo.bar(1))
attempt('lambda', lambda: (lambda x: x)())
attempt('builtin len', lambda: len())
attempt('builtin len 2', lambda: len([1], [2]))
five = 5
nothing = None
attempt('not callable', lambda: five())
attempt('None call', lambda: nothing())
attempt('init args', lambda: Foo(1))
attempt('int() kw', lambda: int('5', bas=10))
