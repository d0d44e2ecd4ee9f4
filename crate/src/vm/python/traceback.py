# traceback for the Interleave VM, written in Python: printing and formatting exceptions the
# way the interpreter does (the text comes from the VM's own traceback printer).

import sys

_sentinel = object()


def _pick(exc, value):
    # format_exception(exc) and the older format_exception(etype, value, tb) both work.
    return exc if value is _sentinel else value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _pick(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return __format_exception_chunks(exc)


def format_exception_only(exc, /, value=_sentinel):
    exc = _pick(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return [__format_exception_chunks(exc)[-1]]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
