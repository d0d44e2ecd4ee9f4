# Instances with __call__ can be used like functions.

class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        return value * self.factor


triple = Multiplier(3)
print(triple(5), triple('ab'), triple([0]))
print('calls:', triple.calls)
print(list(map(triple, range(4))))
print(callable(triple), callable(Multiplier), callable(42), callable(len), callable(lambda: 0))


# A memoizing wrapper written as a class.
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


# Classes are callable too: calling one makes an instance.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name='world'):
        return '%s, %s!' % (self.greeting, name)


makers = [Greeter, Multiplier]
hello = makers[0]('Hello')
print(hello(), hello('Interleave'))
print(sorted([3, 1, 2], key=Multiplier(-1)), makers[1](2)(21))
