# Ways to build bytes.
print(bytes(), bytes(3), bytes([72, 105]), bytes(range(65, 70)))
print(bytes(b'copy'), bytes(bytearray(b'from bytearray')))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'))
print(bytes(x * 2 for x in range(5)))
print(bytes((1, 2, 3)), bytes([True, False]))
print(bytes.fromhex('de ad be ef'), bytes.fromhex('00ff'), bytes.fromhex(''))
print(b'\xde\xad'.hex(), b'hello'.hex(), b''.hex())
print(b'\x01\x02\x03\x04\x05'.hex(':'), b'abcdef'.hex('-', 2), b'abcde'.hex(' ', -2))

tests = [
    lambda: bytes([256]),
    lambda: bytes([-1]),
    lambda: bytes(['a']),
    lambda: bytes('abc'),
    lambda: bytes(-1),
    lambda: bytes(3.5),
    lambda: bytes(None),
    lambda: bytes(5, 'utf-8'),
    lambda: bytes.fromhex('zz'),
    lambda: bytes.fromhex('abc'),
    lambda: bytes.fromhex('0 1'),
    lambda: bytes.fromhex(b'00'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

print(int(b'42') + 1, int(b'ff', 16), ord(b'A'))
