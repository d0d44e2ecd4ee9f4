# random.randbytes and seeding from bytes / bytearray, against CPython 3.11.
import random
for s in [0, 1, 42, 2**40, "seed", b"seed", bytearray(b"seed"), b""]:
    random.seed(s)
    print(repr(s), [random.randbytes(n) for n in (0, 1, 4, 7)], random.randbytes(20).hex())
r = random.Random(5)
print(r.randbytes(9), type(r.randbytes(3)).__name__)
random.seed(b"abc", version=1)
print(random.random())
random.seed(bytearray(b"abc"))
print(random.random())
try:
    random.seed(bytearray(b"abc"), version=1)
except TypeError as e:
    print("TypeError:", e)
try:
    random.seed([1])
except TypeError as e:
    print("TypeError:", e)
try:
    random.randbytes(-1)
except ValueError as e:
    print("ValueError:", e)
print("randbytes" in random.__all__)
