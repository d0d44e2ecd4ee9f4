"""logging: not written yet."""

raise NotImplementedError("not supported by Interleave yet: the logging module")
