# This file does not compile: a parenthesis is never closed.
# The error points at the opening parenthesis, not at the end of the file.
print('never printed')


def add(a, b):
    return a + b


total = (1 + add(2, 3)
print(total)
values = [1, 2]
