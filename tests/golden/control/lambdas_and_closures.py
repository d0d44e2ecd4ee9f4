# lambda expressions, late binding in closures, and default-argument capture.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')())
print(square.__name__)

# Sorting and selecting with key functions.
people = [('Kim', 31), ('Lee', 25), ('Park', 31), ('Choi', 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: p[1]))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 20, people)))

# Late binding: every lambda sees the final value of i.
late = [lambda: i for i in range(3)]
print([f() for f in late])

# A default argument captures the value at definition time.
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])

# Closures built by a factory function.
def multiplier(n):
    return lambda x: x * n

times = [multiplier(k) for k in range(1, 4)]
print([f(10) for f in times])

# Function composition.
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5), compose()(5))

# A conditional expression inside a lambda.
sign = lambda n: 'pos' if n > 0 else ('neg' if n < 0 else 'zero')
print([sign(n) for n in (-2, 0, 3)])
