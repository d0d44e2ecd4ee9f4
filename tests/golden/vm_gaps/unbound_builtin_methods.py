# Unbound methods of builtin types check their first argument, as CPython's descriptors do.
calls = [
    ("str.upper(1)", lambda: str.upper(1)),
    ("str.upper(True)", lambda: str.upper(True)),
    ("str.upper()", lambda: str.upper()),
    ("str.join(1, [])", lambda: str.join(1, [])),
    ("str.format(1)", lambda: str.format(1)),
    ("list.append(1, 2)", lambda: list.append(1, 2)),
    ("list.append(None, 1)", lambda: list.append(None, 1)),
    ("list.append([], 1, 2)", lambda: list.append([], 1, 2)),
    ("list.append([])", lambda: list.append([])),
    ("list.append()", lambda: list.append()),
    ("dict.keys([])", lambda: dict.keys([])),
    ("set.add(1, 2)", lambda: set.add(1, 2)),
    ("set.union(frozenset())", lambda: set.union(frozenset())),
    ("frozenset.union(set())", lambda: frozenset.union(set())),
    ("tuple.count(1, 2)", lambda: tuple.count(1, 2)),
    ("int.bit_length('a')", lambda: int.bit_length('a')),
    ("int.bit_length(True)", lambda: int.bit_length(True)),
    ("bool.bit_length(5)", lambda: bool.bit_length(5)),
    ("float.is_integer(1)", lambda: float.is_integer(1)),
    ("bytes.hex('a')", lambda: bytes.hex('a')),
    ("bytearray.append(b'', 1)", lambda: bytearray.append(b'', 1)),
    ("dict.fromkeys([1])", lambda: dict.fromkeys([1])),
    ("object.__init__(1)", lambda: object.__init__(1)),
]
for text, f in calls:
    try:
        print(text, "->", repr(f()))
    except TypeError as e:
        print(text, "-> TypeError:", e)


class S(str):
    pass


class L(list):
    pass


print(str.upper(S("abc")))
x = L()
list.append(x, 3)
print(x, str.split("a b"), list.index([4, 5], 5), dict.get({1: 2}, 1))
