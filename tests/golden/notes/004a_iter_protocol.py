# What a for loop does with an iterable: iter() gives an iterator, next() walks it and
# StopIteration ends the loop.
# (The notes look for __iter__ in dir(t); 004b_dir_str prints that list.)
t = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
print(hasattr(t, '__iter__'), hasattr(t, '__next__'), hasattr(t, '__getitem__'))

w = iter(t)
print(hasattr(w, '__next__'), iter(w) is w)

letters = []
while True:
    try:
        letters.append(next(w))
    except StopIteration:
        break
print(''.join(letters))
print(next(w, 'exhausted'))

for value in [(1, 2), {'a': 1}, {3}, range(2)]:
    it = iter(value)
    print(type(value).__name__, list(it), list(it))

x, *rest = iter('xyz')
print(x, rest)
