# __init_subclass__ runs when a subclass is created, with the class statement's keywords.
registry = []


class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls)
        print("registered", cls.__name__, cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    x = 1


print([c.__name__ for c in registry])
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print("Plugin has plugin_name:", hasattr(Plugin, "plugin_name"))


class Base:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("Base hook for", cls.__name__, sorted(kw.items()))


class Child(Base, a=1, b=2):
    def __init_subclass__(cls, **kw):
        print("Child hook for", cls.__name__)
        super().__init_subclass__(**kw)


class GrandChild(Child, c=3):
    pass


class Plain:
    pass


class SubPlain(Plain):
    pass


print(SubPlain.__mro__[1].__name__)
try:
    class Bad(Plain, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    count = 0

    def __init_subclass__(cls):
        Counted.count += 1


class C1(Counted):
    pass


class C2(Counted):
    pass


class C3(C1):
    pass


print(Counted.count)


class A:
    @classmethod
    def make(cls):
        return "A.make " + cls.__name__


class B(A):
    @classmethod
    def make(cls):
        return "B.make " + super().make()


print(B.make())
