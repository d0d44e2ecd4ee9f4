# threading.local: each thread sees its own attributes. A subclass's __init__ runs again, with
# the arguments the object was made with, the first time each new thread touches it.
import threading


class Settings(threading.local):
    retries = 3  # a class attribute is shared by every thread

    def __init__(self, user):
        self.user = user
        print("  __init__", user, "in", threading.current_thread().name)


settings = Settings("ada")
plain = threading.local()
plain.color = "blue"


def worker():
    print("  worker sees", settings.user, settings.retries, hasattr(plain, "color"))
    settings.user = "grace"
    plain.color = "red"
    print("  worker set", settings.user, plain.color)


t = threading.Thread(target=worker)
t.start()
t.join()
print("main keeps", settings.user, plain.color)
print(type(plain).__name__, type(plain).__module__, type(settings).__mro__[1].__name__)
for make in (lambda: threading.local(1), lambda: threading.local(color="x")):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    plain.missing
except AttributeError as e:
    print("AttributeError:", e)
