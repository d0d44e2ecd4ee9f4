# Concatenation, repetition, comparison and hashing of bytes.
print(b'ab' + b'cd', b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1)
x = b'start'
x += b'-end'
print(x)

print(b'abc' == b'abc', b'abc' != b'abd', b'abc' == 'abc')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'' <= b'', b'Z' < b'a')
print(sorted([b'pear', b'apple', b'fig', b'Apple']))
print(max([b'a', b'c', b'b']))

# Equal bytes hash equal, so they work as dict keys and set members.
print(hash(b'abc') == hash(b'ab' + b'c'), hash(b'') == 0)
counts = {}
for word in b'to be or not to be'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print({b'a', b'b', b'a'} == {b'b', b'a'}, len({b'x', b'x', b'y'}))
print(isinstance(b'', bytes), isinstance('', bytes), isinstance(b'', str), type(b'') is bytes)

for bad in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'a' * 'x',
            lambda: b'a' < 'a', lambda: -b'a', lambda: b'a' + 1]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
