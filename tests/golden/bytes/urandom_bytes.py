# os.urandom returns bytes; the values differ on every run, so only their shape is printed.
import os

key = os.urandom(16)
print(type(key).__name__, len(key), isinstance(key, bytes))
print(all(0 <= b < 256 for b in key), len(key.hex()), len(os.urandom(0)))
