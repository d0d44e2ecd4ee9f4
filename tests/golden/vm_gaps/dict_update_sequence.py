# dict(iterable) and dict.update(iterable): non-sequence elements vs wrong-length ones.
cases = [
    ("dict([1])", lambda: dict([1])),
    ("dict([(1, 2), 3])", lambda: dict([(1, 2), 3])),
    ("dict([(1,)])", lambda: dict([(1,)])),
    ("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)])),
    ("dict(['ab'])", lambda: dict(['ab'])),
    ("dict(['abc'])", lambda: dict(['abc'])),
    ("dict([None])", lambda: dict([None])),
    ("d.update([1])", lambda: {}.update([1])),
    ("d.update([(1,), 2])", lambda: {}.update([(1,)])),
    ("d.update([[1, 2, 3]])", lambda: {}.update([[1, 2, 3]])),
    ("dict(1)", lambda: dict(1)),
    ("d.update(1)", lambda: {}.update(1)),
    ("dict([[1, 2]], a=3)", lambda: dict([[1, 2]], a=3)),
    ("dict([{1, 2}])", lambda: len(dict([{1, 2}]))),
]
for text, f in cases:
    try:
        print(text, "->", repr(f()))
    except (TypeError, ValueError) as e:
        print(text, "->", type(e).__name__ + ":", e)


def gen():
    yield (1, 2)
    yield iter("ab")
    yield 7


d = {0: 0}
try:
    d.update(gen())
except TypeError as e:
    print("update(gen) -> TypeError:", e)
print(d)
print(dict(x for x in [(1, 2), "ab"]))
