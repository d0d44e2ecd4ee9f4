# __enter__ and __exit__: setup and teardown around a with block.

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('exit', self.name, 'cleanly')
        else:
            print('exit', self.name, 'with', exc_type.__name__, exc)
        return self.suppress

with Resource('file') as handle:
    print('using', handle)

try:
    with Resource('db') as handle:
        print('using', handle)
        raise ValueError('query failed')
    print('not reached')
except ValueError as e:
    print('caught outside:', e)

with Resource('quiet', suppress=True):
    print('about to fail')
    1 / 0
    print('not reached')
print('after suppressed error')
