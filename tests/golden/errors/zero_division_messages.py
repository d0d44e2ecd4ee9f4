# Every flavour of ZeroDivisionError message, caught and printed.

def show(label, func):
    try:
        result = func()
    except ZeroDivisionError as e:
        print('%-14s ZeroDivisionError: %s | args=%r' % (label, e, e.args))
    else:
        print('%-14s = %r' % (label, result))


show('7 / 0', lambda: 7 / 0)
show('7 // 0', lambda: 7 // 0)
show('7 % 0', lambda: 7 % 0)
show('divmod(7, 0)', lambda: divmod(7, 0))
show('7.0 / 0', lambda: 7.0 / 0)
show('7 / 0.0', lambda: 7 / 0.0)
show('7.0 // 0', lambda: 7.0 // 0)
show('7.0 % 0', lambda: 7.0 % 0)
show('divmod(7.0, 0)', lambda: divmod(7.0, 0))
show('0 ** -1', lambda: 0 ** -1)
show('0.0 ** -1', lambda: 0.0 ** -1)
show('pow(0, -2)', lambda: pow(0, -2))
show('7 / 1', lambda: 7 / 1)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ArithmeticError, Exception))
