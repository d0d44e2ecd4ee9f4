# next() on an exhausted iterator, with nobody catching the StopIteration.
# Outside a generator StopIteration is an ordinary exception with an empty message.

def first_two(iterable):
    it = iter(iterable)
    return next(it), next(it)


print(first_two('ab'))
print(first_two([10, 20, 30]))
print(first_two('a'))
