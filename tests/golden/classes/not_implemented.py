# Rich comparisons and binary operators whose dunders return NotImplemented: CPython tries the
# reflected method, then falls back to identity (== and !=) or raises TypeError.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


a, b = Money(5), Money(5)
print(a == b, a != b, a == 5, a != 5, 5 == a, a == "x")
print(a < Money(7), Money(9) > a, a > Money(1))
print(a + b, a + 3, sum([a, b, Money(1)]), 0 + a)
tries = [
    ("a + 'x'", lambda: a + 'x'),
    ("'x' + a", lambda: 'x' + a),
    ("a < 3", lambda: a < 3),
    ("3 > a", lambda: 3 > a),
    ("a <= b", lambda: a <= b),
    ("a * 2", lambda: a * 2),
    ("[a] < [3]", lambda: [a] < [3]),
]
for text, f in tries:
    try:
        print(text, '->', f())
    except TypeError as e:
        print(text, '-> TypeError:', e)
if a == 5:
    print("wrong: NotImplemented is not an answer")
else:
    print("a == 5 is False, as it should be")


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        print("  Vec.__add__")
        return Vec(*(x + y for x, y in zip(self.xs, other.xs)))

    def __repr__(self):
        return f"Vec{self.xs}"


v = Vec(1, 2)
v += Vec(10, 20)
print(v)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"

    def __eq__(self, other):
        print("  Base.__eq__")
        return NotImplemented


class Child(Base):
    def __radd__(self, other):
        return "Child.__radd__ (the subclass goes first)"

    def __eq__(self, other):
        print("  Child.__eq__")
        return NotImplemented


print(Base() + Child())
print(Base() + Base())
x, y = Base(), Child()
print(x == y)
print(x == x)


class Only:
    def __eq__(self, other):
        return NotImplemented


o = Only()
print(o == o, o != o, o == Only(), o != Only(), o in [Only()], o in [o])
print(sorted([Money(3), Money(1), Money(2)]), max([Money(3), Money(9)], key=lambda m: m.cents))
try:
    sorted([Money(1), 2])
except TypeError as e:
    print("TypeError:", e)
