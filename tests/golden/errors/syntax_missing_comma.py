# This file does not compile: two items without a comma between them.
# Adjacent string literals are legal (they are concatenated), so the first
# line is fine; the error is reported on the tuple with two numbers.
names = ['ann' 'bob', 'cy']
print(names)


def origin():
    return (0, 0)


point = (1 2)
print(point)
