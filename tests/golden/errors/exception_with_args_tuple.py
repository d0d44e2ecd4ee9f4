# An uncaught exception created with several arguments prints their tuple.

def check(value):
    if value < 0:
        raise ValueError('negative value', value, 'expected >= 0')
    return value


print(check(3))
print(check(-1))
