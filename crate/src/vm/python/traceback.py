# traceback for the Interleave VM, written in Python: printing and formatting exceptions the
# way the interpreter does (the text comes from the VM's own traceback printer).

import sys

_sentinel = object()


def _pick(exc, value):
    # format_exception(exc) and the older format_exception(etype, value, tb) both work.
    return exc if value is _sentinel else value


_HEADER = 'Traceback (most recent call last):\n'


def _is_separator(chunk):
    # The line between two exceptions of a chain (a cause, or a context).
    return chunk.startswith('\nThe above exception') or chunk.startswith('\nDuring handling')


def _by_exception(chunks):
    # The chunks in one list per exception of the chain, innermost cause first: its separator
    # (all but the first), the header, the frames, and the exception line that ends it.
    groups, current = [], []
    for chunk in chunks:
        current.append(chunk)
        if not (chunk == _HEADER or chunk.startswith('  ') or _is_separator(chunk)):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _trimmed(chunks, limit, chain):
    # What `limit` (frames per exception: the first ones, or with a negative limit the last
    # ones) and `chain=False` (only the exception itself) leave, as in CPython.
    if limit is None and chain:
        return chunks
    groups = _by_exception(chunks)
    if not chain:
        groups = [[c for c in groups[-1] if not _is_separator(c)]]
    if limit is None:
        return [c for group in groups for c in group]
    out = []
    for group in groups:
        frames = [i for i, c in enumerate(group) if c.startswith('  File ')]
        kept = set(frames[:limit] if limit >= 0 else frames[limit:])
        keep_repeat = False
        for i, chunk in enumerate(group):
            if chunk == _HEADER:
                if kept:
                    out.append(chunk)
            elif chunk.startswith('  File '):
                keep_repeat = i in kept
                if keep_repeat:
                    out.append(chunk)
            elif chunk.startswith('  '):
                # "[Previous line repeated N more times]" goes with the frame before it.
                if keep_repeat:
                    out.append(chunk)
            else:
                out.append(chunk)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _pick(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _trimmed(__format_exception_chunks(exc), limit, chain)


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


# CPython's traceback functions this module does not have: asking for one says so.
_NOT_SUPPORTED = frozenset({
    'extract_tb', 'extract_stack', 'format_tb', 'format_stack', 'print_tb', 'print_stack',
    'format_list', 'print_list', 'walk_tb', 'walk_stack', 'clear_frames', 'print_last',
    'StackSummary', 'FrameSummary', 'TracebackException',
})


def __getattr__(name):
    if name in _NOT_SUPPORTED:
        raise AttributeError(f"module 'traceback' has no attribute '{name}' "
                             f"(not supported by Interleave: traceback.{name})")
    raise AttributeError(f"module 'traceback' has no attribute '{name}'")
