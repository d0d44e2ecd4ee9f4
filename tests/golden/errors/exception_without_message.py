# The last line of a traceback for exceptions with zero, one or several arguments.

class Empty(Exception):
    pass


for exc in [Empty(), Empty('one'), Empty('a', 2), ValueError(''), KeyError('k'), KeyError()]:
    print(repr(exc), '->', repr(str(exc)))


def fail():
    raise Empty


fail()
