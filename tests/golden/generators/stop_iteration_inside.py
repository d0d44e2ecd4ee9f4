# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.

def leaky(items):
    it = iter(items)
    while True:
        value = next(it)  # raises StopIteration at the end
        yield value * 2


try:
    print(list(leaky([1, 2, 3])))
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__, e.__cause__.args)


def fixed(items):
    it = iter(items)
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value * 2


print(list(fixed([1, 2, 3])))


# Raising StopIteration explicitly is converted too, even with a value.
def explicit():
    yield 'a'
    raise StopIteration('stop here')


g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))

# Outside a generator, StopIteration is an ordinary exception.
def plain():
    raise StopIteration(5)

try:
    plain()
except StopIteration as e:
    print('plain function: StopIteration value', e.value)
