# formatTime turns record.created into text with time.strftime on converter(created).
# Records made with a fixed 'created' (and converter=time.gmtime) print fixed times.
import logging
import time

def record(created, msg="tick"):
    r = logging.makeLogRecord({"msg": msg, "name": "clock", "levelname": "INFO"})
    r.created = created
    r.msecs = int((created - int(created)) * 1000) + 0.0
    return r

class UTC(logging.Formatter):
    converter = time.gmtime

times = [0, 1704099600.25, 951825600.5, 1709251199.999, 86399.0071]
for fmt, datefmt in [("%(asctime)s %(message)s", None),
                     ("%(asctime)s.%(msecs)03d %(message)s", "%H:%M:%S"),
                     ("%(asctime)s | %(message)s", "%d %b %Y %I:%M %p"),
                     ("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S%z %Z %j %a")]:
    f = UTC(fmt, datefmt)
    for t in times:
        print(f.format(record(t)))

class NoMillis(UTC):
    default_msec_format = None

class Dotted(UTC):
    default_time_format = "%H:%M:%S"
    default_msec_format = "%s.%03d"

print(NoMillis("%(asctime)s").format(record(1704099600.5)))
print(Dotted("%(asctime)s").format(record(1704099600.5)))

class Fixed(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "T+%d" % record.created

print(Fixed("%(asctime)s %(message)s").format(record(42.9, "custom formatTime")))
r = record(1704099600.25)
f = UTC()
print(f.formatTime(r), f.formatTime(r, "%Y"), r.msecs)

# The converter can also be set on one formatter instance.
g = logging.Formatter("%(asctime)s")
g.converter = time.gmtime
print(g.format(record(1234567890.123)))
