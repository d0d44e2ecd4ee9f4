# Context managers: __exit__ runs on return, nesting order, and state kept on the class.

class Indent:
    level = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Indent.level += 1
        self.say('enter ' + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.say('exit ' + self.name + ('' if exc_type is None else ' after ' + exc_type.__name__))
        Indent.level -= 1
        return False

    def say(self, text):
        print('  ' * Indent.level + text)


with Indent('outer') as out:
    out.say('in outer')
    with Indent('inner') as inner:
        inner.say('in inner')
    out.say('back in outer')
print('level after:', Indent.level)


# __exit__ runs even when the body returns or breaks out of a loop.
def find(items, wanted):
    with Indent('search'):
        for i, item in enumerate(items):
            if item == wanted:
                return i
    return -1


print('found at', find('abc', 'b'))
print('found at', find('abc', 'z'))
for n in range(3):
    with Indent('loop %d' % n):
        if n == 1:
            break
print('level after break:', Indent.level)

# The object bound by "as" is whatever __enter__ returns; it outlives the block.
with Indent('kept') as kept:
    pass
print(kept.name, Indent.level)
