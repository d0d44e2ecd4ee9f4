# os.environ: a mapping of str to str; os.getenv reads it.
import os

print(type(os.environ).__name__)
print("HOME" in os.environ, "PATH" in os.environ, "INTERLEAVE_NOT_SET" in os.environ)
try:
    5 in os.environ
except TypeError as e:
    print("TypeError:", e)
print(isinstance(os.environ["HOME"], str), os.getenv("HOME") == os.environ["HOME"])
print(os.environ.get("INTERLEAVE_NOT_SET"), os.environ.get("INTERLEAVE_NOT_SET", "fallback"))
print(os.getenv("INTERLEAVE_NOT_SET"), os.getenv("INTERLEAVE_NOT_SET", "fallback"))

os.environ["INTERLEAVE_LESSON"] = "io"
print(os.environ["INTERLEAVE_LESSON"], os.getenv("INTERLEAVE_LESSON"))
print("INTERLEAVE_LESSON" in os.environ, "INTERLEAVE_LESSON" in list(os.environ))
print(os.environ.setdefault("INTERLEAVE_LESSON", "other"), os.environ.pop("INTERLEAVE_LESSON"))
print("INTERLEAVE_LESSON" in os.environ)

try:
    os.environ["INTERLEAVE_NOT_SET"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    del os.environ["INTERLEAVE_NOT_SET"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["INTERLEAVE_NUMBER"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ[5] = "five"
except TypeError as e:
    print("TypeError:", e)

copy = os.environ.copy()
copy["password"] = "secret"
print(type(copy).__name__, "password" in copy, "password" in os.environ)
print(len(copy) == len(os.environ) + 1)
print(repr(os.environ).startswith("environ({"), os.environ == os.environ)
print(sorted(os.environ.keys()) == sorted(os.environ))
