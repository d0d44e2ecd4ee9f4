# In 3.11 comprehensions and lambdas run in their own frames: <listcomp>, <lambda>.

def invert_all(values):
    return [1 / v for v in values]


def apply(func, values):
    return list(map(func, values))


print(invert_all([1, 2, 4]))
print(apply(lambda v: v * 2, [1, 2]))
print(apply(lambda v: invert_all([v, v - 1]), [3, 1]))
