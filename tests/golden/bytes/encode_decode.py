# Text (str) and bytes: encode turns text into bytes, decode turns bytes back into text.
text = 'Grüße, 世界!'
data = text.encode()
print(data, len(text), len(data))
print(data.decode(), data.decode('utf-8') == text)
print('café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'))
print('plain'.encode('ascii'), b'plain'.decode('ascii'))
print('x'.encode('UTF-8'), 'x'.encode('utf8'), 'é'.encode(encoding='Latin1'))
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))

# Errors: strict (the default) raises; other handlers replace or skip.
bad = b'ok \xff\xfe end'
for handler in ['replace', 'ignore', 'backslashreplace']:
    print(handler, repr(bad.decode('utf-8', handler)), repr(bad.decode('ascii', errors=handler)))
print('naïve €'.encode('ascii', 'replace'), 'naïve €'.encode('ascii', 'ignore'))
print('naïve €'.encode('ascii', 'xmlcharrefreplace'), 'naïve €'.encode('latin-1', 'backslashreplace'))

cases = [
    lambda: b'\xff'.decode(),
    lambda: b'abc\x80'.decode('utf-8'),
    lambda: b'\xe2\x28\xa1'.decode(),
    lambda: b'\xf0\x9f\x98'.decode(),
    lambda: b'\xf0\x9f\x98\x41'.decode(),
    lambda: b'ab\xff'.decode('ascii'),
    lambda: 'héllo'.encode('ascii'),
    lambda: 'h€€llo'.encode('ascii'),
    lambda: 'price: €5'.encode('latin-1'),
    lambda: 'smile 😀'.encode('latin-1'),
    lambda: b'x'.decode('no-such-codec'),
    lambda: b'\xff'.decode('utf-8', 'no-such-handler'),
    lambda: 'x'.encode(5),
]
for c in cases:
    try:
        print(repr(c()))
    except UnicodeError as e:
        print(type(e).__name__ + ':', e)
        print('   ', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ':', e)

# A handler that is never needed is never looked up.
print(b'fine'.decode('utf-8', 'no-such-handler'))
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), ValueError))
