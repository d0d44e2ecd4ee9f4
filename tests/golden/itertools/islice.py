# itertools.islice: slicing for any iterator (no negative values allowed).
import itertools

letters = 'ABCDEFG'
print(list(itertools.islice(letters, 2)))
print(list(itertools.islice(letters, 2, 4)))
print(list(itertools.islice(letters, 2, None)))
print(list(itertools.islice(letters, 0, None, 2)))
print(list(itertools.islice(letters, 1, 6, 2)))
print(list(itertools.islice(letters, None)))
print(list(itertools.islice(letters, 10)), list(itertools.islice(letters, 5, 3)))
print(list(itertools.islice(letters, 0)), list(itertools.islice([], 3)))

# The usual way to take items from an endless iterator.
print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(), 10, 20, 3)))

# islice consumes from the shared iterator, so chunks come out in order.
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)), list(it))

def chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk

print(list(chunks('abcdefgh', 3)))
print(list(chunks([], 3)))

# Negative or non-integer arguments are errors.
for args in [(-1,), (0, -2), (0, 5, 0), (1.5,)]:
    try:
        itertools.islice(letters, *args)
    except ValueError as e:
        print(args, 'ValueError:', e)
