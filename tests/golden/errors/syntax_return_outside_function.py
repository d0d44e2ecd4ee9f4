# This file does not compile: return is only allowed inside a function.
# The parser accepts it; the compiler rejects it, still before anything runs.
print('never printed')


def inside():
    return 'fine here'


for i in range(3):
    return i
