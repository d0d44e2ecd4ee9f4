# Container dunders reached through the builtin class: list.__len__(xs), dict.__contains__(d, k).
print(list.__len__([1,2]))
print(dict.__contains__({1:2}, 1))
print(str.__len__("abc"))
print(list.__getitem__([5,6], 1))
print(tuple.__len__((1,)))
print(set.__contains__({3}, 3))
d = {}
dict.__setitem__(d, "k", 1)
print(d)
try:
    list.__len__(1)
except TypeError as e:
    print(e)
try:
    dict.__contains__([], 1)
except TypeError as e:
    print(e)
print(hasattr(list, "__len__"), hasattr(int, "__len__"))
