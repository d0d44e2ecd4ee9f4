# Simple decorators, decorators with arguments, and functools.wraps.
from functools import wraps


def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + '!'
    return wrapper


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('  calling %s with %r %r' % (func.__name__, args, kwargs))
        result = func(*args, **kwargs)
        print('  %s returned %r' % (func.__name__, result))
        return result
    return wrapper


def repeat(times):
    def decorator(func):
        @wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@shout
def greet(name):
    return 'hello ' + name


@logged
def add(a, b=0):
    return a + b


@repeat(3)
def roll(face):
    return face


# Without wraps the wrapper's own name shows through.
print(greet('kim'), greet.__name__)
print(add(2, b=3), add.__name__)
print(roll('six'), roll.__name__)

# Decorating by hand is the same thing as the @ syntax.
def square(x):
    return x * x

square = logged(square)
print(square(9))
