# sys.stdout / sys.stderr write and flush; print(file=obj) calls obj.write per piece.
import sys

n = sys.stdout.write("y")
print()
print(n, sys.stdout.write("héllo\n"))
print(sys.stderr.write("x\n"))
print(sys.stdout.flush(), sys.stderr.flush())
sys.stdout.write("")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)


class Collector:
    def __init__(self):
        self.pieces = []
        self.flushes = 0

    def write(self, s):
        self.pieces.append(s)
        return len(s)

    def flush(self):
        self.flushes += 1


c = Collector()
print("x", file=c)
print("a", 1, [2], sep="-", end="!", file=c)
print(file=c)
print("only", end="", file=c)
print("f", file=c, flush=True)
print(c.pieces)
print(c.flushes)
print("to stdout", file=None)
print("to stdout again", file=sys.stdout)
print("to stderr", file=sys.stderr)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)

# print() without file= writes to the current sys.stdout.
saved = sys.stdout
sys.stdout = Collector()
print("captured", 1)
captured = sys.stdout
sys.stdout = sys.stderr
print("now on stderr")
sys.stdout = saved
print(captured.pieces)
