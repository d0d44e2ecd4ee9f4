# Splitting, parsing and summing numbers found in text.

line = '3 14 15 92 65'
numbers = [int(tok) for tok in line.split()]
print(numbers, sum(numbers), max(numbers))

csv = 'name,score\nmina,88\njoon,92\nsora,75\n'
rows = [r.split(',') for r in csv.strip().split('\n')]
header, data = rows[0], rows[1:]
print(header, data)
scores = {name: int(score) for name, score in data}
print(scores, sum(scores.values()) / len(scores))
best = max(scores, key=scores.get)
print('best:', best, scores[best])

mixed = ['10', 'x', '3.5', '-4', '', '7']
total = 0
for item in mixed:
    if item.strip('-').isdigit():
        total += int(item)
    else:
        print('skipping', repr(item))
print('total', total)

pairs = 'a=1;b=22;c=333'
config = dict(p.split('=') for p in pairs.split(';'))
print(config, {k: int(v) for k, v in config.items()})
print(' '.join(str(n * n) for n in numbers), ','.join(map(str, range(5))))
