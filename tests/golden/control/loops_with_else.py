# for/while loops with break, continue and else.

# else runs when the loop ends without break.
for n in [3, 5, 7]:
    if n % 2 == 0:
        print('found even', n)
        break
else:
    print('no even number found')

# Finding primes with for/else.
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

# continue skips the rest of the body.
for ch in 'a1b2c3':
    if ch.isdigit():
        continue
    print('letter', ch)

# while with else, and a counter.
count = 0
while count < 3:
    count += 1
    print('count', count)
else:
    print('while finished normally, count =', count)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
else:
    print('collatz(27) reached 1 after', steps, 'steps')

# Empty loops still run else; break in nested loop only leaves the inner loop.
for _ in []:
    print('never')
else:
    print('empty for: else runs')
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j, end='; ')
print()
