# itertools.groupby groups CONSECUTIVE items with the same key.
import itertools

for key, group in itertools.groupby('xxxyzzzzwwx'):
    print(repr(key), '->', list(group))

# Unsorted input gives the same key more than once.
print([(k, len(list(g))) for k, g in itertools.groupby('aabaac')])
print([k for k, g in itertools.groupby(sorted('aabaac'))])

# A key function.
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
by_len = sorted(words, key=len)
for length, group in itertools.groupby(by_len, len):
    print(length, list(group))

# Each group shares the underlying iterator: advancing groupby invalidates the last group.
pairs = list(itertools.groupby('xxyyy'))
print([(k, list(g)) for k, g in pairs])

# Empty input.
print(list(itertools.groupby([])))

# Run-length encoding and decoding.
def encode(text):
    return ''.join('%d%s' % (len(list(g)), ch) for ch, g in itertools.groupby(text))

def decode(pairs):
    return ''.join(ch * n for n, ch in pairs)

code = encode('WWWWBBBWWCD')
print(code)
print(decode([(4, 'W'), (3, 'B'), (2, 'W'), (1, 'C'), (1, 'D')]))

# Grouping records by a field.
records = [('mon', 3), ('mon', 5), ('tue', 1), ('wed', 2), ('wed', 2)]
for day, rows in itertools.groupby(records, key=lambda r: r[0]):
    print(day, sum(n for _, n in rows))
