# ValueError messages, caught and printed.
import math

def attempt(label, func):
    try:
        func()
    except ValueError as e:
        print('%-18s ValueError: %s' % (label, e))


def unpack(seq):
    a, b = seq
    return a, b


def raise_value_error():
    raise ValueError('temperature must be positive', -5)


attempt("int('x')", lambda: int('x'))
attempt("int('3.5')", lambda: int('3.5'))
attempt("int('')", lambda: int(''))
attempt("int('12', 2)", lambda: int('12', 2))
attempt("int('ff', 40)", lambda: int('ff', 40))
attempt("float('1,5')", lambda: float('1,5'))
attempt('unpack too many', lambda: unpack([1, 2, 3]))
attempt('unpack too few', lambda: unpack([1]))
attempt('list.index', lambda: [1, 2].index(5))
attempt('list.remove', lambda: [1, 2].remove(5))
attempt('str.index', lambda: 'abc'.index('z'))
attempt('tuple.index', lambda: (1,).index(2))
attempt('math.sqrt(-1)', lambda: math.sqrt(-1))
attempt('chr(-1)', lambda: chr(-1))
attempt('range step 0', lambda: range(0, 5, 0))
attempt('split empty sep', lambda: 'a b'.split(''))
attempt('max empty', lambda: max([]))
attempt('min empty', lambda: min(()))
attempt('dict from bad seq', lambda: dict(['ab', 'cde']))
attempt('custom', lambda: raise_value_error())

