# Dictionary methods; dicts keep insertion order.

stock = {'apple': 3, 'pear': 0}
stock['kiwi'] = 12
stock['apple'] += 2
print(stock, len(stock), 'pear' in stock, 'fig' in stock)
print(stock.get('apple'), stock.get('fig'), stock.get('fig', 'none'))
print(stock.setdefault('fig', 7), stock.setdefault('apple', 100), stock)
print(stock.pop('pear'), stock.pop('nothing', 'default'), stock)
print(stock.popitem(), stock)
stock.update({'apple': 1, 'lime': 4})
stock.update(grape=9)
print(stock)

print(stock.keys(), stock.values(), stock.items())
print(list(stock), list(stock.values()), list(stock.items())[0])
for name, count in stock.items():
    print('%-6s %2d' % (name, count))

# Overwriting a key keeps its original position; deleting and re-adding moves it.
d = {'a': 1, 'b': 2, 'c': 3}
d['a'] = 'changed'
print(d)
del d['a']
d['a'] = 'readded'
print(d)

print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict.fromkeys('abc', 0), dict())
print({1: 'int', 1.0: 'float same key', True: 'bool same key'})
print({(1, 2): 'tuple key', None: 'none key'})
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
merged = {'a': 1} | {'b': 2}
print(merged, sorted({'z': 1, 'm': 2, 'a': 3}))

copy = stock.copy()
stock.clear()
print(stock, copy)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    stock['missing']
except KeyError as e:
    print('KeyError:', e)
