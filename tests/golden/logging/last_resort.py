# With no handler anywhere, records of WARNING and above go to logging.lastResort, which
# prints just the message on stderr. A NullHandler keeps a library quiet.
import logging

lib = logging.getLogger("library")
lib.info("info: below the last resort's level")
lib.warning("a warning with no handlers configured")
lib.error("an error: %s", "message only")
print("root handlers:", logging.root.handlers, "last resort:", logging.lastResort)

quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.error("swallowed by the NullHandler")

logging.lastResort = None
lib.warning("no last resort: one complaint")
lib.warning("and no second one")
print("done")
