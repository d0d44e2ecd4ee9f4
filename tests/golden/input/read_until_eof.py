# Read lines until input() raises EOFError at the end of stdin.
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print('EOF after', len(lines), 'lines')
        break
    lines.append(line)

for number, line in enumerate(lines, 1):
    print('%2d | %s' % (number, line))

words = [w for line in lines for w in line.split()]
print('words:', len(words))
counts = {}
for w in words:
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
for word, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(word.ljust(8), count)
