# Integer arithmetic: floor division and modulo with negatives, divmod, pow, abs.

a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3))
print(7 / 7, 10 / 4, -7 / 2, 1 / 3, 2 / 3)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0, 10 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3), pow(5, -2))
print(pow(3, -1, 7), (3 * pow(3, -1, 7)) % 7)
print(abs(-7), abs(7), abs(-0), abs(-2.5))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
print(round(7), round(7.5), round(8.5), round(-7.5), round(1234, -2), round(1250, -2))
print(max(3, -4, 2), min(3, -4, 2), sum(range(101)), sum([1, 2, 3], 10))

# Augmented assignment.
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)

# Integers never overflow.
big = 2 ** 64
print(big, big * big, -big, big // 3, big % 1000)
print(int(True), True + True, True * 10, False - 1)
print(10 == 10.0, 7 // 2 == 3, type(7 // 2).__name__, type(7 / 7).__name__)
print(divmod(-7, 2), (-7) // 2 * 2 + (-7) % 2)
smallest = -(2 ** 63)
print(smallest % -1, smallest // -1, smallest * -1, -smallest, smallest - 1)
print(7 % -2, -7 % -2, 7 // -2, -7 // -2, 0 % -5, 0 // -5)
