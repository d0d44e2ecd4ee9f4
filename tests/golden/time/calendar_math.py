# Dates around leap years, century rules and week numbers: gmtime, strftime's %j %U %W
# %V %G %u %w, asctime, and mktime(localtime(x)) == x.
import time

def day(secs):
    return time.strftime("%Y-%m-%d %a j=%j U=%U W=%W V=%V G=%G u=%u w=%w", time.gmtime(secs))

# New year's days from 1998 to 2030 and the days around them.
secs = 883612800  # 1998-01-01
for k in range(33):
    t = time.gmtime(secs)
    for delta in (-3, -1, 0, 2, 6):
        print(day(secs + delta * 86400))
    secs += (366 if (t.tm_year % 4 == 0 and (t.tm_year % 100 != 0 or t.tm_year % 400 == 0)) else 365) * 86400

# February in leap and common years.
for year_start in [946684800, 978307200, 4102444800, 4107542400]:
    print(day(year_start + 58 * 86400), "|", day(year_start + 59 * 86400))

for secs in [0, 1704099600, 951825600, 1e9, -86400 * 365]:
    t = time.gmtime(secs)
    print(time.asctime(t), "|", time.strftime("%c", t))
print(time.asctime((2024, 1, 5, 7, 8, 9, 3, 5, 0)))
print(time.asctime((2024, 12, 25, 0, 0, 0, 6, 360, 0)))

for secs in [0, 86400 * 12345 + 678, 1704099600, 2000000000]:
    print(secs, time.mktime(time.localtime(secs)) == secs, type(time.mktime(time.localtime(secs))).__name__)
