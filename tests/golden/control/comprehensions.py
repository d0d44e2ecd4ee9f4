# List, dict and set comprehensions, nested loops and conditions.

squares = [n * n for n in range(8)]
print(squares)
print([n for n in squares if n % 2 == 0])
print([n if n % 3 else -n for n in range(10)])

# Nested: the for clauses read left to right like nested loops.
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print([x for row in matrix for x in row if x % 2])
print([[row[c] for row in matrix] for c in range(3)])

# Dict comprehensions keep insertion order.
words = ['apple', 'kiwi', 'banana', 'fig', 'cherry']
lengths = {w: len(w) for w in words}
print(lengths)
print({v: k for k, v in lengths.items()})
print({w[0]: w for w in words if len(w) > 3})

# Set comprehensions of small ints print in sorted order.
print({n % 5 for n in range(20)})
print({len(w) for w in words})

# The loop variable does not leak out of a comprehension.
n = 'outer n'
doubled = [n * 2 for n in range(3)]
print(n, doubled)

# Comprehensions can call functions and use conditional expressions.
def label(n):
    return 'fizzbuzz' if n % 15 == 0 else 'fizz' if n % 3 == 0 else 'buzz' if n % 5 == 0 else str(n)

print(' '.join(label(n) for n in range(1, 16)))
print(sum([1 for w in words if 'a' in w]), any(w.startswith('k') for w in words))
print(dict(zip(range(3), 'abc')), list(map(len, words)))
