# itertools.pairwise: overlapping pairs of neighbours (new in 3.10).
import itertools

print(list(itertools.pairwise('ABCDE')))
print(list(itertools.pairwise([1, 2])))

# Fewer than two items: no pairs.
print(list(itertools.pairwise([1])))
print(list(itertools.pairwise([])))
print(list(itertools.pairwise('')))

# Differences between consecutive readings.
readings = [10, 13, 13, 9, 15, 21]
print([b - a for a, b in itertools.pairwise(readings)])
print(all(a <= b for a, b in itertools.pairwise([1, 2, 2, 5])))
print(all(a <= b for a, b in itertools.pairwise([1, 3, 2])))

# Lazy: works on a generator and an endless iterator.
squares = (n * n for n in range(1, 6))
print(list(itertools.pairwise(squares)))
pw = itertools.pairwise(itertools.count())
print(next(pw), next(pw), next(pw))

# Route legs from a list of stops.
stops = ['home', 'school', 'library', 'home']
for start, end in itertools.pairwise(stops):
    print(start, '->', end)
