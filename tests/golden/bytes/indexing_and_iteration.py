# A bytes object is an immutable sequence of small ints (0..255).
data = b'Python'
print(data[0], data[-1], chr(data[0]))
print(data[1:4], data[::-1], data[::2], data[10:], data[:0])
print(list(data))
for byte in b'AZ':
    print(byte, hex(byte), bin(byte))
print([b for b in b'hello' if b > 104])
print(sum(b'\x01\x02\x03'), max(b'abc'), min(b'abc'), sorted(b'cab'))
print(tuple(b'hi'), set(b'aab') == {97, 98})
a, b, c = b'xyz'
print(a, b, c)
print(list(enumerate(b'ab')), list(zip(b'ab', b'cd')))
print(list(reversed(b'abc')))

# Membership: an int is one byte, bytes is a subsequence.
print(104 in b'hello', b'ell' in b'hello', b'' in b'hello', b'xyz' not in b'hello')

# Bytes cannot be changed in place.
try:
    data[0] = 80
except TypeError as e:
    print('TypeError:', e)
try:
    print(data[6])
except IndexError as e:
    print('IndexError:', e)
try:
    print('y' in data)
except TypeError as e:
    print('TypeError:', e)
try:
    print(300 in data)
except ValueError as e:
    print('ValueError:', e)
print(bool(b''), bool(b'\x00'), len(b'\x00\x00'))
