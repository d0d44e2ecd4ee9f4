# `s += t` may grow a str in place, but no other reference ever sees it change.


def local_alias():
    s = "ab"
    s += "c"
    a = s
    s += "d"
    s = s + "e"
    print(a, s, a is s)


def in_containers():
    s = "x" * 3
    s += "y"
    items = [s]
    keys = {s: 1}
    s += "z"
    print(items, keys, s in keys, items[0] in keys)
    grown = {}
    k = "key"
    k += "1"
    grown[k] = "first"
    k += "2"
    grown[k] = "second"
    print(grown, grown.get("key1"), grown.get("key12"))


def in_closure():
    s = "c"

    def add(t):
        nonlocal s
        s += t
        return s

    first = add("1")
    second = add("2")
    snapshot = s
    add("3")
    print(first, second, snapshot, s)


total = "g"
saved = total
for n in range(3):
    total += str(n)
print(saved, total)

local_alias()
in_containers()
in_closure()

cells = ["a", "b"]
cells[0] += "!"
cells[-1] += "?"
table = {"k": "v"}
before = table["k"]
table["k"] += "w"
print(cells, table, before)

parts = ""
pieces = []
for word in ["one", "two", "three"]:
    parts += word
    pieces.append(parts)
    parts += ","
print(parts, pieces)

s = ""
for i in range(20000):
    s += "ab"
print(len(s), s[:6], s[-4:], s.count("ab"), s == "ab" * 20000)
t = s
s += "end"
print(len(t), len(s), t.endswith("ab"), s.endswith("end"))

# Adding an empty str gives the other operand itself.
same = t
same += ""
empty = ""
empty += t
print(same is t, empty is t, (t + "") is t, ("" + t) is t)
