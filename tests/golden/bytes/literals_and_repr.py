# Bytes literals: prefixes, escapes, quotes, and how repr() shows them.
plain = b'hello'
print(plain, type(plain).__name__, len(plain))

# Escapes: \xNN, \n, \t, \\, quotes, octal.
print(b'\x00\x01\x7f\x80\xff')
print(b'tab\there\nnewline\rreturn')
print(b'back\\slash', b'\101\102\103', b'\0')
print(b'it\'s', b"say \"hi\"", b'both \' and "')

# Raw bytes keep backslashes; prefixes in any order and case.
print(rb'\d+\s*', br'\n', Rb'\x41', bR'x')

# Triple quotes and implicit concatenation of adjacent literals.
block = b"""line one
line two"""
print(block)
joined = (b'abc'
          b'def' B'ghi')
print(joined)

# repr() picks the quote like CPython and escapes non-printable bytes.
for b in [b'', b"'", b'"', b'\'"', bytes(range(28, 36)), bytes([127, 128, 200, 255])]:
    print(repr(b), str(b) == repr(b))

# Bytes are not str: str() of bytes is its repr.
print(str(b'abc'), f'{b"abc"}', f'{b"abc"!r}', '%r and %s' % (b'x', b'y'))
print('{} {!r}'.format(b'a', b'b'), format(b'z'))
print([b'a', b'b'], (b'c',), {b'k': b'v'})
