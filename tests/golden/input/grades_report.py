# Read "name score" records until a blank line, then a command line.
records = []
while True:
    line = input()
    if line == '':
        break
    name, score = line.split()
    records.append((name, int(score)))

command = input().strip()
print('records:', len(records), 'command:', command)
if command == 'report':
    best = max(records, key=lambda r: r[1])
    worst = min(records, key=lambda r: r[1])
    average = sum(s for _, s in records) / len(records)
    for name, score in sorted(records, key=lambda r: (-r[1], r[0])):
        bar = '*' * (score // 10)
        print(f'{name:<6} {score:>3} {bar}')
    print(f'best={best[0]} worst={worst[0]} average={average:.2f}')
else:
    print('unknown command')
