"""os: the few process facts concurrency lessons ask for, simulated (a fixed pid, the virtual
machine's core count, random bytes from the run's seed, a fixed environment in `os.environ`)."""

from _os import getpid, getppid, cpu_count, urandom

name = 'posix'
sep = '/'
linesep = '\n'


# os.environ: the simulated process environment (HOME, LANG, LOGNAME, PATH, PWD, SHELL, USER,
# the same on every run), a mapping as CPython's `os._Environ`. Children started by subprocess
# without `env=` get it, changes included.

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _View:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(_View):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(_View):
    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item):
        key, value = item
        return key in self._mapping and self._mapping[key] == value


class ValuesView(_View):
    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        for key in self._mapping:
            if self._mapping[key] == value:
                return True
        return False


class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        _check_str(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _check_str(key)
        value = _check_str(value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield key

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(default)))
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self._data[key]
            return (key, value)
        raise KeyError

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new


def _createenviron():
    import _subprocess
    data = {}
    for key, value in _subprocess.environ():
        data[key] = value
    return _Environ(data)


environ = _createenviron()


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)

