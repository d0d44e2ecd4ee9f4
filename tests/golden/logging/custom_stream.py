# A StreamHandler writes to any object with a write() method, one write per record:
# the formatted message and the terminator together.
import logging

class Collect:
    def __init__(self):
        self.writes = []
        self.flushes = 0

    def write(self, text):
        self.writes.append(text)

    def flush(self):
        self.flushes += 1

out = Collect()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("stream")
log.addHandler(handler)
log.propagate = False
log.warning("one")
log.error("two %s", "args")
print(out.writes, out.flushes)

handler.terminator = " | "
log.warning("no newline")
log.warning("between records")
print(out.writes[-2:])

other = Collect()
old = handler.setStream(other)
print(old is out, handler.setStream(other))
log.critical("to the other stream")
print(other.writes)

class NoWrite:
    pass

broken = logging.StreamHandler(NoWrite())
logging.raiseExceptions = False
broken.handle(logging.makeLogRecord({"msg": "dropped quietly"}))
print("no error with raiseExceptions off")
