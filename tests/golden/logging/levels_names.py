# Level numbers and names, custom levels, disable(), and the errors for bad levels.
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(35),
      logging.getLevelName("NOPE"), logging.getLevelName(logging.WARN), logging.FATAL)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))

logging.basicConfig(stream=sys.stdout, level="NOTICE", format="%(levelno)s %(levelname)s %(message)s")
logging.log(25, "a notice")
logging.log(24, "just below")
logging.log(35, "an unnamed level")
logging.warning("warning")

logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error still shows")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
print(logging.root.manager.disable)

log = logging.getLogger("x")
for bad in ["VERBOSE", 2.5, None]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    log.log("INFO", "level as a string")
except TypeError as e:
    print("TypeError:", e)
log.disabled = True
log.error("the logger is disabled")
log.disabled = False
log.error("enabled")
