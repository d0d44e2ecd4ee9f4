"""heapq: not written yet."""

raise NotImplementedError("not supported by Interleave yet: the heapq module")
