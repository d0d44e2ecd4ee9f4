# This file does not compile: the body of the for loop is not indented.
print('never printed')


def show(items):
    print('items:')
    for item in items:
    print(item)


show([1, 2])
