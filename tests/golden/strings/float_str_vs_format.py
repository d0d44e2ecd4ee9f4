# The same floats through every conversion: str, repr, %s, %r, %g, %f, %e, f-strings.

values = [0.1, 0.5, 1.0, 2.5, 1 / 3, 100.0, 1e16, 1.5e-7, 123456.789, -0.0, 2 ** 0.5, 1e22]

print('%-22s %-22s %-12s %-14s %-14s %s' % ('str', 'repr', '%g', '%.3f', '%e', 'f"{:.4}"'))
for v in values:
    print('%-22s %-22r %-12g %-14.3f %-14e %s' % (v, v, v, v, v, f'{v:.4}'))

print()
# Format spec with no type: like str() but honours width and precision.
for v in [3.0, 0.1 + 0.2, 1e16, 12.5]:
    print(f'[{v}] [{v:10}] [{v:<10}] [{v:.2}] [{v:.10}] [{v:g}] [{v:.1f}]')

# Ints through float formats and floats through int-like formats.
print(f'{7:.2f} {7:e} {7:g} {7:%} {1000000:g} {10000000:g}')
print(f'{7.0:.0f} {7.9:.0f} {-7.5:.0f} {0.5:.0f} {1.5:.0f}')
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5))

# g switches to exponent notation at precision digits.
for p in [1, 3, 6, 10]:
    print(p, f'{123456789.0:.{p}g}', f'{0.000123456:.{p}g}')

# Rounding in formatting uses the exact binary value.
print(f'{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f} {1.45:.1f} {1.55:.1f}')
print(str(1e16), str(1e15), str(12345678901234567.0), repr(0.1 * 3), str(-1e-5))
