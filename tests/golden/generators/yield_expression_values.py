# yield is an expression: its value is whatever the caller sends (None for next()).

def echo():
    received = []
    while True:
        value = yield len(received)
        received.append(value)
        if value == 'stop':
            return received


e = echo()
print(next(e))
print(e.send('a'))
print(next(e))
print(e.send(3))
try:
    e.send('stop')
except StopIteration as s:
    print('received:', s.value)


# yield inside a larger expression needs parentheses.
def doubler():
    result = None
    while True:
        result = (yield result) * 2


d = doubler()
print(next(d))
print(d.send(5), d.send('ab'), d.send([1]))


# yield without a value produces None.
def blanks(n):
    for _ in range(n):
        yield

print(list(blanks(3)))


# yield as a function call argument.
def collector():
    items = []
    while len(items) < 3:
        items.append((yield len(items)))
    yield tuple(items)


c = collector()
print(next(c), c.send('x'), c.send('y'), c.send('z'))
