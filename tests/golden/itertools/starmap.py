# itertools.starmap calls a function with each tuple unpacked as arguments.
import itertools
import operator

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(map(pow, [2, 3, 10], [5, 2, 3])))
print(list(itertools.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
print(list(itertools.starmap(max, [(1, 9, 3), (7, 2), ('b', 'a')])))

# Any iterable of iterables works, and a function of no arguments too.
print(list(itertools.starmap(lambda a, b: a + b, ['ab', 'cd', [1, 2]])))
print(list(itertools.starmap(lambda: 'no args', [(), ()])))
print(list(itertools.starmap(operator.add, [])))

# Formatting rows of a table.
rows = [('apple', 3, 0.5), ('kiwi', 12, 0.25), ('melon', 1, 3.0)]
line = lambda name, qty, price: '%-6s %3d x %.2f = %6.2f' % (name, qty, price, qty * price)
for text in itertools.starmap(line, rows):
    print(text)

# Combined with enumerate and divmod.
print(list(itertools.starmap(divmod, [(17, 5), (-17, 5), (9, 3)])))
print(list(itertools.starmap('{}:{}'.format, enumerate('xyz', 1))))
