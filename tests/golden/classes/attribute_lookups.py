# Attribute loads and stores seen again after classes and instances change.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, y, x):
        self.y = y
        self.x = x


def getx(o):
    return o.x


def setx(o, v):
    o.x = v


ps = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
print([getx(p) for p in ps])
for p in ps:
    setx(p, getx(p) * 10)
print([(p.x, p.y) for p in ps])


class Loud(P):
    pass


lo = Loud(1, 2)
setx(lo, 3)
print(lo.x)


def setattr_hook(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)


Loud.__setattr__ = setattr_hook
setx(lo, 4)
print(getx(lo))
del Loud.__setattr__
setx(lo, 5)
print(getx(lo))


class R(P):
    @property
    def x(self):
        return "prop"


try:
    setx(R(1, 2), 9)
except AttributeError as e:
    print("AttributeError:", e)

p = P(1, 2)
setx(p, 3)
del p.x
try:
    getx(p)
except AttributeError as e:
    print("AttributeError:", e)
setx(p, 4)
print(getx(p), p.__dict__)
p.__dict__["x"] = 11
print(getx(p))
d = p.__dict__
setx(p, 12)
print(d["x"], getx(p))
P.x = "class x"
q = P.__new__(P)
print(getx(q))
q.y = 1
print(getx(q))
