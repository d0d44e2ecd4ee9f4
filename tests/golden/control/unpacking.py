# Tuple unpacking, starred targets and unpacking in calls and displays.

a, b = 1, 2
a, b = b, a
print(a, b)

x, y, z = 'xyz'
print(x, y, z)

first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)

*init, tail = 'abc'
print(init, tail)

head, *rest = [42]
print(head, rest)

(p, q), r = (1, 2), 3
print(p, q, r)

for index, (letter, number) in enumerate([('a', 1), ('b', 2)]):
    print(index, letter, number)

# Starred expressions in list, tuple, set and dict displays.
nums = [1, 2]
more = (3, 4)
print([*nums, *more, 5])
print((*nums, 0))
print(sorted({*nums, *more, 2}))
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'z': 0})

# Unpacking in calls.
def show(a, b, c, d=None):
    return (a, b, c, d)

print(show(*[1, 2], 3), show(*'ab', *'c'), show(1, **{'c': 3, 'b': 2}))
print(*range(5), sep=',')
print(*'hello')

# Unpacking dict items and nested structures in loops.
for key, value in {'one': 1, 'two': 2}.items():
    print(key, '=', value)
matrix = [[1, 2, 3], [4, 5, 6]]
for row_first, *row_rest in matrix:
    print(row_first, row_rest)
print(list(zip(*matrix)))

# Wrong counts raise ValueError.
for target_count, data in [(2, [1, 2, 3]), (3, [1, 2])]:
    try:
        if target_count == 2:
            m, n = data
        else:
            m, n, o = data
    except ValueError as e:
        print('ValueError:', e)
