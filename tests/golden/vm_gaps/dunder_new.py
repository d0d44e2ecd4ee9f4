# __new__ for user classes: object.__new__(cls), singletons, and a __new__ returning something else.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        print('  __new__', cls.__name__, args, kwargs)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print('  __init__', value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, b.value)


class Tracked:
    count = 0

    def __new__(cls, name):
        inst = object.__new__(cls)
        cls.count += 1
        inst.serial = cls.count
        return inst

    def __init__(self, name):
        self.name = name


t1, t2 = Tracked('x'), Tracked('y')
print(t1.serial, t1.name, t2.serial, t2.name, Tracked.count)


class NotMine:
    def __new__(cls, n):
        return n * 10

    def __init__(self, n):
        print('never called')


v = NotMine(4)
print(v, type(v).__name__)


class Base:
    def __new__(cls, *args):
        print('  Base.__new__ for', cls.__name__)
        return super().__new__(cls)


class Child(Base):
    def __init__(self, x):
        self.x = x


c = Child(5)
print(type(c).__name__, c.x, isinstance(c, Base))


class Other:
    pass


class Redirect:
    def __new__(cls):
        return Other()

    def __init__(self):
        print('not called either')


print(type(Redirect()).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple))

try:
    object.__new__(Singleton, 1)
except TypeError as e:
    print('TypeError:', e)
o = object.__new__(Tracked)
print(type(o).__name__, hasattr(o, 'name'))
try:
    object.__new__(5)
except TypeError as e:
    print('TypeError:', e)
