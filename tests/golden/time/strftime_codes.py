# time.strftime with every common conversion of C's strftime (glibc, C locale), for a few
# fixed moments given as gmtime() results.
import time

codes = "aAbBcCdDeFgGhHIjklmMnpPrRTSuUVwWxXyYzZ%"  # not %s: it depends on TZ
moments = [0, 1704099600, 1709251199, 951825600 + 13 * 3600 + 5, 1262217600 + 86400 * 3,
           1577836800 - 1]
for secs in moments:
    t = time.gmtime(secs)
    print(time.strftime("%Y-%m-%d %H:%M:%S", t))
    for c in codes:
        print("  %" + c, repr(time.strftime("%" + c, t)))

t = time.gmtime(1704099600)
print(time.strftime("Today is %A, %d %B %Y; it is %I:%M %p (%H:%M), day %j of the year.", t))
print(time.strftime("%%Y is literal, %Q is unknown, a lone % at the end: %", t))
print(repr(time.strftime("", t)))
print(time.strftime("%H:%M", (2024, 5, 17, 14, 30, 0, 4, 138, 0)))
print(time.strftime("%a %b %d", (2024, 5, 17, 14, 30, 0, 0, 138, 0)))
