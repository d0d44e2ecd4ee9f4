# max and min: arguments, key=, default=, errors, ties, user comparisons, generators, threads.
import threading


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("no args", lambda: max())
t("no args min", lambda: min())
t("not iterable", lambda: max(5))
t("none", lambda: min(None, default=1))
t("default many", lambda: max(1, 2, default=3))
t("default many min", lambda: min(1, 2, default=3))
t("default empty", lambda: max([], default=None))
t("default unused", lambda: min([4, 2], default=0))
t("only key", lambda: max(key=len))
t("bad keyword", lambda: max([1], foo=1))
t("key None", lambda: max([1, 3, 2], key=None))
t("empty", lambda: max([]))
t("empty min", lambda: min(()))
t("empty iter", lambda: max(iter([])))
t("empty key", lambda: max([], key=5))
t("str int", lambda: max([1, "a"]))
t("str int min", lambda: min([1, "a"]))
t("none int", lambda: max(1, None))
t("key not callable", lambda: max(1, 2, key=5))
t("key neg", lambda: max(1, 2, 3, key=lambda x: -x))
t("min key", lambda: min(["bb", "a", "ccc"], key=len))
t("lists", lambda: max([1, 2], [1, 3]))
t("str", lambda: (max("hello"), min("hello")))
t("dict", lambda: (max({3: 1, 5: 2}), min({3: "x", 1: "y"})))
t("set", lambda: (max({4, 9, 1}), min(frozenset([7, 2]))))
t("range", lambda: (max(range(10)), min(range(3, 9))))
t("generator", lambda: max(x * x for x in [2, -9, 4]))
t("gen key", lambda: min((x for x in "banana"), key=lambda c: -ord(c)))
t("ties max", lambda: max([1.0, 1, True]))
t("ties min", lambda: min([1, 1.0, True]))
t("ties key", lambda: max(["ab", "cd", "e"], key=len))
t("ties key min", lambda: min(["ab", "cd", "e", "f"], key=len))
t("nan first", lambda: max([float("nan"), 1, 2]))
t("nan last", lambda: max([1, 2, float("nan")]))
t("floats", lambda: (max(1, 2.5, -3), min(1, 2.5, -3)))
t("big", lambda: max(10**30, 10**29, -(10**40)))
t("tuples", lambda: min([(2, "b"), (1, "z"), (1, "a")]))


def bad_key(x):
    if x == 3:
        raise KeyError(x)
    return x


t("key raises", lambda: max([1, 2, 3, 4], key=bad_key))


class Gt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return "Gt(%r)" % self.v


class Lt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "Lt(%r)" % self.v


t("user gt", lambda: max([Gt(1), Gt(5), Gt(3), Gt(5)]))
t("user lt", lambda: min(Lt(4), Lt(2), Lt(2), Lt(9)))
t("user lt via max", lambda: max([Lt(1), Lt(2)]))
t("user gt via min", lambda: min([Gt(1), Gt(0)]))
t("user none", lambda: max([object(), object()]))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self

    def __bool__(self):
        print("  bool", self.v)
        return self.v > 1


t("rich result", lambda: max([Truthy(1), Truthy(2), Truthy(0)]).v)


class Raises:
    def __gt__(self, other):
        raise ValueError("no order")


t("cmp raises", lambda: max([Raises(), Raises()]))


def counted():
    for i in [3, 8, 1]:
        print("  yield", i)
        yield i


t("gen order", lambda: max(counted(), key=lambda x: (print("  key", x), x)[1]))

log = []
asked = threading.Event()
ready = threading.Event()


def blocking_key(x):
    log.append(("key", x))
    if x == 5:
        asked.set()
        ready.wait()
    return -x


def worker():
    asked.wait()
    log.append(("worker", "runs"))
    ready.set()


th = threading.Thread(target=worker)
th.start()
print("threaded", max([5, 1, 7], key=blocking_key))
th.join()
print(log)
print(max, min)
print(max.__name__, min.__name__)
print(min([3, 1, 2]), max(3, 1, 2))
max([1, 2, "x"])
