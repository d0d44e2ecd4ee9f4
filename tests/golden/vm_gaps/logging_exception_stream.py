# logging.exception to a stream other than sys.stderr writes the whole traceback.
import logging


class Stream:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)

    def flush(self):
        pass


s = Stream()
log = logging.getLogger("app")
log.propagate = False
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h)


def fail():
    return {}["key"]


try:
    fail()
except KeyError:
    log.exception("lookup failed")
text = "".join(s.chunks)
print(text.replace("\n", "|\n"), end="")
