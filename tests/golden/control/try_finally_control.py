# finally always runs: with return, break, continue and exceptions.

def override():
    try:
        return 'from try'
    finally:
        print('  finally runs before the return completes')

print(override())

def replaced():
    try:
        return 'from try'
    finally:
        return 'from finally'  # replaces the try block's return value

print(replaced())

def swallowed():
    try:
        raise ValueError('lost')
    finally:
        return 'a return in finally discards the exception'

print(swallowed())

for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)

# Nested try blocks: inner finally, then the outer handler.
try:
    try:
        raise KeyError('deep')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer except', e)
finally:
    print('outer finally')

# A value computed in try is visible after finally.
def compute():
    steps = []
    try:
        steps.append('try')
        value = 42
    finally:
        steps.append('finally')
    steps.append('after')
    return value, steps

print(compute())
