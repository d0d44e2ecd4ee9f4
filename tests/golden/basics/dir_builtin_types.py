# dir() of builtin values and types lists what CPython lists, and a subclass of a builtin adds
# its own names to the builtin's.
for value in ["abc", 5, 2.5, True, None, [1], (1,), {1: 2}, {1}, frozenset(), b"x", bytearray(), range(3)]:
    names = dir(value)
    print(type(value).__name__, len(names), names == sorted(names), "__iter__" in names,
          [n for n in names if not n.startswith("_")][:6])
print(dir(str) == dir(""), dir(int) == dir(7), dir(list) == dir([]))
print("upper" in dir(str), "append" in dir(list), "keys" in dir(dict))


class Stack(list):
    def peek(self):
        return self[-1]


s = Stack()
d = dir(s)
print("peek" in d, "append" in d, "__dict__" in d, "__module__" in d, d == sorted(d))
print([n for n in dir(Stack) if not n.startswith("_")])


class Plain:
    x = 1


print([n for n in dir(Plain()) if not n.startswith("__")], "__init__" in dir(Plain))


class Slotted:
    __slots__ = ('a', 'b')


class Loose(Slotted):
    pass


class OneSlot:
    __slots__ = 'only'


print([n for n in dir(Slotted()) if not n.startswith('__')], '__dict__' in dir(Slotted()))
print([n for n in dir(Loose()) if not n.startswith('__')], '__dict__' in dir(Loose()))
print([n for n in dir(OneSlot) if not n.startswith('__')])
