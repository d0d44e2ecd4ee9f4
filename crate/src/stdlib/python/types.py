"""types: names for the built-in types, SimpleNamespace and the coroutine() decorator.

The type objects are taken from real values, as CPython's types.py does. Interleave has no
frame, code, cell or mapping-proxy objects to name, so FrameType, CodeType, CellType and
MappingProxyType are missing.
"""


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
import sys as _sys
ModuleType = type(_sys)
del _sys
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _g, _c, _C


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            d = dict(mapping_or_iterable)
            for key in d:
                if not isinstance(key, str):
                    raise TypeError(
                        f"keywords must be strings, not '{type(key).__name__}'")
            for key, value in d.items():
                setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return "{}({})".format(
            "namespace" if type(self) is SimpleNamespace else type(self).__name__,
            ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            a, b = self.__dict__, other.__dict__
            if len(a) != len(b):
                return False
            for key, value in a.items():
                if key not in b or not (b[key] is value or b[key] == value):
                    return False
            return True
        return NotImplemented


class _GeneratorWrapper:
    """What coroutine() returns for a generator: awaitable and iterable, forwarding to it."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


def coroutine(func):
    """Make a generator function awaitable (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType:
            return coro
        if type(coro) is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


def resolve_bases(bases):
    return tuple(bases)
