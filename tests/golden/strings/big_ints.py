# Arbitrary-precision integers and how they mix with floats.
import sys

print(10 ** 20, 2 ** 100, -(2 ** 100), 2 ** 64 - 1, 3 ** 50)
print(10 ** 20 + 1, 10 ** 20 * 10 ** 20, (2 ** 100) // 7, (2 ** 100) % 7, divmod(-(10 ** 20), 7))
print(2 ** 100 / 2 ** 99, 10 ** 20 / 3, 10 ** 30 / 10 ** 10, float(2 ** 100))
print(int(1e20), int(1.5e20), int(2.0 ** 80), 2 ** 80 == 2.0 ** 80, 10 ** 16 + 1 == 1e16 + 1)
print(len(str(2 ** 1000)), str(2 ** 200)[:10], sum(int(d) for d in str(2 ** 100)))
print(hex(2 ** 70), bin(2 ** 10), oct(8 ** 20), int('1' * 30), int('-' + '9' * 25))
print(f'{2 ** 70:,}', f'{10 ** 25:e}', f'{-(10 ** 21):_}', '%d' % (10 ** 22), '%x' % (2 ** 65))
print(abs(-(10 ** 30)), max(10 ** 20, 10 ** 20 + 1), pow(2, 100, 10 ** 9), round(123456789 ** 2, -10))

factorial = 1
for i in range(1, 31):
    factorial *= i
print('30! =', factorial)
print(len(str(factorial)), factorial % 10 ** 7, factorial == 265252859812191058636308480000000)

# Big shifts and bit operations.
print(1 << 100, (1 << 100) >> 98, (2 ** 100) & 0xFFFF, ~(2 ** 70), -(2 ** 70) >> 3)

# 3.11 limits int <-> str conversion to 4300 digits by default.
big = 10 ** 5000
print(len(str(10 ** 4299)), sys.get_int_max_str_digits())
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('7' * 4301)
except ValueError as e:
    print('ValueError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'))
