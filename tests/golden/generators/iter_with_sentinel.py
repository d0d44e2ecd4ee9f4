# iter(callable, sentinel) calls the function until it returns the sentinel.

def make_counter(start):
    n = start
    def step():
        nonlocal n
        n += 1
        return n
    return step


for value in iter(make_counter(0), 5):
    print('counter', value)

# Reading "blocks" from a list until an empty string is returned.
blocks = ['ab', 'cd', 'ef', '', 'never reached']
def read_block():
    return blocks.pop(0)

print(list(iter(read_block, '')))
print('left over:', blocks)

# The sentinel is compared with ==.
queue = [3, 2, 1.0, 9]
print(list(iter(lambda: queue.pop(0), 1)))
print(queue)

# The callable iterator is exhausted for good once the sentinel appears.
step = make_counter(10)
it = iter(step, 12)
print(next(it), next(it, 'finished'), next(it, 'still finished'))
print(step())
