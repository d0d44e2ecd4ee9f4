# Infinite generators are fine as long as the consumer stops.

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    result = []
    for item in iterable:
        if len(result) == n:
            break
        result.append(item)
    return result


print(take(5, naturals()))
print(take(5, naturals(100)))
print(take(15, fibonacci()))

fib = fibonacci()
for _ in range(90):
    big = next(fib)
print('fib(90) =', big)

# zip stops at the shortest input, so it can pair with an infinite generator.
for index, word in zip(naturals(1), ['alpha', 'beta', 'gamma']):
    print(index, word)


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(take(12, primes()))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(6)])
