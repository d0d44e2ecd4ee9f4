# __slots__: instances get only the listed attributes and no __dict__; a subclass without
# __slots__ brings the __dict__ back; one that lists "__dict__" keeps it too.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print("has __dict__:", hasattr(p, "__dict__"))

empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print("AttributeError:", e)

del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print("set again:", p.x)


class Point3(Point):
    __slots__ = "z"


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(1, 2)
r.w = 5
print(r.w, "has __dict__:", hasattr(r, "__dict__"), "w" in r.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__["b"])
