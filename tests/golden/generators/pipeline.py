# A lazy generator pipeline: every stage pulls one item at a time from the previous one.

LOG = [
    'INFO start worker-1',
    'WARN slow disk 120',
    'INFO tick 1',
    '',
    'ERROR lost connection 3',
    'WARN slow disk 340',
    'INFO tick 2',
    'ERROR timeout 7',
]


def read_lines(lines):
    for number, line in enumerate(lines, start=1):
        print('  read line', number)
        yield line


def non_blank(lines):
    for line in lines:
        if line.strip():
            yield line


def parse(lines):
    for line in lines:
        level, rest = line.split(' ', 1)
        yield level, rest


def only(level, records):
    return (rest for lvl, rest in records if lvl == level)


pipe = only('WARN', parse(non_blank(read_lines(LOG))))
print('pipeline built, nothing read yet')
print('first warning:', next(pipe))
print('second warning:', next(pipe))
print('rest:', list(pipe))

# Counting per level with a dict (insertion order is kept).
counts = {}
for level, _ in parse(non_blank(LOG)):
    counts[level] = counts.get(level, 0) + 1
print(counts)

# A numeric pipeline built from generator expressions.
numbers = range(1, 21)
squares = (n * n for n in numbers)
odd = (s for s in squares if s % 2)
print(sum(odd))
print(max(len(line) for line in LOG), min(LOG, key=len) == '')
