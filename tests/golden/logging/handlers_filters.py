# Handlers have their own levels and filters; a Filter('a.b') passes 'a.b' and its
# children; any callable can be a filter; loggers can have filters too.
import logging
import sys

log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.propagate = False

everything = logging.StreamHandler(sys.stdout)
everything.setFormatter(logging.Formatter("all   %(levelname)-8s %(name)s: %(message)s"))
important = logging.StreamHandler(sys.stdout)
important.setLevel(logging.WARNING)
important.setFormatter(logging.Formatter("IMPORTANT %(levelname)s %(message)s"))
log.addHandler(everything)
log.addHandler(important)
log.addHandler(everything)  # a second add is ignored
print(len(log.handlers), everything, important)

log.debug("debug goes to one handler")
log.warning("warning goes to both")

only_db = logging.Filter("app.db")
everything.addFilter(only_db)
db = logging.getLogger("app.db")
dbx = logging.getLogger("app.dbx")
db.info("from app.db")
logging.getLogger("app.db.pool").info("from app.db.pool")
dbx.info("from app.dbx: filtered out")
log.info("from app: filtered out")
everything.removeFilter(only_db)

def no_secrets(record):
    return "password" not in record.getMessage()

everything.addFilter(no_secrets)
log.info("user logged in")
log.info("password is hunter2")
everything.removeFilter(no_secrets)

class Tagger(logging.Filter):
    def filter(self, record):
        record.msg = "[tagged] " + record.msg
        return True

log.addFilter(Tagger())
log.info("the logger filter changes the record")
log.filters.clear()

null = logging.NullHandler()
quiet = logging.getLogger("quiet")
quiet.addHandler(null)
quiet.error("a NullHandler swallows this")
print(null, repr(logging.Handler()))

named = logging.StreamHandler(sys.stdout)
named.name = "console"
print(named.name, named.get_name())
everything.setLevel("ERROR")
print(everything.level, everything)
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
