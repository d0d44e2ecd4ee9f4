# This file does not compile: a line is indented for no reason.
# IndentationError: unexpected indent has no caret line.
print('never printed')
a = 1
    b = 2
print(a + b)


def unused():
    return None
