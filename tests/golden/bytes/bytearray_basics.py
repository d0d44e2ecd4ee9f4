# bytearray: a mutable sequence of bytes.
buf = bytearray()
print(buf, len(buf), type(buf).__name__)
buf.append(72)
buf.extend(b'ello')
buf.extend([33, 33])
print(buf, len(buf))
buf[0] = ord('J')
print(buf, buf[0], buf[-1], buf[1:3])
buf[1:3] = b'EE'
print(buf)
del buf[-1]
print(buf, buf.pop(), buf)
buf += b' world'
print(buf, buf.decode(), bytes(buf))
print(bytearray(3), bytearray(b'abc'), bytearray([1, 2, 3]), bytearray('hé', 'utf-8'))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b')
print(bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') * 2)
print(bytearray(b'  x  ').strip(), bytearray(b'a,b').split(b','), bytearray(b'abc').upper())
print(bytearray(b'abc').hex(), bytearray.fromhex('41 42'), list(bytearray(b'hi')))
print(repr(bytearray(b"it's")), bytearray(b'say "hi"'), bytearray(b'\x00\xff\n'))
print(isinstance(buf, bytearray), isinstance(buf, bytes), b'W' in buf, 111 in buf)

same = buf
buf += b'!'
print(same is buf, same)
copy = buf.copy()
copy.clear()
print(copy, buf.count(b'o'), buf.find(b'world'))
buf.insert(0, 62)
buf.remove(ord('!'))
buf.reverse()
print(buf)

for bad in [lambda: buf.append(300), lambda: buf.append('a'), lambda: buf.extend(5),
            lambda: buf.__setitem__(0, 256), lambda: buf[99], lambda: bytearray().pop(),
            lambda: bytearray('abc'), lambda: hash(bytearray(b'x')), lambda: {bytearray(b'x'): 1},
            lambda: buf.remove(0)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
