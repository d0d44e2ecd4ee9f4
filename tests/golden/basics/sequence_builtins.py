# len, sorted, reversed, sum, min, max, enumerate, zip, map, filter, any, all.

data = [5, 3, 8, 1, 9, 2]
print(len(data), sum(data), min(data), max(data))
print(sorted(data), sorted(data, reverse=True), data)
print(list(reversed(data)), list(reversed('abc')), list(reversed(range(4))))

words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=len), max(words))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max(1, 2, 3), min('hello'), max((1, 'b'), (1, 'a')))

for i, w in enumerate(words):
    print(i, w, end='  ')
print()
print(list(enumerate('abc', start=1)), list(enumerate([], 5)))

print(list(zip([1, 2, 3], 'abc')), list(zip('ab', range(10), [True, False])))
print(list(zip()), list(zip([1])), dict(zip('xyz', range(3))))

print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda n: n > 4, data)), list(filter(None, [0, 1, '', 'a'])))

print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), all(n > 0 for n in data))
print(sum([0.1] * 10), sum([[1], [2]], []), sum(range(1, 5), start=100))

# sorted is stable: equal keys keep their input order.
pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
