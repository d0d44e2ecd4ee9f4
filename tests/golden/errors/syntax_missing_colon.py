# This file does not compile: the if statement lacks its colon.
# Nothing runs, so nothing is printed on stdout; the caret sits just past "n > 0".
print('never printed')


def check(n):
    if n > 0
        return 'positive'
    return 'other'


print(check(1))
