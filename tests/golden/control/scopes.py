# Name resolution: local, enclosing, global, builtin, and shadowing.

x = 'global x'

def read_global():
    return x

def local_shadow():
    x = 'local x'
    return x

def enclosing():
    x = 'enclosing x'
    def inner():
        return x
    return inner()

print(read_global(), '|', local_shadow(), '|', enclosing(), '|', x)

# Shadowing a builtin inside a function only affects that function.
def shadow_len():
    len = lambda obj: 'not the real len'
    return len([1, 2, 3])

print(shadow_len(), len([1, 2, 3]))

# An assignment anywhere in a function makes the name local everywhere in it.
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 'assigned later'
    return x

print(broken())

# Class bodies are a scope that methods do not see directly.
class Config:
    level = 3
    doubled = level * 2

    def get(self):
        return self.level, Config.doubled

print(Config().get())

# Loop variables stay bound after the loop; comprehension variables do not.
for i in range(3):
    pass
print('i after loop:', i)
squares = [j * j for j in range(3)]
try:
    print(j)
except NameError as e:
    print('NameError:', e)
