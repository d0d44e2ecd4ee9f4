# Cooperative multitasking on one thread: each task is a generator that yields
# to give the others a turn, and a tiny scheduler runs them round-robin.
from collections import deque


def task(name, steps):
    for i in range(1, steps + 1):
        print('%s step %d/%d' % (name, i, steps))
        yield
    return '%s finished after %d steps' % (name, steps)


def run(tasks):
    ready = deque(tasks)
    results = []
    turn = 0
    while ready:
        current = ready.popleft()
        turn += 1
        try:
            next(current)
        except StopIteration as done:
            results.append(done.value)
            print('  turn %d: %s' % (turn, done.value))
        else:
            ready.append(current)
    return results


results = run([task('A', 3), task('B', 1), task('C', 2)])
print(results)


# Tasks can also receive a value each time they are resumed.
def accumulator(name):
    total = 0
    while True:
        amount = yield total
        if amount is None:
            return name, total
        total += amount


accs = [accumulator('x'), accumulator('y')]
for acc in accs:
    next(acc)
for amount in [1, 2, 3, 4]:
    acc = accs[amount % 2]
    print('send', amount, '->', acc.send(amount))
for acc in accs:
    try:
        acc.send(None)
    except StopIteration as e:
        print('final', e.value)
