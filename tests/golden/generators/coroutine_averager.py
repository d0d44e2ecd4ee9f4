# A running-average coroutine, primed automatically by a decorator.
from functools import wraps


def primed(func):
    @wraps(func)
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start


@primed
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


print(averager.__name__)
avg = averager()
for v in [10, 30, 5, 2.5, 100]:
    print('sent %-5s average %s' % (v, avg.send(v)))

try:
    avg.send(None)
except StopIteration as e:
    print('result:', e.value)

# Two independent averagers keep their own state.
a = averager()
b = averager()
print(a.send(1), b.send(100), a.send(2), b.send(200), a.send(6))
