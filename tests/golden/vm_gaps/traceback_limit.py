# traceback.format_exception / print_exc / format_exc with limit= (first frames, or the last ones
# when negative; 0 leaves only the exception lines) and chain=False, on a chained exception.
import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError("x")
try:
    try:
        a()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError as e:
    err = e
for lim in [None, 0, 1, 2, -1, -2, 10]:
    print("limit", lim, traceback.format_exception(err, limit=lim))
print("nochain", traceback.format_exception(err, chain=False))
print("nochain1", traceback.format_exception(err, limit=1, chain=False))
try:
    a()
except ValueError:
    traceback.print_exc(limit=1, file=sys.stdout)
    print(repr(traceback.format_exc(limit=-1)))
    traceback.print_exc(limit=0, file=sys.stdout)
