# Special methods for operators, len(), indexing, membership and truth.

class Vector:
    def __init__(self, *components):
        self.c = list(components)

    def __repr__(self):
        return 'Vector(%s)' % ', '.join(repr(x) for x in self.c)

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.c, other.c)])

    def __mul__(self, k):
        return Vector(*[a * k for a in self.c])

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __lt__(self, other):
        return sum(self.c) < sum(other.c)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __contains__(self, x):
        return x in self.c

    def __bool__(self):
        return any(self.c)

v = Vector(1, 2, 3)
w = Vector(10, 20, 30)
print(v + w, v * 3, w * 0.5)
print(v == Vector(1, 2, 3), v == w, v != w, v == 'abc')
print(v < w, w < v, sorted([w, v, Vector(0, 0, 1)]))
print(len(v), v[0], v[-1], v[1:], 2 in v, 5 in v)
print(bool(v), bool(Vector(0, 0)), 'empty' if not Vector() else 'full')
print(max([v, w, Vector(100)]))
print(list(v))  # iteration falls back to __getitem__

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self + other

    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)

print(Money(150) + Money(275), Money(5) + 10, 10 + Money(5))
print(sum([Money(99), Money(1), Money(1000)]))
