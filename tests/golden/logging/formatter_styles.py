# Formatter understands three styles: '%' (the default), '{' (str.format) and '$'
# (string.Template). Formats are validated when the formatter is made.
import logging
import sys

log = logging.getLogger("styles")
log.setLevel(logging.DEBUG)
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
log.addHandler(handler)

formats = [
    ("%", "%(levelname)s|%(name)s|%(message)s"),
    ("%", "%(levelno)03d %(levelname)-9s| %(message)r"),
    ("{", "{levelname}:{name}:{message}"),
    ("{", "{levelname:>8} {name!r} {message:.5}"),
    ("$", "$levelname/${name}: $message $$"),
]
for style, fmt in formats:
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.info("hello %s", "styles")

handler.setFormatter(logging.Formatter("{message} [{app}]", style="{", defaults={"app": "demo"}))
log.info("defaults fill missing fields")
log.info("extra wins", extra={"app": "override"})

handler.setFormatter(logging.Formatter())
log.warning("no format: just the message")

for style, fmt in [("%", "no fields"), ("{", "no fields"), ("$", "no fields"), ("{", "{a!x}"),
                   ("$", "$ bare"), ("{", "{}"), ("%", "%(message)")]:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", style, repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("%(message)s", style="*")
except ValueError as e:
    print("ValueError:", e)

handler.setFormatter(logging.Formatter("%(missing)s", validate=True))
try:
    handler.format(logging.makeLogRecord({"msg": "x"}))
except ValueError as e:
    print("ValueError:", e)

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

handler.setFormatter(Upper("%(name)s says %(message)s"))
log.error("shouting")

class Brackets(logging.Formatter):
    def formatMessage(self, record):
        return "<" + super().formatMessage(record) + ">"

handler.setFormatter(Brackets("%(levelname)s %(message)s"))
log.error("bracketed")
f = logging.Formatter("%(asctime)s %(message)s")
print(f.usesTime(), logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(), logging.Formatter().usesTime())
print(repr(f._fmt), f.datefmt, logging.BASIC_FORMAT)
