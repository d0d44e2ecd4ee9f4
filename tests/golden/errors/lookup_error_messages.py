# KeyError and IndexError messages, caught and printed.

def attempt(label, func):
    try:
        func()
    except LookupError as e:
        print('%-18s %s: %s | repr=%r' % (label, type(e).__name__, e, e))


prices = {'apple': 3}
items = [10, 20, 30]
attempt('dict missing str', lambda: prices['pear'])
attempt('dict missing int', lambda: {1: 'a'}[2])
attempt('dict missing tuple', lambda: {}[(1, 'x')])
attempt('dict missing None', lambda: {}[None])
attempt('dict pop', lambda: prices.pop('kiwi'))
attempt('dict popitem', lambda: {}.popitem())
attempt('list index', lambda: items[3])
attempt('list negative', lambda: items[-4])
attempt('list assign', lambda: items.__setitem__(5, 0))
attempt('list pop empty', lambda: [].pop())
attempt('list pop index', lambda: items.pop(7))
attempt('tuple index', lambda: (1, 2)[2])
attempt('str index', lambda: 'abc'[10])
attempt('range index', lambda: range(3)[3])
attempt('set remove', lambda: {1, 2}.remove(3))
attempt('empty str', lambda: ''[0])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
# A KeyError's str() is the repr of the key; other exceptions use str() of the message.
print(str(KeyError('k')), str(IndexError('k')), str(KeyError()), str(KeyError('a', 'b')))
