# Positional, keyword, default, *args, **kwargs and keyword-only parameters.

def describe(name, greeting='Hello', punctuation='!'):
    return '%s, %s%s' % (greeting, name, punctuation)

print(describe('Ana'))
print(describe('Ana', 'Hi'))
print(describe('Ana', punctuation='?'))
print(describe(punctuation='.', name='Bo', greeting='Bye'))


def collect(first, *args, **kwargs):
    return 'first=%r args=%r kwargs=%r' % (first, args, kwargs)

print(collect(1))
print(collect(1, 2, 3))
print(collect(1, 2, x=3, y=4))
print(collect(*[9, 8, 7], **{'z': 0}))


def only_keywords(a, *, scale=1, offset=0):
    return a * scale + offset

print(only_keywords(5), only_keywords(5, scale=3), only_keywords(5, offset=1, scale=2))

# A mutable default is created once and shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

# Defaults are evaluated once, when the def runs.
base = 10
def show_base(b=base):
    return b
base = 20
print(show_base(), show_base(base))

# Forwarding arguments through a wrapper.
def wrapper(*args, **kwargs):
    print('  forwarding', args, kwargs)
    return describe(*args, **kwargs)

print(wrapper('Cy', greeting='Yo'))
print(sorted({'b': 2, 'a': 1}.items()), max(3, 9, 1), max([3, 9, 1], default=0), max([], default='none'))
