# The module-level functions configure the root logger on first use (basicConfig with the
# default format, on stderr) and the root logger's default level is WARNING.
import logging

print("root level:", logging.getLevelName(logging.getLogger().getEffectiveLevel()))
print("handlers before:", logging.root.handlers)

logging.debug("debug is below WARNING: dropped")
logging.info("info is below WARNING: dropped")
logging.warning("first warning")
print("handlers after:", logging.root.handlers)
logging.error("an error with %d %s", 2, "arguments")
logging.critical("critical")
logging.log(logging.ERROR, "via log(ERROR)")
logging.log(25, "level 25 is above WARNING? %s", 25 >= logging.WARNING)

# Lowering the root level lets the lower levels through.
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("now debug shows")
logging.info("and info: %s", {"key": "value"})
logging.info("a dict as the only argument: %(key)s", {"key": "value"})
logging.fatal("fatal is critical")

for name in ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]:
    level = getattr(logging, name)
    print(name, level, logging.getLogger().isEnabledFor(level))
