# This file does not compile: "=" where "==" was meant.
# 3.11 points at the function call and suggests the fix.
values = [1, 2, 3]
print('never printed')


def size(items):
    return len(items)


if len(values) = 3:
    print('three')
