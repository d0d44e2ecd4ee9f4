# The notes' tour of itertools: count, takewhile, filterfalse, accumulate, chain, product
# and groupby.
import itertools

gen1 = itertools.count(1, 2.5)
print(next(gen1))
print(next(gen1))
print(next(gen1))
print(next(gen1))

# Stop at a condition.
gen2 = itertools.takewhile(lambda n: n < 1000, itertools.count(1, 2.5))
values = list(gen2)
print(len(values), values[:4], values[-3:])

# filterfalse keeps the items for which the test is false.
gen3 = itertools.filterfalse(lambda n: n < 3, [1, 2, 3, 4, 5])
for v in gen3:
    print(v)

# Running totals.
gen4 = itertools.accumulate([x for x in range(1, 101)])
totals = list(gen4)
print(totals[:10], totals[-1])

# Chaining.
gen5 = itertools.chain('ABCDE', range(1, 11, 2))
print(list(gen5))

gen6 = itertools.chain(enumerate('ABCDE'))
print(list(gen6))

# One iterable: 1-tuples.
gen7 = itertools.product('ABCDE')
print(list(gen7))

# All three-letter arrangements with repetition.
gen8 = itertools.product('ABCDE', repeat=3)
triples = list(gen8)
print(len(triples), triples[:6], triples[-1])

# Runs of equal items.
gen9 = itertools.groupby('AAABBCCCDDEEE')
for chr, group in gen9:
    print(chr, ":", list(group))
