# A failed assert without a message: the last traceback line is just "AssertionError".
# The caret line marks the asserted condition.

def is_sorted(items):
    return all(a <= b for a, b in zip(items, items[1:]))


items = [3, 1, 2]
print('checking order of', items, '->', is_sorted(items))
assert items == sorted(items)
print('never printed')
