# An uncaught KeyError: the caret line marks the subscript with ~ and ^.

def lookup(table, key):
    return table[key]


def price_of(item):
    prices = {'apple': 3, 'pear': 4}
    print('looking up', item)
    return lookup(prices, item)


print(price_of('apple'))
print(price_of('mango'))
