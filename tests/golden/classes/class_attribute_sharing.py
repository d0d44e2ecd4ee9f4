# Class attributes are shared by all instances; mutable ones are a classic pitfall.

class Buggy:
    items = []  # one list for every instance

    def add(self, x):
        self.items.append(x)


class Fixed:
    def __init__(self):
        self.items = []  # one list per instance

    def add(self, x):
        self.items.append(x)


b1, b2 = Buggy(), Buggy()
b1.add('from b1')
b2.add('from b2')
print(b1.items, b2.items, Buggy.items, b1.items is b2.items)

f1, f2 = Fixed(), Fixed()
f1.add('from f1')
f2.add('from f2')
print(f1.items, f2.items)


# Counting instances with a class attribute, and an immutable default shadowed per instance.
class Counter:
    created = 0
    step = 1

    def __init__(self):
        Counter.created += 1
        self.value = 0

    def tick(self):
        self.value += self.step
        return self.value


c1, c2, c3 = Counter(), Counter(), Counter()
c2.step = 10
print(c1.tick(), c1.tick(), c2.tick(), c2.tick(), c3.tick())
Counter.step = 100
print(c1.tick(), c2.tick(), c3.tick())
print(Counter.created, c3.created)

# Instance attribute lookup order: instance first, then class.
del c2.step  # removes the instance attribute; the class attribute shows through again
print(c2.tick(), c2.step)
print(getattr(c1, 'step'), getattr(c1, 'missing', 'default'))
setattr(c1, 'value', -5)
print(c1.tick())
