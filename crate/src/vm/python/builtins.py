# Builtins of the Interleave VM that are written in Python (the rest are in builtins.rs).
# They run as ordinary frames, so the scheduler can switch threads inside them as CPython can
# inside its C builtins' callbacks. Frames of this file are hidden from tracebacks.

_missing = object()


def any(iterable, /):
    for x in iterable:
        if x:
            return True
    return False


def all(iterable, /):
    for x in iterable:
        if not x:
            return False
    return True


def sum(iterable, /, start=0):
    if isinstance(start, str):
        raise TypeError("sum() can't sum strings [use ''.join(seq) instead]")
    total = start
    for x in iterable:
        total = total + x
    return total


def sorted(iterable, /, *, key=None, reverse=False):
    items = list(iterable)
    __list_sort(items, key, reverse)
    return items


def __list_sort(items, key, reverse):
    if key is None:
        __sort_values(items, reverse)
        return None
    keys = [key(x) for x in items]
    order = __sort_indices(keys, reverse)
    copy = list(items)
    i = 0
    for j in order:
        items[i] = copy[j]
        i = i + 1
    return None


class enumerate:
    def __init__(self, iterable, start=0):
        self._it = iter(iterable)
        self._n = start

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self._it)
        n = self._n
        self._n = n + 1
        return (n, value)


class zip:
    def __init__(self, *iterables, strict=False):
        self._its = [iter(it) for it in iterables]
        self._strict = strict

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its:
            raise StopIteration
        values = []
        for it in self._its:
            values.append(next(it))
        return tuple(values)


class map:
    def __init__(self, function, iterable, *iterables):
        self._f = function
        self._its = [iter(iterable)] + [iter(it) for it in iterables]

    def __iter__(self):
        return self

    def __next__(self):
        if len(self._its) == 1:
            return self._f(next(self._its[0]))
        args = []
        for it in self._its:
            args.append(next(it))
        return self._f(*args)


class filter:
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if (x if self._f is None else self._f(x)):
                return x


class reversed:
    def __init__(self, seq):
        self._items = list(seq)
        self._i = len(self._items)

    def __iter__(self):
        return self

    def __next__(self):
        if self._i <= 0:
            raise StopIteration
        self._i = self._i - 1
        return self._items[self._i]


class __dict_view:
    def __init__(self, kind, items):
        self._kind = kind
        self._items = items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, x):
        return x in self._items

    def __repr__(self):
        return self._kind + "(" + repr(self._items) + ")"


def __getitem_iter(obj):
    i = 0
    while True:
        try:
            value = obj[i]
        except (IndexError, StopIteration):
            return
        yield value
        i = i + 1
