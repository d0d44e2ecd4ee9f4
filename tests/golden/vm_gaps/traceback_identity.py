# e.__traceback__ is made once: reading it twice gives the same object, and the chain of
# tb_next links runs from the outermost frame to the one that raised.
def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        first = e.__traceback__
        print("same object on each read:", first is e.__traceback__)
        return e, first


err, seen = outer()
print("still the same after the handler:", err.__traceback__ is seen)
tb = err.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print("chain:", names)

# Re-raised one frame further out: a new head, whose tb_next is the old head.
def reraise():
    try:
        middle()
    except ValueError as e:
        before = e.__traceback__
        holder.append(before)
        raise


holder = []
try:
    reraise()
except ValueError as e:
    head = e.__traceback__
    print("head is the old one:", head is holder[0])
    print("head's next is the old one:", head.tb_next is holder[0])
    print("lines:", head.tb_lineno, head.tb_next.tb_lineno)
