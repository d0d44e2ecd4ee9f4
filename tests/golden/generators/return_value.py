# A generator's return value travels in StopIteration.value.

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff'

g = countdown(3)
while True:
    try:
        print('value', next(g))
    except StopIteration as stop:
        print('returned', repr(stop.value), 'args', stop.args)
        break

# A for loop swallows the return value.
for v in countdown(2):
    print('for saw', v)

# list() also ignores it.
print(list(countdown(4)))

# A bare return or falling off the end gives value None.
def bare():
    yield 'only'
    return

b = bare()
next(b)
try:
    next(b)
except StopIteration as stop:
    print('bare return value:', stop.value, stop.args)

# Returning a tuple or a list.
def stats(items):
    total = 0
    for x in items:
        total += x
        yield total
    return (len(items), total)

s = stats([4, 5, 6])
print(next(s), next(s), next(s))
try:
    next(s)
except StopIteration as stop:
    count, total = stop.value
    print('count', count, 'total', total, 'args', stop.args)

# A generator that returns before its first yield.
def empty_gen():
    return 99
    yield

try:
    next(empty_gen())
except StopIteration as stop:
    print('returned immediately:', stop.value)
