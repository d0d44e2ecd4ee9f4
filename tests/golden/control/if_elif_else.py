# if / elif / else chains, nested conditions and truthiness of common values.

def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0:
        if n > 100:
            return 'big even'
        return 'even'
    else:
        return 'odd'


for n in [-5, 0, 4, 7, 250, 101]:
    print(n, classify(n))

# Truthiness: what counts as false.
for value in [0, 0.0, '', [], {}, (), None, False, 1, -1, ' ', [0], {0: 0}, 'False']:
    if value:
        print(repr(value), 'is truthy')
    else:
        print(repr(value), 'is falsy')

# Conditions with and / or / not.
def grade(score, bonus=False):
    if score >= 90 or (bonus and score >= 85):
        return 'A'
    if 70 <= score < 90 and not bonus:
        return 'B'
    if score >= 70:
        return 'B+'
    return 'C'

print([grade(s) for s in [95, 86, 75, 40]], [grade(s, True) for s in [95, 86, 75, 40]])

# A one-line if and the pass statement.
x = 3
if x > 2: print('one-line if')
if x > 5:
    pass
else:
    print('pass did nothing')
