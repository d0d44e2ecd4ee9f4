# This file does not compile: plain "invalid syntax" with the caret on the bad token.
# The valid lines before the error never run either: the whole file is compiled first.
print('never printed')


def double(x):
    return x * 2


x = 5
y = x +* 2
print(double(y))
