# Bound method attributes and equality.
class A:
    def m(self):
        return 1

    class Inner:
        def deep(self):
            pass

    @classmethod
    def cm(cls):
        return cls


a = A()
b = A()
m = a.m
print(m.__name__, m.__qualname__, m.__self__ is a, m.__func__ is A.m)
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m == A.m)
print(A.Inner().deep.__qualname__)
print(A.cm.__self__ is A, A.cm.__name__, A.cm.__func__.__qualname__)
print(a.cm == A.cm)
print(m.__func__(a), m())
handlers = [a.m]
print(a.m in handlers, b.m in handlers)
handlers.remove(a.m)
print(handlers)


def deco(f):
    f.tag = 'tagged'
    return f


class B:
    @deco
    def g(self):
        pass


print(B().g.tag)
try:
    a.m.nothing
except AttributeError as e:
    print('AttributeError:', e)
