# An uncaught NameError: 3.11 suggests a similar existing name on stderr.

def count_items(items):
    counter = 0
    for _ in items:
        counter += 1
    return countr


print('counting')
print(count_items([1, 2, 3]))
