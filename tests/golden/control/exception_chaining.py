# __context__, __cause__ and __suppress_context__ when exceptions are raised during handling.

def implicit():
    try:
        {}['missing']
    except KeyError:
        raise ValueError('lookup failed')


def explicit():
    try:
        int('abc')
    except ValueError as e:
        raise RuntimeError('parse failed') from e


def suppressed():
    try:
        [].pop()
    except IndexError:
        raise TypeError('clean error') from None


for func in [implicit, explicit, suppressed]:
    try:
        func()
    except Exception as e:
        print(func.__name__, '->', repr(e))
        print('  cause:', repr(e.__cause__))
        print('  context:', repr(e.__context__))
        print('  suppress_context:', e.__suppress_context__)

# raise ... from can name any exception instance, even an unrelated one.
try:
    raise KeyError('outer') from OSError('disk')
except KeyError as e:
    print(repr(e), repr(e.__cause__), e.__context__)

# Re-raising with a bare raise keeps the same exception object.
def reraise():
    try:
        raise ArithmeticError('original')
    except ArithmeticError as e:
        e.args = ('changed',)
        raise

try:
    reraise()
except ArithmeticError as e:
    print('bare raise:', e, e.__context__)
