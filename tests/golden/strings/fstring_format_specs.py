# f-strings with format specifications.

x = 3.14159265
n = 1234567
delta = 0.0123456
neg = -2.5

print(f'{x:.3f}|{x:.0f}|{x:8.2f}|{x:<8.2f}|{x:^8.2f}|{x:08.2f}')
print(f'{delta: .3}|{delta:.3}|{-delta: .3}|{delta:+.3}|{x: .3}')
print(f'{n:,}|{n:_}|{n:,.2f}|{n:>12,}|{n:e}|{n:.2e}|{n:g}')
print(f'{255:x}|{255:X}|{255:#x}|{255:o}|{255:#o}|{255:b}|{255:#b}|{5:08b}')
print(f'{42:d}|{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{42:+d}|{-42:+d}|{42: d}')
print(f'{0.25:%}|{0.25:.0%}|{1/3:.1%}|{2:.2%}')
print(f'{neg:.1f}|{neg:+.1f}|{neg:=+8.1f}|{neg:*^10.1f}|{abs(neg):.3g}')
print(f'{"text":>8}|{"text":<8}|{"text":^8}|{"text":-^9}|{"text":.2}|{"text":8.3}|')
print(f'{1e-7}|{1e-7:f}|{1e-7:g}|{1e16:g}|{1e16:.0f}|{123456789.0:g}|{0.0001:g}')
print(f'{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{1.005:.2f}|{-0.0:.1f}')
print(f'{float("inf"):.2f}|{float("-inf"):>6}|{float("nan"):f}')
print(f'{10**20:,}|{2**100:e}|{True:d}|{True}|{None}')

# Width and precision can come from variables.
width, prec = 10, 4
print(f'[{x:{width}.{prec}f}]', f'[{"pad":>{width}}]', f'[{n:{"," if width else ""}}]')

# Expressions, method calls and nested quotes.
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}; upper={items[0].upper()}; sum={1 + 2}')
print(f'{"nested {braces}"}', f'{{literal}}', f'{{{n}}}')
print(f'{x!r:>20}|{"q"!r}|{"q"!s}|{x=}|{n = :,}')
