# collections for the Interleave VM: deque, namedtuple, defaultdict, Counter and OrderedDict,
# written in Python. namedtuple classes subclass tuple (their values live in the builtin
# payload, set by __set_payload); the mappings wrap a dict.


class deque:
    # The items are self._items[self._head:]: popleft moves the head instead of shifting the
    # list, and appendleft fills slots kept free in front of it, so both ends are O(1)
    # (amortized), as in CPython. The free slots hold None and are dropped when they outnumber
    # the items.
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        for x in iterable:
            self.append(x)

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if not self._head:
            room = len(self._items) // 2 + 8
            self._items[:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        items = self._items
        if len(items) == self._head:
            raise IndexError("pop from an empty deque")
        x = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        head = self._head
        if head == len(items):
            raise IndexError("pop from an empty deque")
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head > 32 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return deque(self._items[self._head:], self._maxlen)

    def count(self, x):
        self._compact()
        return self._items.count(x)

    def index(self, x, *args):
        self._compact()
        for i, y in enumerate(self._items):
            if y == x and (not args or i >= args[0]) and (len(args) < 2 or i < args[1]):
                return i
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._compact()
        self._items.insert(i, x)

    def remove(self, x):
        self._compact()
        for i, y in enumerate(self._items):
            if y == x:
                del self._items[i]
                return None
        raise ValueError(repr(x) + " is not in deque")

    def reverse(self):
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):
        self._compact()
        k = len(self._items)
        if k:
            n = n % k
            if n:
                self._items[:] = self._items[k - n:] + self._items[:k - n]

    def _head_items(self, k):
        """The first k items, as a list (for the queue module's trace)."""
        return self._items[self._head:self._head + k]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        self._compact()
        return x in self._items

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '" + type(i).__name__ + "'")
        n = len(self._items) - self._head
        if i < 0:
            i = i + n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i + self._head

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]
        if len(self._items) == self._head:
            self.clear()

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items == other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        return deque(self._items[self._head:] + other._items[other._head:], self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        self._compact()
        if self._maxlen is None:
            return "deque(" + repr(self._items) + ")"
        return "deque(" + repr(self._items) + ", maxlen=" + repr(self._maxlen) + ")"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    nfields = len(fields)
    defs = () if defaults is None else tuple(defaults)
    if len(defs) > nfields:
        raise TypeError("Got more default values than field names")
    field_defaults = dict(zip(fields[nfields - len(defs):], defs))

    class _NamedTuple(tuple):
        __slots__ = ()

        def __init__(self, *args, **kwargs):
            if len(args) > nfields:
                raise TypeError(
                    typename + ".__new__() takes " + str(nfields + 1)
                    + " positional arguments but " + str(len(args) + 1) + " were given"
                )
            values = list(args)
            missing = []
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
            for name in kwargs:
                if name in fields:
                    raise TypeError(typename + ".__new__() got multiple values for argument '" + name + "'")
                raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + name + "'")
            if missing:
                if len(missing) == 1:
                    names = "'" + missing[0] + "'"
                else:
                    names = ", ".join("'" + m + "'" for m in missing[:-1]) + " and '" + missing[-1] + "'"
                s = "" if len(missing) == 1 else "s"
                raise TypeError(
                    typename + ".__new__() missing " + str(len(missing))
                    + " required positional argument" + s + ": " + names
                )
            __set_payload(self, tuple(values))

        def __repr__(self):
            parts = []
            for name, value in zip(fields, self):
                parts.append(name + "=" + repr(value))
            return typename + "(" + ", ".join(parts) + ")"

        def _asdict(self):
            return dict(zip(fields, self))

        def _replace(self, **kwargs):
            values = []
            for name, value in zip(fields, self):
                values.append(kwargs.pop(name, value))
            if kwargs:
                raise ValueError("Got unexpected field names: " + repr(list(kwargs)))
            return type(self)(*values)

        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)

        def __getnewargs__(self):
            return tuple(self)

    for index, name in enumerate(fields):
        setattr(_NamedTuple, name, property(lambda self, index=index: self[index]))
    _NamedTuple._fields = fields
    _NamedTuple._field_defaults = field_defaults
    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    _NamedTuple.__module__ = "__main__" if module is None else module
    return _NamedTuple


class _Mapping:
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got " + str(len(args)))
        if args:
            other = args[0]
            if hasattr(other, "keys"):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def popitem(self):
        return self._d.popitem()

    def clear(self):
        self._d.clear()


class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        _Mapping.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        return "defaultdict(" + repr(self.default_factory) + ", " + repr(self._d) + ")"


class OrderedDict(_Mapping):
    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = value
            for k, v in rest:
                self._d[k] = v

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        return (key, self._d.pop(key))

    def copy(self):
        return OrderedDict(self._d)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _Mapping.__eq__(self, other)

    def __reversed__(self):
        return reversed(list(self._d))

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._d.items())) + ")"


class Counter(_Mapping):
    def __init__(self, iterable=None, /, **kwargs):
        self._d = {}
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for k in iterable.keys():
                    self._d[k] = self._d.get(k, 0) + iterable[k]
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + 1
        for k in kwargs:
            self._d[k] = self._d.get(k, 0) + kwargs[k]

    def subtract(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                for k in iterable.keys():
                    self._d[k] = self._d.get(k, 0) - iterable[k]
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        for k in kwargs:
            self._d[k] = self._d.get(k, 0) - kwargs[k]

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        out = []
        for k, v in self._d.items():
            for _ in range(v):
                out.append(k)
        return iter(out)

    def total(self):
        return sum(self._d.values())

    def copy(self):
        return Counter(self)

    def __add__(self, other):
        result = Counter()
        for k, v in self._d.items():
            n = v + other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self._d and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        result = Counter()
        for k, v in self._d.items():
            n = v - other[k]
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self._d and v < 0:
                result[k] = 0 - v
        return result

    def __or__(self, other):
        result = Counter()
        for k, v in self._d.items():
            n = max(v, other[k])
            if n > 0:
                result[k] = n
        for k, v in other.items():
            if k not in self._d and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        result = Counter()
        for k, v in self._d.items():
            n = min(v, other[k])
            if n > 0:
                result[k] = n
        return result

    def __repr__(self):
        if not self._d:
            return "Counter()"
        parts = []
        for k, v in self.most_common():
            parts.append(repr(k) + ": " + repr(v))
        return "Counter({" + ", ".join(parts) + "})"
