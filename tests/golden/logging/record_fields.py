# A handler that keeps the records shows the fields a LogRecord carries: the message and
# its arguments, the level, and where the logging call was made (file, module, line,
# function), plus thread and process names.
import logging
import threading

class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)

keep = Keep()
log = logging.getLogger("fields")
log.addHandler(keep)
log.setLevel(logging.DEBUG)
log.propagate = False

def do_work(n):
    log.info("working on %d of %s", n, "items")

do_work(3)
log.warning("at module level")

class Service:
    def run(self):
        log.debug("inside a method")

Service().run()
log.error("with extra", extra={"user": "ada", "request": 7})

for r in keep.records:
    print(r.name, r.levelname, r.levelno, repr(r.msg), r.args)
    print("  message:", r.getMessage())
    print("  where:", r.filename, r.module, r.lineno, r.funcName)
    print("  thread:", r.threadName, r.thread == threading.get_ident(), r.processName)
    print("  exc_info:", r.exc_info, "stack_info:", r.stack_info)
    print("  msecs is float:", type(r.msecs).__name__, "relativeCreated >= 0:", r.relativeCreated >= 0)
print(keep.records[-1].user, keep.records[-1].request)
print(repr(keep.records[0]).replace(keep.records[0].pathname, "PATH"))

# The record's __dict__ is what %-style formats read.
r = keep.records[0]
print("%(name)s|%(levelname)s|%(funcName)s|%(lineno)d" % r.__dict__)

try:
    log.info("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)
try:
    log.info("clash", extra={"lineno": 1})
except KeyError as e:
    print("KeyError:", e)

rec = logging.makeLogRecord({"name": "made", "msg": "made %s", "args": ("by hand",), "levelno": 20})
print(rec.name, rec.getMessage(), rec.levelno, rec.levelname)
rec2 = logging.LogRecord("direct", logging.ERROR, "/src/tool.py", 42, "n=%d", (5,), None, "main")
print(rec2.name, rec2.levelname, rec2.pathname, rec2.filename, rec2.module, rec2.lineno, rec2.funcName, rec2.getMessage())
