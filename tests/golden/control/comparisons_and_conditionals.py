# Chained comparisons, identity and membership, short-circuit and conditional expressions.

x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < x < 3)
print(1 == 1.0 == True, 'a' < 'b' < 'c', [1, 2] < [1, 3] < [2])

# The middle operand of a chain is evaluated only once.
def value(label, v):
    print('  eval', label)
    return v

print(value('a', 1) < value('b', 2) < value('c', 3))
print(value('a', 3) < value('b', 2) < value('c', 5))

# and / or return one of their operands, not necessarily a bool.
print(0 or 'default', 'given' or 'default', None and 'x', 5 and 7, [] or {} or 'last')
print(value('left', 0) and value('right', 1))
print(value('left', 'x') or value('right', 1))
print(not 0, not 'text', not not [])

# Membership and identity.
print(3 in [1, 2, 3], 'ell' in 'hello', 'z' not in 'hello', 2 in {1: 'a', 2: 'b'})
n = None
print(n is None, n is not None, [] == [], type(n) is type(None))

# Conditional expressions.
for age in [5, 15, 45]:
    kind = 'child' if age < 13 else 'teen' if age < 20 else 'adult'
    print(age, kind)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])

# Comparing different types.
print(1 < 2.5, 2 == 2.0, 'a' == 97, (1, 'a') < (1, 'b'))
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
print(max('apple', 'Banana'), min([3, 1.5, 2]), sorted([True, 0, -1, 0.5]))
