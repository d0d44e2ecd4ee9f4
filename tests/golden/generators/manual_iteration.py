# Driving an iterator by hand: iter(), next(), StopIteration and next(it, default).
letters = 'PYTHON'
# A string is iterable (it has __iter__) but is not itself an iterator (no __next__).
print(hasattr(letters, '__iter__'), hasattr(letters, '__next__'))
it = iter(letters)
print(hasattr(it, '__iter__'), hasattr(it, '__next__'))
print(type(iter([1, 2])).__name__, type(iter((1, 2))).__name__)

# A for loop is roughly this while/try pattern.
while True:
    try:
        ch = next(it)
    except StopIteration:
        print('exhausted')
        break
    print('got', ch, ord(ch))

# An exhausted iterator stays exhausted.
print(next(it, 'default-1'))
print(next(it, None))

# iter() of an iterator returns the same iterator.
nums = [10, 20, 30]
a = iter(nums)
b = iter(a)
print(a is b)
print(next(a), next(b), next(a))
print(next(b, 'done'))

# A list can be iterated many times; its iterator only once.
print(list(nums), list(nums))
once = iter(nums)
print(list(once), list(once))

# next() on an exhausted iterator raises StopIteration with no args.
try:
    next(once)
except StopIteration as e:
    print('StopIteration args:', e.args, 'value:', e.value)
