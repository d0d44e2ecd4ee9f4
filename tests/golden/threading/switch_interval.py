# sys.getswitchinterval / setswitchinterval: how often CPython asks the running thread to let
# another take the GIL (5 ms unless set), and the errors for values it refuses.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(2)
print(sys.getswitchinterval())
for bad in (0, -1, "fast", None):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.getswitchinterval())
