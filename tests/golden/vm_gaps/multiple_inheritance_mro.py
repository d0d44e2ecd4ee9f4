# Multiple inheritance: C3 MRO, cooperative super() through a diamond, impossible MROs.
class Base:
    def __init__(self, **kw):
        print('  Base.__init__', sorted(kw))
        self.log = ['Base']

    def hello(self):
        return 'Base'


class Left(Base):
    def __init__(self, left=None, **kw):
        print('  Left.__init__', left)
        super().__init__(**kw)
        self.log.append('Left')

    def hello(self):
        return 'Left>' + super().hello()


class Right(Base):
    def __init__(self, right=None, **kw):
        print('  Right.__init__', right)
        super().__init__(**kw)
        self.log.append('Right')

    def hello(self):
        return 'Right>' + super().hello()


class Bottom(Left, Right):
    def __init__(self, **kw):
        print('  Bottom.__init__')
        super().__init__(**kw)
        self.log.append('Bottom')

    def hello(self):
        return 'Bottom>' + super().hello()


print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
b = Bottom(left=1, right=2, extra=3)
print(b.log, b.hello())
print(isinstance(b, Right), issubclass(Bottom, Left), issubclass(Left, Right))
print([c.__name__ for c in Bottom.__bases__])


class Mixin:
    def describe(self):
        return f'{type(self).__name__} with {self.size()}'


class Sized:
    def size(self):
        return 3


class Thing(Mixin, Sized):
    pass


print(Thing().describe(), [c.__name__ for c in Thing.__mro__])


# The classic example from the C3 paper.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


print(''.join(c.__name__ for c in A.__mro__[:-1]))


class Listy(list, Mixin):
    def size(self):
        return len(self)


print(Listy([1, 2]).describe(), [c.__name__ for c in Listy.__mro__])

for make in ('order', 'cross', 'duplicate', 'layout'):
    try:
        if make == 'order':
            class Bad(Base, Left):
                pass
        elif make == 'cross':
            class P(Left, Right): pass
            class Q(Right, Left): pass
            class R(P, Q): pass
        elif make == 'duplicate':
            class Twice(Base, Base):
                pass
        else:
            class Both(list, dict):
                pass
    except TypeError as e:
        print('TypeError:', e)
