# A class implementing __iter__ and __next__ behaves like any other iterator.

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


print(list(Countdown(5)))
for n in Countdown(3):
    print('tick', n)
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
print(sum(Countdown(100)))
print(max(Countdown(4)), sorted(Countdown(4)))


# An iterable (not an iterator): __iter__ returns a fresh iterator each time.
class Range2:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop

    def __iter__(self):
        return Range2Iterator(self.start, self.stop)


class Range2Iterator:
    def __init__(self, value, stop):
        self.value = value
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.value >= self.stop:
            raise StopIteration
        self.value += 1
        return self.value - 1


r = Range2(3, 7)
print(list(r), list(r))
print([(a, b) for a in Range2(0, 2) for b in Range2(0, 2)])
print(3 in Range2(0, 5), 9 in Range2(0, 5))
a, b, *rest = Range2(10, 15)
print(a, b, rest)
print(type(iter(r)).__name__, iter(c) is c)
