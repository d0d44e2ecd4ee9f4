# any() and all() stop early; and/or short-circuit.

checked = []

def check(n):
    checked.append(n)
    return n > 3


print(any(check(n) for n in [1, 5, 2, 7]), checked)
checked.clear()
print(all(check(n) for n in [4, 5, 2, 7]), checked)
checked.clear()
print(any(map(check, [])), all(map(check, [])), checked)

# A list comprehension evaluates everything before any() sees it.
checked.clear()
print(any([check(n) for n in [1, 5, 2, 7]]), checked)

# and/or return operands and skip the right side when the left decides.
def noisy(label, value):
    print('  evaluating', label)
    return value

print(noisy('a', 0) and noisy('b', 1))
print(noisy('a', 1) and noisy('b', 2))
print(noisy('a', 1) or noisy('b', 2))
print(noisy('a', '') or noisy('b', 'fallback'))

# A common idiom: guard before indexing.
items = []
print(len(items) > 0 and items[0] > 10)
items = [20]
print(len(items) > 0 and items[0] > 10)
config = {}
print(config.get('name') or 'anonymous')
print(all(isinstance(x, int) for x in [1, 2, True]), any(x is None for x in [0, '', None]))
