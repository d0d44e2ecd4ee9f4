# This file does not compile: one line of the body is indented with a tab,
# the others with spaces, and the two cannot be compared unambiguously.
# TabError has no caret line. (Keep the tab on line 9 when editing.)
print('never printed')


def f(flag):
    if flag:
	return 1
    return 0


print(f(True))
