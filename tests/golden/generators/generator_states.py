# The four states reported by inspect.getgeneratorstate.
from inspect import getgeneratorstate


def worker(label):
    print('  inside:', label, getgeneratorstate(gen))
    received = yield 'first'
    print('  inside: received', received, getgeneratorstate(gen))
    yield 'second'
    print('  inside: about to finish')


gen = worker('A')
print(type(gen), type(gen).__name__, type(worker).__name__)
print('1.', getgeneratorstate(gen))
print('2. next ->', next(gen))
print('3.', getgeneratorstate(gen))
print('4. send ->', gen.send('hello'))
print('5.', getgeneratorstate(gen))
try:
    next(gen)
except StopIteration:
    print('6. StopIteration')
print('7.', getgeneratorstate(gen))

# close() on a created generator moves it straight to GEN_CLOSED.
gen = worker('B')
print('8.', getgeneratorstate(gen))
gen.close()
print('9.', getgeneratorstate(gen))

# close() on a suspended generator.
gen = worker('C')
next(gen)
print('10.', getgeneratorstate(gen))
gen.close()
print('11.', getgeneratorstate(gen))

# A generator that raised an exception is closed too.
def failing():
    yield 1
    raise ValueError('broken')

f = failing()
next(f)
try:
    next(f)
except ValueError as e:
    print('12. ValueError:', e)
print('13.', getgeneratorstate(f))
print('14.', next(f, 'nothing more'))
