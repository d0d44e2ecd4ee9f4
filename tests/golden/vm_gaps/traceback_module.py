# __traceback__ on caught exceptions, and the traceback module's print_exc / format_exc.
import sys
import traceback


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    lines = []
    while tb is not None:
        lines.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(lines)
    print(sys.exc_info()[2] is not None)
    text = traceback.format_exc()
    print(text, end='')
    print('---')
    traceback.print_exc(file=sys.stdout)
    print('---')
    print(repr(traceback.format_exception_only(e)[-1]))

print(ValueError('never raised').__traceback__)


class Broken(Exception):
    pass


def chain():
    try:
        {}['key']
    except KeyError as e:
        raise Broken('wrapped') from e


try:
    chain()
except Broken as e:
    chunks = traceback.format_exception(e)
    print(len(chunks))
    print(''.join(chunks), end='')
    traceback.print_exception(e)
print(repr(traceback.format_exc()))
traceback.print_exc()
