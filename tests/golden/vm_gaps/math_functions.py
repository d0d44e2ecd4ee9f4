# math: trigonometry, logarithms, predicates, hypot, angle conversion.
import math

for x in [0, 0.5, 1, -1, 2.5, math.pi, math.pi / 2, 1e-10, 100]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [-1, -0.5, 0, 0.25, 1]:
    print(x, math.asin(x), math.acos(x))
for y, x in [(1, 1), (-1, -1), (0, -1), (0, 0), (1, 0), (-0.0, -1), (3, 4)]:
    print(y, x, math.atan2(y, x))
for x in [1, 2, 8, 10, 1000, 0.1, 1e100, 2 ** 70, 3]:
    print(x, math.log2(x), math.log10(x))
for x in [1.0, float('inf'), float('-inf'), float('nan'), 0, -3, 10 ** 20]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-7))
print(math.hypot(1, 2, 2), math.hypot(float('inf'), float('nan')), math.hypot(0, 0))
for x in [0, 1, math.pi, 180, -90, 0.5, 360]:
    print(x, math.degrees(x), math.radians(x))
print(math.sin(float('nan')), math.atan(float('inf')), math.atan2(float('inf'), 1))

for f, arg in [(math.sin, float('inf')), (math.cos, float('-inf')), (math.tan, float('inf')),
               (math.asin, 1.5), (math.acos, -2), (math.log2, 0), (math.log10, -1),
               (math.log2, -0.5)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
try:
    math.sin(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sin("x")
except TypeError as e:
    print("TypeError:", e)
try:
    math.atan2(1)
except TypeError as e:
    print("TypeError:", e)
