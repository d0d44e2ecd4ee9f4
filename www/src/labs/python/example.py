from inspect import getgeneratorstate


def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i


def running_average():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


print(list(factorize(1214759)))

avg = running_average()
print(getgeneratorstate(avg))
next(avg)
for x in [10, 20, 60]:
    print(f"sent {x:>3}, average {avg.send(x):.2f}")
print(getgeneratorstate(avg))
