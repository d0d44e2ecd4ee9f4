# itertools.accumulate: running totals, or running results of any two-argument function.
import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate(range(1, 11)))[-1])
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], min)))
print(list(itertools.accumulate([5, 3, 1], lambda a, b: a - b)))

# initial adds a starting value, so the output is one item longer.
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))

# Empty input: nothing, or just the initial value.
print(list(itertools.accumulate([])))
print(list(itertools.accumulate([], initial=0)))
print(list(itertools.accumulate([42])))

# Works with anything supporting +: strings, lists, floats.
print(list(itertools.accumulate('abcd')))
print(list(itertools.accumulate([[1], [2], [3]])))
print(list(itertools.accumulate([0.1, 0.2, 0.3])))

# A bank balance with deposits and withdrawals.
moves = [100, -30, -50, 200, -120]
for move, balance in zip(moves, itertools.accumulate(moves)):
    print('%+5d -> %4d' % (move, balance))

# Keyword form of func.
print(list(itertools.accumulate([2, 3, 4], func=pow)))
