# A with statement that manages several context managers at once.

class Step:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        outcome = 'ok' if exc_type is None else exc_type.__name__
        print('exit', self.name, outcome)
        if self.fail_on_exit:
            raise RuntimeError('exit of %s failed' % self.name)
        return False


# Entered left to right, exited right to left.
with Step('a') as a, Step('b') as b, Step('c') as c:
    print('body sees', a, b, c)

# If the body raises, every manager still exits.
try:
    with Step('x'), Step('y'):
        print('body raising')
        raise KeyError('body')
except KeyError as e:
    print('caught', repr(e))

# If entering the second manager fails, only the first one exits.
class Broken:
    def __enter__(self):
        raise ValueError('cannot enter')

    def __exit__(self, *args):
        print('never called')

try:
    with Step('first'), Broken(), Step('never'):
        print('not reached')
except ValueError as e:
    print('caught', e)

# An exception raised by __exit__ replaces the body's exception.
try:
    with Step('outer'), Step('inner', fail_on_exit=True):
        raise IndexError('original')
except Exception as e:
    print('caught', repr(e), 'context:', repr(e.__context__))

# The same thing written with nested with statements.
with Step('n1'):
    with Step('n2'):
        print('nested body')
