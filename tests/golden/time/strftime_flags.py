# glibc's strftime flags: '-' (no padding), '_' (pad with spaces), '0' (pad with zeros),
# '^' (upper case), '#' (swap case), a field width, and the E/O modifiers.
import time

t = time.gmtime(1704099600 + 3 * 86400 + 5 * 3600 + 7 * 60 + 9)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
for spec in ["%-d", "%_d", "%0e", "%-m", "%_m", "%-H", "%_H", "%-I", "%-j", "%_j", "%-M",
             "%^a", "%^A", "%^b", "%^B", "%#a", "%#b", "%#p", "%^p", "%#Z", "%^P",
             "%10Y", "%_10Y", "%-10Y", "%5d", "%_5d", "%03e", "%8a", "%08a", "%-8a", "%-5d", "%-3j", "%^#p", "%5Ed", "%Ob",
             "%Ey", "%EY", "%Od", "%OH", "%Ec", "%Ex", "%EX", "%10c", "%^c", "%12F", "%-z", "%_z"]:
    print(repr(spec), repr(time.strftime(spec, t)))

for year in [1, 99, 100, 999, 1000, 1899, 12345]:
    t = (year, 3, 4, 5, 6, 7, 0, 63, 0)
    print(year, repr(time.strftime("%Y|%C|%y|%G|%g|%-y|%4C|%_4Y", t)))
