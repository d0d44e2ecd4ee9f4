# hasattr and getattr with a default when the attribute comes from __getattr__ or a property
# that raises AttributeError (the notes' threading.local check relies on this).
import threading


class Lazy:
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:].upper()
        raise AttributeError(name)


class Guarded:
    @property
    def secret(self):
        raise AttributeError("no secret here")

    @property
    def broken(self):
        raise KeyError('boom')


lazy = Lazy()
print(hasattr(lazy, 'auto_x'), getattr(lazy, 'auto_yes', 'default'))
print(hasattr(lazy, 'plain'), getattr(lazy, 'plain', 'default'))
g = Guarded()
print(hasattr(g, 'secret'), getattr(g, 'secret', None))
try:
    hasattr(g, 'broken')
except KeyError as e:
    print("KeyError passes through hasattr:", e)
local = threading.local()
print(hasattr(local, 'session'))
local.session = 'opened'
print(hasattr(local, 'session'), local.session)
