# exception() logs at ERROR and appends the traceback of the exception being handled;
# exc_info=True does the same at any level. The traceback goes where the record goes
# (stderr here).
import logging

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("calc")

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    logging.exception("division failed")

try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed for %r", "missing")

try:
    int("seven")
except ValueError:
    log.warning("not a number", exc_info=True)
    log.error("also with exc_info=False", exc_info=False)

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad input") from e

try:
    parse("x")
except RuntimeError:
    log.critical("chained", exc_info=True)

class ConfigError(Exception):
    pass

try:
    raise ConfigError("missing setting", "port")
except ConfigError as e:
    saved = e
log.error("an exception object as exc_info", exc_info=saved)

log.error("exception() with nothing being handled:")
log.exception("no exception")
print("done")
