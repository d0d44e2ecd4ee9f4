# Builtins that consume iter(callable, sentinel) while the callable runs Python code.
def make(items):
    data = list(items)
    def pop():
        return data.pop(0) if data else None
    return pop

print(sorted(iter(make([3, 1, 2, None]), None)))
print(sum(iter(make([1, 2, 3]), None)))
print(tuple(iter(make('abc'), None)))
print('-'.join(iter(make(['x', 'y']), None)))
print(max(iter(make([4, 9, 2]), None)), min(iter(make([4, 9, 2]), None)))
print(any(iter(make([0, 0, 5]), None)), all(iter(make([1, 0]), None)))
print(dict(zip('ab', iter(make([1, 2, 3]), None))))
print(list(enumerate(iter(make('pq'), None))))
print(set(iter(make([1, 1, 2]), None)))
print(list(map(str, iter(make([7, 8]), None))))
print([x * 2 for x in iter(make([1, 2]), None)])
print(list(zip(iter(make([1, 2]), None), iter(make([3, 4, 5]), None))))

class Source:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Source(), 4)))

def raises():
    raise ValueError('inside the callable')
try:
    list(iter(raises, 0))
except ValueError as e:
    print('caught', e)

def nested():
    return len(list(iter(make([1, 2]), None)))
print(list(iter(make([nested(), 5]), None)))
