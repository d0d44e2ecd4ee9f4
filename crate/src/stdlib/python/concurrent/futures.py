"""concurrent.futures: not written yet."""

raise NotImplementedError("not supported by Interleave yet: concurrent.futures")
