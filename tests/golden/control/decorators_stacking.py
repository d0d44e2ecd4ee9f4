# Stacked decorators apply bottom-up; the decorator body runs at definition time.

def tag(name):
    print('making decorator', name)
    def decorator(func):
        print('  decorating', func.__name__, 'with', name)
        def wrapper(*args):
            return '<%s>%s</%s>' % (name, func(*args), name)
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator

print('before definition')

@tag('b')
@tag('i')
def text(s):
    return s

print('after definition')
print(text('hi'))

# A decorator that keeps state on the wrapper function.
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@counted
def noop():
    return None

for _ in range(4):
    noop()
print('noop called', noop.calls, 'times')

# A registry filled in by a decorator that returns the function unchanged.
handlers = {}

def handles(event):
    def register(func):
        handlers[event] = func
        return func
    return register

@handles('start')
def on_start():
    return 'starting'

@handles('stop')
def on_stop():
    return 'stopping'

print(list(handlers), [handlers[e]() for e in ['stop', 'start']], on_start())
