# functools (reduce, partial), operator (add, mul, itemgetter) and math.
import math
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 'initial'), reduce(operator.add, [[1], [2]], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)

base2 = partial(int, base=2)
print(base2('1010'), base2('111'))
power_of_two = partial(pow, 2)
print([power_of_two(n) for n in range(6)])
greet = partial('{} says {}'.format, 'Mina')
print(greet('hi'))

rows = [('kim', 30, 'seoul'), ('lee', 25, 'busan'), ('park', 35, 'incheon')]
print(sorted(rows, key=operator.itemgetter(1)))
print(list(map(operator.itemgetter(0), rows)), operator.itemgetter(0, 2)(rows[1]))
print(operator.add(2, 3), operator.mul('ab', 2), operator.add([1], [2]))

print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.pi, round(math.pi, 4), math.gcd(48, 36), math.gcd(0, 5), math.gcd(7, 13))
print(math.inf, -math.inf, math.inf > 10 ** 100, math.inf - math.inf, type(math.floor(2.5)).__name__)
print('%.10f' % math.pi, f'{math.pi:.2f}', math.sqrt(10 ** 20), math.floor(1e20))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
