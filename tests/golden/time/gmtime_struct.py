# gmtime() breaks seconds since the Epoch into a struct_time: a 9-item tuple with named
# fields (and tm_zone/tm_gmtoff, which are attributes only).
import time

t = time.gmtime(1704099600)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[:3], t[3:6], list(t))
year, month, day, *rest = t
print(year, month, day, rest)
print(t == (2024, 1, 1, 9, 0, 0, 0, 1, 0), tuple(t) == t, isinstance(t, tuple))
print(type(t).__name__, type(t).__module__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(str(t) == repr(t), hash(t) == hash(tuple(t)))

for secs in [0, -1, 86399, 86400, 951782400, 951868800, 1709164800, 4102444800,
             -2208988800, 1e9, 1234567890.75, -0.5, 253402300799]:
    print(secs, tuple(time.gmtime(secs)))

try:
    t.tm_year = 1999
except AttributeError as e:
    print("AttributeError:", e)

s = time.struct_time((2020, 2, 29, 23, 59, 60, 5, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s11 = time.struct_time((2020, 2, 29, 23, 59, 60, 5, 60, 0, "XYZ", 3600))
print(s11.tm_zone, s11.tm_gmtoff, len(s11))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in ["x", float("nan"), 1e300]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
