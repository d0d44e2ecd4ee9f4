# List methods and the ways lists are shared or copied.

items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 'start')
items.insert(100, 'end')
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.index(1), items.count(1), items.count(42))
items.sort()
print(items)
items.reverse()
print(items)
items.sort(key=lambda n: n % 3)
print(items)
items.sort(reverse=True)
print(items)
copy = items.copy()
items.clear()
print(items, copy)

# Aliasing versus copying.
a = [1, [2, 3]]
b = a
c = a[:]
b.append(4)
c[1].append('shared inner list')
print(a, b, c, a is b, a is c, a == b)

# Operators.
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3])
grid = [[0] * 2] * 2
grid[0][0] = 'X'
print(grid)
print(list('abc'), list(range(3)), list((1, 2)), list({'k': 'v'}), list())
print(len([]), [] == [], bool([]), [None] * 2)

nested = [[3, 'c'], [1, 'a'], [2, 'b']]
nested.sort()
print(nested, max(nested), [row[1] for row in nested])
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].index(3)
except ValueError as e:
    print('ValueError:', e)
