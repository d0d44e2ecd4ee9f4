# Equality of nested containers compares elements with ==, not identity.
print({'a': [1]} == {'a': [1]})
print({'a': [1]} != {'a': [1]})
print({'a': {'b': (1, [2])}} == {'a': {'b': (1, [2])}})
print({'a': [1]} == {'a': [2]})
print({'a': 1} == {'b': 1})
print([{'x': [1, 2]}] == [{'x': [1, 2]}])
print(({'k': 'v'},) == ({'k': 'v'},))
print({1: 1.0} == {1: 1})
print([[1, [2, [3]]]] == [[1, [2, [3]]]])
print({frozenset([1]): [1]} == {frozenset([1]): [1]})


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

    __hash__ = None


class Q:
    pass


print([P(1)] == [P(1)], [P(1)] == [P(2)])
print({'p': P(3)} == {'p': P(3)})
print((P(1), 2) == (P(1), 2))
print(P(1) in [P(0), P(1)])
print([P(5), P(1)].index(P(1)), [P(1), P(1)].count(P(1)))
q = Q()
print([q] == [q], [Q()] == [Q()])
n = float('nan')
print(n == n, [n] == [n], {'n': n} == {'n': n})
d = {'a': [1, 2]}
print(d == dict(a=[1, 2]), d == dict(d))
