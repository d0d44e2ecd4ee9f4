# bytes has most of str's methods, working on ASCII.
line = b'  GET /index.html HTTP/1.1\r\n'
print(line.strip(), line.lstrip(), line.rstrip(b'\r\n'))
method, path, version = line.split()
print(method, path, version)
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1))
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'x\ny\n'.splitlines(True))
print(b'-'.join([b'2024', b'01', b'31']), b''.join(b'ab' for _ in range(2)))
print(b'hello world'.replace(b'o', b'0'), b'aaa'.replace(b'a', b'b', 2), b'ab'.replace(b'', b'.'))
print(b'Hello'.upper(), b'Hello'.lower(), b'Hello'.swapcase())
print(b'hello wORLD 9x'.title(), b'hELLO'.capitalize(), b'ab'.center(5, b'*'), b'7'.zfill(3), b'-7'.zfill(4), b'x'.ljust(3, b'-'), b'x'.rjust(3))
print(b'12345'.isdigit(), b'12a'.isdigit(), b''.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum())
print(b' \t\n'.isspace(), b'ABC'.isupper(), b'abc1'.islower(), b'caf\xe9'.isascii())
data = b'banana'
print(data.find(b'an'), data.rfind(b'an'), data.find(b'x'), data.find(b'a', 2), data.find(110))
print(data.index(b'n'), data.rindex(b'n'), data.count(b'a'), data.count(b'an'), data.count(97))
print(data.startswith(b'ban'), data.endswith(b'na'), data.startswith((b'x', b'b')), data.endswith(b'an', 0, 5))
print(data.partition(b'n'), data.rpartition(b'n'), data.partition(b'x'))
print(bytes.hex(b'\x0f'), b'ab'.decode().upper().encode())

for bad in [lambda: data.index(b'z'), lambda: data.find('a'), lambda: data.startswith('b'),
            lambda: data.split('a'), lambda: b','.join([b'a', 'b']), lambda: b','.join([b'a', 2]),
            lambda: data.replace('a', 'b'), lambda: data.strip('a'), lambda: data.split(b'')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
