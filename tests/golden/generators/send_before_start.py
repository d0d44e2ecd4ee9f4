# A generator must be started (advanced to its first yield) before it can
# receive a non-None value with send().

def receiver():
    print('  receiver: started')
    while True:
        item = yield
        print('  receiver: got', item)


r = receiver()
try:
    r.send(100)
except TypeError as e:
    print('TypeError:', e)

# The failed send did not start the generator: it still has not printed anything.
print('priming with send(None)')
print('first send returned', r.send(None))
print('send(1) returned', r.send(1))
print('send("two") returned', r.send('two'))

# next() is the same as send(None).
r2 = receiver()
print('priming with next()')
print('next returned', next(r2))
r2.send([3, 4])
r2.close()
try:
    r2.send(5)
except StopIteration:
    print('send after close -> StopIteration')

# A generator that finished also refuses a non-None send... with StopIteration.
def short():
    yield 1

s = short()
print(next(s))
try:
    s.send('x')
except StopIteration as e:
    print('finished generator: StopIteration', e.args)
