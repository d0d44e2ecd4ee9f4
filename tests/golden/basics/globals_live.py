# globals(), a module's __dict__ and setattr on a module all change the module's own names; dir()
# with no argument lists the current scope.
import sys
m = sys.modules[__name__]
m.__dict__["z"] = 3
print(z)
setattr(m, "w", 4)
print(w, globals()["w"])
g = globals()
g["q"] = 5
print(q, "q" in dir())
def f():
    return q
print(f())
del g["q"]
try:
    f()
except NameError as e:
    print(e)
def h(a, b=2):
    c = 3
    return dir()
print(h(1))
print([n for n in dir() if not n.startswith("__")])
