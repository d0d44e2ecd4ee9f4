# Uncaught RecursionError: identical frames are collapsed into
# "[Previous line repeated N more times]". With the default limit of 1000,
# the module frame plus 999 calls fit: 3 are shown, 996 are folded.
import sys

print('limit', sys.getrecursionlimit())


def forever(n):
    return forever(n + 1)


print('recursing')
forever(0)
