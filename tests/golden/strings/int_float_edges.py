# Edge cases of int and float operations that implementations often get wrong.
import math

print(7 // 2, -7 // 2, 7 // -2, 7.0 // 2, -7.0 // 2, 7 % 3, -7 % 3, 7 % -3, -7.0 % 3)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(7.25, 1), round(5, 2))
print(int(2.9), int(-2.9), math.floor(-2.9), math.ceil(-2.1), math.floor(2), type(math.ceil(2.1)).__name__)
print(abs(-0.0), -0.0 + 0.0, 0.0 * -1, math.sqrt(0.0), 1 / float('inf'), -1 / float('inf'))
print(float('inf') > 10 ** 308, float('-inf') < -10 ** 308, math.inf == float('inf'))
print(math.inf + 1, math.inf * -1, math.inf / math.inf, 0 * math.inf)
print(True + True, True * 3.5, 5 / True, 10 // 3.0, 2 ** -2, 0 ** 0, 0.0 ** 0)
print(1 == 1.0, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 10 == 0.1)
print(int('007'), int('-0'), float('-0'), float('+1.5'), float('.5'), float('5.'), float('1E2'))
print(bool(0.0), bool(-0.0), bool(float('nan')), bool(1e-300))
print(max(2, 2.0), min(2.0, 2), max(-0.0, 0.0), sorted([3, 1.5, 2, -0.5, True]))
print(9007199254740993, float(9007199254740993), int(float(9007199254740993)))
print(10 / 2, 10 // 2, 10 % 2.5, -10 % 3.5, divmod(-10, 3), divmod(-10.0, 3))

cases = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1.0 // 0.0', lambda: 1.0 // 0.0),
    ('1.0 % 0', lambda: 1.0 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('0 ** -1', lambda: 0 ** -1),
    ('2.0 ** 10000', lambda: 2.0 ** 10000),
]
for label, func in cases:
    try:
        print(label, '=', func())
    except (ZeroDivisionError, OverflowError) as e:
        print(label, '->', type(e).__name__ + ':', e)
