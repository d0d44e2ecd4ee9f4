# print with sep, end and file=sys.stderr; stdout and stderr are separate streams.
import sys

print('to stdout')
print('to stderr', file=sys.stderr)
print('a', 'b', 'c', sep=', ', end='.\n')
print('warning:', 'disk', 'almost', 'full', sep=' ', file=sys.stderr)
print('no newline on stderr', end='', file=sys.stderr)
print(' - continued', file=sys.stderr)
for i in range(3):
    print(i, end=' ')
print()
print('x', 'y', sep='')
print('tab', 'separated', sep='\t')
print(file=sys.stderr)
print('done', 'with', 'stderr', sep='-', end='!\n', file=sys.stderr)
print('stdout', 'done', sep='...', end='')
print()
print('stdout:', sys.stdout is not sys.stderr)
