# itertools.takewhile and dropwhile split a sequence at the first failing item.
import itertools

print(list(itertools.takewhile(lambda n: n < 30, itertools.count(1, 2.5))))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))

# The predicate is not checked again after the split.
print(list(itertools.dropwhile(lambda ch: ch == ' ', '   indented text  ')))

# Edge cases: empty input, always true, never true.
print(list(itertools.takewhile(bool, [])), list(itertools.dropwhile(bool, [])))
print(list(itertools.takewhile(lambda x: True, 'abc')))
print(list(itertools.takewhile(lambda x: False, 'abc')))
print(list(itertools.dropwhile(lambda x: True, 'abc')))
print(list(itertools.dropwhile(lambda x: False, 'abc')))

# takewhile consumes the first failing item: it is lost to the shared iterator.
it = iter([1, 2, 3, 10, 4, 5])
head = list(itertools.takewhile(lambda n: n < 5, it))
print('head', head, 'rest', list(it))

# Which items does the predicate see?
seen = []
def small(n):
    seen.append(n)
    return n < 3
print(list(itertools.dropwhile(small, [1, 2, 3, 1, 2])), seen)

# Taking lines up to a marker.
lines = ['a=1', 'b=2', '---', 'body', 'more']
print(list(itertools.takewhile(lambda s: s != '---', lines)))
print(list(itertools.dropwhile(lambda s: s != '---', lines))[1:])
