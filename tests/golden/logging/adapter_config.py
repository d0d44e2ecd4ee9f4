# basicConfig does nothing once the root logger has handlers, unless force=True; it takes
# handlers=, stream=, format=, datefmt=, style= and level=. A LoggerAdapter adds context.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="first: %(message)s", level=logging.INFO)
logging.info("configured once")
logging.basicConfig(stream=sys.stdout, format="second: %(message)s")
logging.info("the second call changed nothing")
logging.basicConfig(stream=sys.stdout, format="{levelname} {message}", style="{", force=True)
logging.warning("forced a new configuration")
print(logging.root.level, len(logging.root.handlers))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("custom: %(message)s"))
logging.basicConfig(handlers=[h, logging.StreamHandler(sys.stdout)], format="$message!", style="$",
                    force=True, level="DEBUG")
logging.debug("two handlers, one with its own formatter")

for kwargs in [dict(stream=sys.stdout, handlers=[h]), dict(stream=sys.stdout, filename="x.log"),
               dict(style="?"), dict(colour="red")]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError:", e)

logging.basicConfig(stream=sys.stdout, force=True, format="%(name)s %(request)s %(message)s",
                    level=logging.INFO)
adapter = logging.LoggerAdapter(logging.getLogger("web"), {"request": "GET /"})
adapter.info("handled")
adapter.debug("below INFO")
print(adapter, adapter.name, adapter.isEnabledFor(logging.INFO), adapter.getEffectiveLevel())

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs

p = Prefix(logging.getLogger("web.user"), {"user": "ada"})
p.warning("prefixed by %s", "process()", extra={"request": "POST /login"})
logging.shutdown()
print("shut down")
