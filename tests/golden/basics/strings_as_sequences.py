# Strings are immutable sequences of characters.

s = 'interleave'
print(len(s), s[0], s[-1], s[2:5], s[::-1], 'leave' in s, 'x' not in s)
print(s + '!', s * 2, '-' * 20, 3 * 'ab', '' * 5 == '')
for i, ch in enumerate(s[:4]):
    print(i, ch)
print(sorted(s), ''.join(sorted(s)), list(reversed('abc')))
print(min(s), max(s), s.count('e'), s.index('l'), s.find('z'))
print('abc' < 'abd', 'Z' < 'a', 'apple' < 'apples', '10' < '9', 'a' == 'a')
print([ord(c) for c in 'AZaz09'], ''.join(chr(c) for c in range(97, 102)))
try:
    s[0] = 'I'
except TypeError as e:
    print('TypeError:', e)
t = 'I' + s[1:]
print(t, s)
print(str(12) + '3', int('12') + 3, '%s' % 12 + '3')
try:
    print('age: ' + 30)
except TypeError as e:
    print('TypeError:', e)
print('one\ttwo', len('a\tb'), len('\n'), 'line\\backslash', r'raw\n')
print('''triple
quoted''', """also "quoted" """)
print('implicit' ' ' 'concatenation')
print('한글'[0], len('한글 text'), '한글'.upper(), 'straße'.upper())
