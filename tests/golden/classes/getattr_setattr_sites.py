# getattr / setattr with a literal name, called again and again from one place: each call must
# still see properties, __setattr__ and __getattr__ hooks, __slots__, a class changed in between,
# and a program that rebinds getattr itself.


class Temperature:
    def __init__(self):
        self._celsius = 20

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        print("  setter gets", value)
        self._celsius = value


class Logged:
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "no " + name


class Plain:
    pass


temp, logged, plain = Temperature(), Logged(), Plain()
for round_ in range(2):
    print("round", round_)
    for obj in (temp, logged, plain):
        setattr(obj, "celsius", 30 + round_)
        print(" ", type(obj).__name__, getattr(obj, "celsius"), getattr(obj, "kelvin", "-"))


class Point:
    __slots__ = ("x",)


p = Point()
for name_ok in range(2):
    try:
        setattr(p, "y", 1)
    except AttributeError as e:
        print("slots:", e)

# A property added to the class later comes before the value already in the instance's dict.
for i in range(3):
    setattr(plain, "level", i)
    print("level", getattr(plain, "level"))
Plain.level = property(lambda self: "from the property")
print("level", getattr(plain, "level"))
Temperature.fixed = property(lambda self: 0)
try:
    setattr(temp, "fixed", 1)
except AttributeError as e:
    print("read-only:", type(e).__name__)


def getattr(obj, name, *default):
    return f"my getattr({type(obj).__name__}, {name!r})"


print(getattr(temp, "celsius"))
del getattr
print(getattr(temp, "__class__").__name__, getattr(7, "real"), getattr(temp, "celsius"))

# The same holds for plain attribute reads from one place in a loop.
other = Plain()
other.__dict__["shade"] = "own value"
for i in range(2):
    print(other.shade)
    if i == 0:
        Plain.shade = property(lambda self: "the property's value")
