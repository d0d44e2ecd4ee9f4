# range objects: repr, len, indexing, slicing, membership and negative steps.

r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], 5 in r, 10 in r)
print(range(2, 8), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 5)), list(range(5, 2)), list(range(0, -10, -3)))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], range(3, 30, 3).index(12))
print(range(10)[::2], range(10)[::-1], range(1, 10, 2)[1:3])
print(range(5) == range(0, 5), range(0) == range(2, 2), range(1, 4).count(2))
print(sum(range(1, 1001)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(1, 4))), list(enumerate(range(10, 13))))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
for i in range(3, -4, -3):
    print('i =', i)
