# Looking up a builtin method on a class gives the same object each time, as in CPython.
class C:
    pass


class D:
    def __init__(self):
        pass


class S(str):
    pass


print(object.__init__ is object.__init__, object.__init__ == object.__init__)
print(type(C()).__init__ is object.__init__, C.__init__ is object.__init__)
print(D.__init__ is object.__init__, D.__init__ is D.__init__)
print(object.__new__ is object.__new__, C.__new__ is object.__new__)
print(str.upper is str.upper, str.upper == str.upper, S.upper is str.upper)
print(list.append is list.append, dict.get is dict.get, list.__len__ is list.__len__)
print(id(str.lower) == id(str.lower), len({str.upper, str.upper, str.lower}))
methods = {list.append: "append", list.pop: "pop"}
print(methods[list.append], methods[list.pop])
x = "ab"
print(x.upper is x.upper, x.upper == x.upper, x.upper == "cd".upper)
print(dict.fromkeys is dict.fromkeys)
up = str.upper
print(up("abc"), str.upper("xyz"), up is str.upper)
try:
    up(1)
except TypeError as e:
    print(e)
seen = []
for i in range(3):
    seen.append(list.__len__)
print(seen[0] is seen[1] is seen[2], list.__len__([1, 2]))
