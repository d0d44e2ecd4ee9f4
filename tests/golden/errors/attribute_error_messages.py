# AttributeError messages for instances, classes, modules and builtins.
import math


class Foo:
    kind = 'foo'


def attempt(label, func):
    try:
        func()
    except AttributeError as e:
        print('%-22s AttributeError: %s' % (label, e))


attempt('instance', lambda: Foo().bar)
attempt('class', lambda: Foo.bar)
attempt('module', lambda: math.tau2)
attempt('int', lambda: (5).append)
attempt('str', lambda: 'abc'.push)
attempt('list', lambda: [].add)
attempt('None', lambda: None.strip)
attempt('dict', lambda: {}.append)
attempt('tuple', lambda: (1,).sort)


def set_on_int():
    x = 5
    x.extra = 1

attempt('set attribute on int', set_on_int)


def del_missing():
    f = Foo()
    del f.nothing

attempt('del missing', del_missing)
print(getattr(Foo(), 'bar', 'default used'), hasattr(Foo, 'kind'), hasattr(Foo(), 'bar'))
