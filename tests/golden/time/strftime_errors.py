# strftime and asctime check the time tuple the way CPython does: 9 integers, each
# field in its range (month 0 and day 0 are accepted and treated as 1).
import time

def attempt(label, function, *args):
    try:
        print(label, repr(function(*args)))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

base = [2024, 6, 15, 12, 30, 45, 5, 167, 0]
attempt("base", time.strftime, "%c", tuple(base))
for index, value in [(1, 13), (1, 0), (1, -1), (2, 32), (2, 0), (2, -1), (3, 24), (3, -1),
                     (4, 60), (5, 61), (5, 62), (6, 7), (6, 13), (6, -1), (6, -2),
                     (7, 366), (7, 367), (7, 0), (7, -1), (8, 5), (8, -5)]:
    t = list(base)
    t[index] = value
    attempt("field %d = %d:" % (index, value), time.strftime, "%Y-%m-%d %H:%M:%S %a %j", tuple(t))

attempt("short tuple:", time.strftime, "%Y", (2024, 1, 1))
attempt("a list:", time.strftime, "%Y", base)
attempt("a float field:", time.strftime, "%Y", (2024.0, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("format not str:", time.strftime, 5, tuple(base))
attempt("asctime short:", time.asctime, (2024,))
attempt("asctime month 13:", time.asctime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("asctime ok:", time.asctime, tuple(base))
attempt("mktime short:", time.mktime, (2024, 1))
