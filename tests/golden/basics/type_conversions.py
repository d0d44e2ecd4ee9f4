# Converting between int, float, str, bool and containers.

print(int('42'), int('  -7 \n'), int('1_000'), int(3.99), int(-3.99), int(True))
print(int('ff', 16), int('0xff', 16), int('777', 8), int('101', 2), int('z', 36), int('0b11', 0))
print(float('3.5'), float('1e3'), float(' -0.25 '), float('inf'), float('-inf'), float(7))
print(float('nan'), float('NaN'), float('1_000.5'))
print(str(42), str(-0.5), str(True), str(None), str([1, 'a']), str(1e100))
print(bool(0), bool(1), bool(-1), bool(''), bool('0'), bool([]), bool(None), bool(0.0))
print(list('abc'), tuple([1, 2]), set([1, 1, 2]), dict([(1, 'one')]), list(range(3)))
print(chr(65), chr(97), chr(8364), ord('A'), ord('€'), ord('\n'))
print(hex(255), hex(-255), bin(10), bin(-10), oct(8), oct(-8), hex(0), bin(0))
print(int(hex(255), 16), int(bin(10), 2), int(oct(8), 8))
print(round(2.675, 2), round(3.14159, 3), round(-0.5), round(1.5), round(2.5), round(0.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(repr(str(3.0)), repr(int('0')), float(10 ** 20), int(1e20), int(float(2 ** 53 + 1)))
for text in ['12', '1.5', 'abc', '', '1e5']:
    try:
        print(repr(text), '->', int(text))
    except ValueError as e:
        print(repr(text), '-> ValueError:', e)
for text in ['1.5', 'abc', '']:
    try:
        print(repr(text), '->', float(text))
    except ValueError as e:
        print(repr(text), '-> ValueError:', e)
