# A three-stage generator pipeline: produce, transform, filter; consumed by sum().
def produce(n):
    for i in range(n):
        yield i


def square(values):
    for v in values:
        yield v * v


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


print(sum(evens(square(produce(300_000)))))
