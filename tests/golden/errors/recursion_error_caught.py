# RecursionError is a RuntimeError; the program can catch it and carry on.

def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
    print('is RuntimeError:', isinstance(e, RuntimeError))


# Mutual recursion hits the same limit.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print('mutual:', e)


# A recursion that stops in time works fine.
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


print(countdown(500))
