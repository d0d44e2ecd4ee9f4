# printf-style formatting with the % operator.

name, count, price = 'widget', 7, 3.14159
print('%s costs %.2f' % (name, price))
print('%d %i %5d %-5d| %05d %+d' % (count, count, count, count, count, count))
print('%f %.1f %10.3f %-10.3f| %e %.2E %g %g' % (price, price, price, price, price, price, price, 1e-7))
print('%x %X %#x %o %#o' % (255, 255, 255, 8, 8))
print('%s %r %s %r' % ('text', 'text', 'café', 'café'))
print('%s and %s' % ([1, 2], (3,)), '%s' % ((1, 2),), '%s' % None)
print('100%% done' % (), '%c%c' % (72, 'i'), '%5s|%-5s|' % ('ab', 'cd'))
print('%(name)s has %(count)d' % {'name': name, 'count': count})
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, price))
print('%d' % 3.99, '%s' % 3.99, '%.0f' % 0.5, '%.0f' % 1.5, '%d' % True)
print('%.3s' % 'truncate', '%10.4f' % -2.5, '%+.1e' % 12345.678)
print('single value: %s' % 'no tuple needed', 'value: %s' % [1])

for fmt, args in [('%d', 'x'), ('%s %s', ('one',)), ('%s', (1, 2))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print('TypeError:', e)
