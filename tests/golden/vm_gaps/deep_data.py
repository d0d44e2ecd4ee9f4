# Deep data: freeing long chains, and recursive operations on deeply nested containers.


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next_node = next_node


head = None
for i in range(100000):
    head = Node(i, head)
print("chain built, head value", head.value)
head = None
print("chain freed")


def nest_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t


def nest_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l


t = nest_tuple(50000)
del t
d = {}
for i in range(50000):
    d = {"k": d}
del d
print("nested containers freed")


def check(name, f):
    try:
        r = f()
        print(name, "->", r)
    except RecursionError as e:
        print(name, "-> RecursionError:", e)


t, t2 = nest_tuple(50000), nest_tuple(50000)
l, l2 = nest_list(30000), nest_list(30000)
check("tuple ==", lambda: t == t2)
check("tuple !=", lambda: t != t2)
check("tuple <", lambda: t < t2)
check("tuple in list", lambda: t in [t2])
check("list ==", lambda: l == l2)
check("list <=", lambda: l <= l2)
check("list.index", lambda: [l].index(l2))
check("list.count", lambda: [l].count(l2))
check("repr(tuple)", lambda: len(repr(t)))
check("str(list)", lambda: len(str(l)))
check("f-string", lambda: len(f"{l}"))
check("str(exception)", lambda: len(str(ValueError(l))))
check("hash equal", lambda: hash(t) == hash(t2))
check("hash", lambda: hash(t))
check("frozenset", lambda: len(frozenset([t])))
check("set", lambda: len({t}))
check("same object ==", lambda: t == t)

check("repr 500 deep", lambda: len(repr(nest_list(500))))
check("repr 2000 deep", lambda: len(repr(nest_list(2000))))
check("== 500 deep", lambda: nest_tuple(500) == nest_tuple(500))
check("< 500 deep", lambda: nest_list(500) < nest_list(500))
