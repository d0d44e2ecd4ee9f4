"""time: clocks that read Interleave's virtual clock; sleep() is a timer, not a busy wait.

The calendar functions (struct_time, gmtime, localtime, mktime, strftime, asctime, ctime) are
written here in Python and follow CPython 3.11 on Linux with glibc. The simulated machine's
timezone is UTC, so localtime() is gmtime() with the zone called 'UTC' instead of 'GMT'.
"""

from _time import time, time_ns, monotonic, monotonic_ns, sleep

perf_counter = monotonic
perf_counter_ns = monotonic_ns


def process_time():
    return monotonic() - 11409.858182271


def thread_time():
    return monotonic() - 11409.858182271


# The simulated machine runs in UTC (TZ=UTC): no daylight saving time.
timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAME = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_ABBR = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAME = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value sequence returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, sequence):
        items = tuple(sequence)
        if len(items) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)'
                            % len(items))
        if len(items) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)'
                            % len(items))
        # The VM keeps a tuple subclass's items in its builtin payload.
        __set_payload(self, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        object.__setattr__(self, '_extra', extra)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        parts = []
        for name, value in zip(_FIELDS, self):
            parts.append('%s=%r' % (name, value))
        return 'time.struct_time(' + ', '.join(parts) + ')'

    __str__ = __repr__

    def __add__(self, other):
        return tuple(self) + other

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, '
                                                  'and -1 if unknown')
    tm_zone = property(lambda self: self._extra[0], doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._extra[1], doc='offset from UTC in seconds')


struct_time.__module__ = 'time'


class _builtin:
    """A module function that, like CPython's builtins, does not bind as a method when stored
    on a class (`Formatter.converter = time.gmtime` must keep working)."""

    def __init__(self, function, name):
        object.__setattr__(self, '_function', function)
        object.__setattr__(self, '__name__', name)
        object.__setattr__(self, '__qualname__', name)

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


# ---- calendar arithmetic (proleptic Gregorian, days since 1970-01-01) -----------------------

def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    return y, m, d


def _seconds(secs):
    """CPython's _PyTime_ObjectToTime_t with ROUND_FLOOR (and None meaning now)."""
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9.223372036854776e18 <= secs < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(secs)
        if whole > secs:
            whole -= 1
        return whole
    if isinstance(secs, int):
        if not -9223372036854775808 <= secs <= 9223372036854775807:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def _broken_down(secs, zone):
    days, rest = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    if not -2147481748 <= y <= 2147485547:
        raise OverflowError('timestamp out of range for platform time_t')
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    wday = (days + 3) % 7
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, hour, minute, second, wday, yday, 0, zone, 0))


def _gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a. GMT)."""
    return _broken_down(_seconds(seconds), 'GMT')


def _localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time (UTC here)."""
    return _broken_down(_seconds(seconds), 'UTC')


gmtime = _builtin(_gmtime, 'gmtime')
localtime = _builtin(_localtime, 'localtime')


def _tm_items(t, what):
    """CPython's gettmarg: the nine ints of a time tuple, C-style (0-based month etc.)."""
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    items = tuple(t)
    if len(items) != 9:
        raise TypeError('%s(): illegal time tuple argument' % what)
    for v in items:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(v).__name__)
    year, mon, mday, hour, minute, sec, wday, yday, isdst = items
    zone = None
    gmtoff = 0
    if isinstance(t, struct_time):
        if t.tm_zone is not None:
            zone = t.tm_zone
        if t.tm_gmtoff is not None:
            gmtoff = t.tm_gmtoff
    # C's % truncates towards zero.
    w = wday + 1
    w = w - int(w / 7) * 7
    return [int(year), mon - 1, mday, hour, minute, sec, w, yday - 1, isdst, zone, gmtoff]


def _checktm(tm):
    if tm[1] == -1:
        tm[1] = 0
    elif not 0 <= tm[1] <= 11:
        raise ValueError('month out of range')
    if tm[2] == 0:
        tm[2] = 1
    elif not 0 <= tm[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= tm[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= tm[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= tm[5] <= 61:
        raise ValueError('seconds out of range')
    if tm[6] < 0:
        raise ValueError('day of week out of range')
    if tm[7] == -1:
        tm[7] = 0
    elif not 0 <= tm[7] <= 365:
        raise ValueError('day of year out of range')


def _timegm(year, mon0, mday, hour, minute, sec):
    """Seconds since the Epoch for a UTC date, normalising out-of-range fields like mktime."""
    y, m = divmod(mon0, 12)
    days = _days_from_civil(year + y, m + 1, 1) + mday - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + sec


def mktime(t):
    """Convert a time tuple in local time (UTC here) to seconds since the Epoch."""
    tm = _tm_items(t, 'mktime')
    return float(_timegm(tm[0], tm[1], tm[2], tm[3], tm[4], tm[5]))


def _pad(text, width, pad):
    if width > len(text):
        return pad * (width - len(text)) + text
    return text


def _number(value, digits, flag, width, space_pad=False):
    """glibc's DO_NUMBER: zero-padded to `digits` unless a flag or width says otherwise."""
    neg = value < 0
    text = str(-value if neg else value)
    pad = ' ' if space_pad else '0'
    if flag == '_':
        pad = ' '
    elif flag == '0':
        pad = '0'
    if flag == '-':
        # No padding to the usual digits, but an explicit width pads with spaces.
        return _pad('-' + text if neg else text, width, ' ')
    w = width if width else digits
    if neg:
        w -= 1
    if pad == '0':
        text = _pad(text, w, '0')
        return '-' + text if neg else text
    if neg:
        text = '-' + text
    return _pad(text, w + (1 if neg else 0), ' ')


def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _iso_week_days(yday, wday):
    """glibc's iso_week_days: days since the Monday of ISO week 1 (0-based yday, 0=Sunday)."""
    big_enough_multiple_of_7 = (366 // 7 + 2) * 7
    return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1


def _iso_week(year, yday, wday):
    """The ISO 8601 (year, week number) of a date, as glibc's %G and %V compute them."""
    days = _iso_week_days(yday, wday)
    if days < 0:
        year -= 1
        days = _iso_week_days(yday + (365 + _isleap(year)), wday)
    else:
        d = _iso_week_days(yday - (365 + _isleap(year)), wday)
        if d >= 0:
            year += 1
            days = d
    return year, days // 7 + 1


# The common conversions without flags or width, straight to their text (a fast path).
_FAST = {
    'Y': lambda tm: str(tm[0]),
    'm': lambda tm: '%02d' % (tm[1] + 1),
    'd': lambda tm: '%02d' % tm[2],
    'H': lambda tm: '%02d' % tm[3],
    'M': lambda tm: '%02d' % tm[4],
    'S': lambda tm: '%02d' % tm[5],
    'y': lambda tm: '%02d' % (tm[0] % 100),
    'j': lambda tm: '%03d' % (tm[7] + 1),
    'e': lambda tm: '%2d' % tm[2],
    'I': lambda tm: '%02d' % ((tm[3] + 11) % 12 + 1),
    'p': lambda tm: 'AM' if tm[3] < 12 else 'PM',
    'a': lambda tm: _DAY_ABBR[(tm[6] + 6) % 7],
    'A': lambda tm: _DAY_NAME[(tm[6] + 6) % 7],
    'b': lambda tm: _MONTH_ABBR[tm[1]],
    'B': lambda tm: _MONTH_NAME[tm[1]],
    'T': lambda tm: '%02d:%02d:%02d' % (tm[3], tm[4], tm[5]),
    'F': lambda tm: '%s-%02d-%02d' % (_FAST['Y'](tm), tm[1] + 1, tm[2]),
    '%': lambda tm: '%',
}


def _format(fmt, tm):
    year, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff = tm
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        fast = _FAST.get(fmt[j + 1:j + 2])
        if fast is not None:
            out.append(fast(tm))
            i = j + 2
            continue
        start = j
        i = j + 1
        flag = ''
        upper = False
        swap = False
        while i < n and fmt[i] in '_-0^#':
            if fmt[i] == '^':
                upper = True
            elif fmt[i] == '#':
                swap = True
            else:
                flag = fmt[i]
            i += 1
        width = 0
        while i < n and fmt[i] in '0123456789':
            width = width * 10 + int(fmt[i])
            i += 1
        modifier = ''
        if i < n and fmt[i] in 'EO':
            modifier = fmt[i]
            i += 1
        if i >= n:
            out.append(_pad(fmt[start:], width, ' '))
            break
        conv = fmt[i]
        i += 1
        if (modifier == 'E' and conv not in 'cCxXyY') or (
                modifier == 'O' and conv not in 'bBhdeHImMSuUVwWy'):
            out.append(_pad(fmt[start:i], width, ' '))
            continue
        text = None
        number = None
        digits = 2
        space_pad = False
        lower = False
        if conv == 'a':
            text = _DAY_ABBR[(wday + 6) % 7]
            upper = upper or swap
        elif conv == 'A':
            text = _DAY_NAME[(wday + 6) % 7]
            upper = upper or swap
        elif conv == 'b' or conv == 'h':
            text = _MONTH_ABBR[mon]
            upper = upper or swap
        elif conv == 'B':
            text = _MONTH_NAME[mon]
            upper = upper or swap
        elif conv == 'c':
            text = _format('%a %b %e %H:%M:%S %Y', tm)
        elif conv == 'C':
            number = year // 100
            digits = 1
        elif conv == 'd':
            number = mday
        elif conv == 'D':
            text = _format('%m/%d/%y', tm)
        elif conv == 'e':
            number = mday
            space_pad = True
        elif conv == 'F':
            text = _format('%Y-%m-%d', tm)
        elif conv == 'g':
            number = _iso_week(year, yday, wday)[0] % 100
        elif conv == 'G':
            number = _iso_week(year, yday, wday)[0]
            digits = 1
        elif conv == 'H':
            number = hour
        elif conv == 'I':
            number = (hour + 11) % 12 + 1
        elif conv == 'j':
            number = yday + 1
            digits = 3
        elif conv == 'k':
            number = hour
            space_pad = True
        elif conv == 'l':
            number = (hour + 11) % 12 + 1
            space_pad = True
        elif conv == 'm':
            number = mon + 1
        elif conv == 'M':
            number = minute
        elif conv == 'n':
            text = '\n'
        elif conv == 'p':
            text = 'AM' if hour < 12 else 'PM'
            if swap:
                lower = True
        elif conv == 'P':
            text = 'am' if hour < 12 else 'pm'
            lower = True
        elif conv == 'r':
            text = _format('%I:%M:%S %p', tm)
        elif conv == 'R':
            text = _format('%H:%M', tm)
        elif conv == 's':
            number = _timegm(year, mon, mday, hour, minute, sec) - gmtoff
            digits = 1
        elif conv == 'S':
            number = sec
        elif conv == 't':
            text = '\t'
        elif conv == 'T':
            text = _format('%H:%M:%S', tm)
        elif conv == 'u':
            number = (wday + 6) % 7 + 1
            digits = 1
        elif conv == 'U':
            number = (yday - wday + 7) // 7
        elif conv == 'V':
            number = _iso_week(year, yday, wday)[1]
        elif conv == 'w':
            number = wday
            digits = 1
        elif conv == 'W':
            number = (yday - (wday - 1 + 7) % 7 + 7) // 7
        elif conv == 'x':
            text = _format('%m/%d/%y', tm)
        elif conv == 'X':
            text = _format('%H:%M:%S', tm)
        elif conv == 'y':
            number = year % 100
        elif conv == 'Y':
            number = year
            digits = 1
        elif conv == 'z':
            if isdst < 0:
                text = ''
            else:
                off = gmtoff
                sign = '-' if off < 0 else '+'
                off = abs(off) // 60
                # (glibc pads a %z with a width in its own odd way; widths are ignored.)
                text = sign + _number(off // 60 * 100 + off % 60, 4, flag, 0)
                width = 0
        elif conv == 'Z':
            if zone:
                text = zone
            elif isdst >= 0:
                text = tzname[1 if isdst else 0]
            else:
                text = ''
            if swap:
                lower = True
        elif conv == '%':
            text = '%'
        else:
            out.append(_pad(fmt[start:i], width, ' '))
            continue
        if number is not None:
            text = _number(number, digits, flag, width, space_pad)
        else:
            if lower:
                text = text.lower()
            elif upper:
                text = text.upper()
            text = _pad(text, width, '0' if flag == '0' else ' ')
        out.append(text)
    return ''.join(out)


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    if t is None:
        t = _localtime()
    tm = _tm_items(t, 'strftime')
    _checktm(tm)
    if tm[8] < -1:
        tm[8] = -1
    elif tm[8] > 1:
        tm[8] = 1
    return _format(format, tm)


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = _localtime()
    tm = _tm_items(t, 'asctime')
    _checktm(tm)
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAY_ABBR[(tm[6] + 6) % 7], _MONTH_ABBR[tm[1]],
                                           tm[2], tm[3], tm[4], tm[5], tm[0])


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(_localtime(seconds))
