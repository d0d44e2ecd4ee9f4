# type(), isinstance(), None and the bool/int relationship.

values = [1, 2.0, 'three', [4], (5,), {6: 6}, {7}, None, True, range(3), print]
for v in values:
    print(repr(v).ljust(10), type(v).__name__)
print(type(1), type(2.0), type('s'), type(None), type(True), type(type))
print(type(1) is int, type(True) is int, isinstance(True, int), isinstance(1, bool))
print(isinstance(3, (str, int)), isinstance('x', (list, tuple)), isinstance(None, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, float))

# None is a singleton; functions without return give None.
def nothing():
    pass

result = nothing()
print(result, result is None, type(result).__name__, repr(None), str(None))
print(None == None, None == 0, None == False, [None].count(None))
x = None
print('x is None' if x is None else 'x is something')
print(bool(None), not None)

# The result of print() itself is None.
r = print('printing returns', end=': ')
print(r)

# Comparing types of related numbers.
print(1 == 1.0 == True, 0 == False == 0.0, type(1 + 1.0).__name__, type(True + 1).__name__)
print(int, float, str, bool, list, dict, object)
