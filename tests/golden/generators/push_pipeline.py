# A push-style pipeline of coroutines: the producer sends each item down the chain.

def sink(name):
    received = []
    try:
        while True:
            item = yield
            received.append(item)
            print('  %s stored %r' % (name, item))
    finally:
        print('  %s closing with %d items: %s' % (name, len(received), received))

def keep_if(predicate, target):
    try:
        while True:
            item = yield
            if predicate(item):
                target.send(item)
    finally:
        target.close()

def transform(func, target):
    try:
        while True:
            target.send(func((yield)))
    finally:
        target.close()

def produce(items, target):
    for item in items:
        print('produce', item)
        target.send(item)
    target.close()

out = sink('evens')
next(out)
middle = keep_if(lambda n: n % 2 == 0, out)
next(middle)
front = transform(lambda n: n * 3, middle)
next(front)
produce([1, 2, 3, 4, 5], front)

# Broadcasting one item to several sinks.
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

a, b = sink('a'), sink('b')
next(a)
next(b)
fan = broadcast([a, b])
next(fan)
fan.send('x')
fan.send('y')
a.close()
b.close()
fan.close()
