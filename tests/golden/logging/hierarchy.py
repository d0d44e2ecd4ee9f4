# Loggers form a tree by their dotted names. A logger without a level takes its
# parent's; records propagate up to the ancestors' handlers unless propagate is False.
import logging
import sys

# A child created before its parent hangs from the root until the parent exists.
c = logging.getLogger("shop.cart.items")
print(c.parent.name)
a = logging.getLogger("shop")
print(c.parent.name)
b = logging.getLogger("shop.cart")
print(c.parent.name, b.parent.name, a.parent.name)
print(logging.getLogger("shop.cart") is b, a.getChild("cart") is b)
print(logging.getLogger("shop") is logging.getLogger("shop"))
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)

def show(where, logger):
    print(where, logger, logger.getEffectiveLevel(), logger.isEnabledFor(logging.INFO))

show("start", c)
a.setLevel(logging.INFO)
show("shop=INFO", c)
b.setLevel("ERROR")
show("cart=ERROR", c)
b.setLevel(logging.NOTSET)
show("cart=NOTSET", c)

fmt = logging.Formatter("[%(name)s] %(levelname)s %(message)s")
root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(logging.Formatter("root saw: %(name)s %(message)s"))
logging.getLogger().addHandler(root_handler)
shop_handler = logging.StreamHandler(sys.stdout)
shop_handler.setFormatter(fmt)
a.addHandler(shop_handler)

c.info("an item was added")
b.warning("cart warning")
a.debug("below INFO: nobody sees this")
logging.getLogger("other").warning("other goes to root only")

b.propagate = False
c.error("stops at cart, which has no handler: the last resort prints this on stderr")
print("cart has handlers:", b.hasHandlers(), "items has handlers:", c.hasHandlers())
b.propagate = True
c.error("propagates again")

a.removeHandler(shop_handler)
c.error("only the root handler now")
print(a.handlers, len(logging.getLogger().handlers))
print(sorted(n for n in logging.Logger.manager.loggerDict if n.startswith("shop")))
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)
