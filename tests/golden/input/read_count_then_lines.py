# Read a count, then that many lines; input() strips the trailing newline.
n = int(input())
names = []
for i in range(n):
    name = input()
    names.append(name)
    print('%d: %r' % (i + 1, name))
print('read', len(names), 'names')
print('sorted:', sorted(names))
print('longest:', max(names, key=len))
rest = input()
print('line after the names:', repr(rest))
