# The global statement rebinds module-level names from inside functions.

counter = 0

def increment():
    global counter
    counter += 1
    return counter

def shadow():
    counter = 'local only'
    return counter

print(increment(), increment(), shadow(), counter)

# Reading a global needs no declaration; assigning does.
limit = 3

def under_limit(n):
    return n < limit

print([under_limit(n) for n in range(5)])
limit = 1
print([under_limit(n) for n in range(5)])

# global inside a nested function still means the module scope.
def nested_global():
    def inner():
        global created_later
        created_later = 'made by inner'
    inner()

nested_global()
print(created_later)

# Several names in one global statement.
a = b = 0

def set_both():
    global a, b
    a, b = 'A', 'B'

set_both()
print(a, b)

# A mutable global can be changed without the global statement.
log = []

def record(event):
    log.append(event)

record('first')
record('second')
print(log)
