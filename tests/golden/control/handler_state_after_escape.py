# An exception that escapes an `except` block ends that block's handling: afterwards
# sys.exc_info() is empty again and a new exception has no stale __context__.
import sys

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer")
except KeyError as e:
    print("caught", repr(e), "with context", repr(e.__context__))
print("after both handlers:", sys.exc_info())

try:
    raise TypeError("fresh")
except TypeError as e:
    print("fresh context:", repr(e.__context__))


def escapes():
    try:
        raise ValueError("in function")
    except ValueError:
        return 1 / 0


try:
    escapes()
except ZeroDivisionError as e:
    print("caught", repr(e), "context", repr(e.__context__))
    print("handling now:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())

# A finally block inside an except block still sees the exception passing through it.
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        finally:
            print("in finally:", sys.exc_info()[0].__name__)
except KeyError:
    print("handled:", sys.exc_info()[0].__name__)
print("end:", sys.exc_info())
