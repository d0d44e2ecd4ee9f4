# The notes' naive factorization generator on the notes' four numbers.
def factorize(number):
    for i in range(1, number + 1):
        if number % i == 0:
            yield i


numbers = [2139079, 1214759, 1516637, 1852285]
for number in numbers:
    print(number, list(factorize(number)))
