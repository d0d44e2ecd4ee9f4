# An uncaught AttributeError on an instance, with a 3.11 "Did you mean" hint.

class Foo:
    def __init__(self):
        self.value = 1
        self.values = [1, 2]

    def total(self):
        return sum(self.values)


foo = Foo()
print(foo.total())
try:
    foo.bar
except AttributeError as e:
    print('caught:', e)
print(foo.valeus)
