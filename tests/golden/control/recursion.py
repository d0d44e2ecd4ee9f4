# Recursive functions: factorial, memoized Fibonacci, Hanoi, permutations and tree walks.

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

print([factorial(n) for n in range(8)], factorial(25))

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print(fib(100), len(memo))

moves = []
def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append('%s->%s' % (source, target))
    hanoi(n - 1, spare, target, source)

hanoi(3, 'A', 'C', 'B')
print(len(moves), ' '.join(moves))

def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            result.append(items[i] + p)
    return result

print(perms('abc'))

tree = {'value': 1, 'children': [
    {'value': 2, 'children': []},
    {'value': 3, 'children': [{'value': 4, 'children': []}]},
]}

def total(node, depth=0):
    print('  ' * depth + str(node['value']))
    return node['value'] + sum(total(c, depth + 1) for c in node['children'])

print('sum', total(tree))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
