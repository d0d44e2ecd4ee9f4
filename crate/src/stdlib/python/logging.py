"""logging: Interleave's version of CPython 3.11's logging package (the logging/__init__.py part).

Loggers in a dotted hierarchy under the root logger, levels, filters, handlers (StreamHandler,
NullHandler), formatters with the '%', '{' and '$' styles, LogRecord with CPython's fields, and
the module-level functions with basicConfig() and the "last resort" handler. Times come from
the virtual clock; the machine's timezone is UTC. A StreamHandler writes each record as one
write of the message plus the terminator, as CPython's does, so lines from different threads
never tear.

What differs from CPython: there are no FileHandler and no logging.handlers/logging.config, and
stack_info=True records no stack. Tracebacks (exception(), exc_info=) are printed in full on
sys.stderr; on other streams only the exception's last line is written.
"""

import sys
import os
import time
import threading
import _thread

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord',
           'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler',
           'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical', 'debug',
           'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger',
           'getLoggerClass', 'info', 'log', 'makeLogRecord', 'setLoggerClass',
           'shutdown', 'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# ---------------------------------------------------------------------------
#   Miscellaneous module data
# ---------------------------------------------------------------------------

# When the logging module was imported (virtual time): relativeCreated counts from here.
_startTime = time.time()

# Whether exceptions during handling are reported (handleError) or ignored.
raiseExceptions = True

# Whether records carry thread, process and process-name information.
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------------------
#   Level related stuff
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Return the textual or numeric representation of logging level 'level'.

    A registered level gives its name ("INFO"); a registered name gives its number; anything
    else gives "Level %s" % level.
    """
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Associate 'levelName' with 'level' (used when converting levels to text)."""
    _acquireLock()
    try:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level
    finally:
        _releaseLock()


def _checkLevel(level):
    if isinstance(level, int):
        rv = level
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        rv = _nameToLevel[level]
    else:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return rv


# ---------------------------------------------------------------------------
#   Thread-related stuff
# ---------------------------------------------------------------------------

# The module-level lock serialises access to the shared data (the logger hierarchy, the
# handler lists, the level names).
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


# ---------------------------------------------------------------------------
#   Writing to streams, and exception text
# ---------------------------------------------------------------------------

# Interleave cannot (yet) give a traceback as a string, only print it on stderr. A formatted
# exception is therefore a marker in the text, replaced by the real traceback when the text is
# written to sys.stderr.
_EXC_OPEN = '\ue000'
_EXC_CLOSE = '\ue001'
_exc_markers = {}
_exc_counter = 0


def _exception_last_line(exc):
    """What traceback.format_exception_only gives for `exc`, without the newline."""
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('builtins', '__main__'):
        name = module + '.' + name
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    if text:
        return name + ': ' + text
    return name


def _plain_write(stream, text):
    write = getattr(stream, 'write', None)
    if write is None and (stream is sys.stderr or stream is sys.stdout):
        print(text, end='', file=stream)
    else:
        stream.write(text)


def _write(stream, text):
    """Write `text` to `stream` in one write (replacing exception markers, see above)."""
    if _EXC_OPEN not in text:
        _plain_write(stream, text)
        return
    to_stderr = stream is sys.stderr
    pieces = text.split(_EXC_OPEN)
    out = pieces[0]
    for piece in pieces[1:]:
        key, _, rest = piece.partition(_EXC_CLOSE)
        exc = _exc_markers.get(key)
        if to_stderr and exc is not None:
            # The printed traceback ends with a newline that the text has kept out.
            if out:
                _plain_write(stream, out)
            _thread._print_exception(exc)
            if rest[:1] == '\n':
                rest = rest[1:]
            out = rest
        elif exc is not None:
            out = out + _exception_last_line(exc) + rest
        else:
            out = out + 'NoneType: None' + rest
    if out:
        _plain_write(stream, out)


def _stream_name(stream):
    if stream is sys.stderr:
        return '<stderr>'
    if stream is sys.stdout:
        return '<stdout>'
    return getattr(stream, 'name', '')


# ---------------------------------------------------------------------------
#   The logging record
# ---------------------------------------------------------------------------

def _basename(path):
    """os.path.basename (posix)."""
    return path[path.rfind('/') + 1:]


def _splitext(path):
    """os.path.splitext (posix): the root and the extension of a file name."""
    dot = path.rfind('.')
    sep = path.rfind('/')
    if dot > sep:
        # A leading dot (".profile") is not an extension.
        start = sep + 1
        while start < dot and path[start] == '.':
            start += 1
        if start < dot:
            return path[:dot], path[dot:]
    return path, ''


def _is_mapping(value):
    return isinstance(value, dict) or (hasattr(value, 'keys') and hasattr(value, '__getitem__'))


class LogRecord(object):
    """A LogRecord instance represents an event being logged.

    It is created every time something is logged and carries everything about the event: the
    logger's name, the level, the message and its arguments, where the call was made, when,
    in which thread and process.
    """

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # A dictionary as the only argument: logging.debug("a %(a)d", {'a': 1}).
        if (args and len(args) == 1 and _is_mapping(args[0]) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _basename(pathname)
            self.module = _splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None      # used to cache the traceback text
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
        if logProcesses:
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                     self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message: str(msg) % args when there are arguments."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args  # cpython-line: logging/__init__.py:377
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Set the factory used to create LogRecords."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the factory used to create LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a LogRecord whose attributes are defined by the given dictionary."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    for key in dict:
        setattr(rv, key, dict[key])
    return rv


# ---------------------------------------------------------------------------
#   Formatter classes and functions
# ---------------------------------------------------------------------------

def _is_word_char(c):
    return c.isalnum() or c == '_'


def _has_percent_field(fmt):
    """Whether fmt has a field like %(name)s (CPython's PercentStyle.validation_pattern)."""
    i = fmt.find('%(')
    while i >= 0:
        j = i + 2
        while j < len(fmt) and _is_word_char(fmt[j]):
            j += 1
        if j > i + 2 and j < len(fmt) and fmt[j] == ')':
            j += 1
            while j < len(fmt) and fmt[j] in '#0+ -':
                j += 1
            if j < len(fmt) and fmt[j] == '*':
                j += 1
            else:
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
            if j < len(fmt) and fmt[j] == '.':
                k = j + 1
                if k < len(fmt) and fmt[k] == '*':
                    k += 1
                else:
                    while k < len(fmt) and fmt[k].isdigit():
                        k += 1
                if k > j + 1:
                    j = k
            if j < len(fmt) and fmt[j] in 'diouxefgcrsaDIOUXEFGCRSA%':
                return True
        i = fmt.find('%(', i + 1)
    return False


def _with_defaults(defaults, record):
    values = record.__dict__
    if defaults:
        merged = dict(defaults)
        merged.update(values)
        values = merged
    return values


class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Validate the input format, ensure it matches the correct style"""
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        values = _with_defaults(self._defaults, record)
        return self._fmt % values  # cpython-line: logging/__init__.py:445

    def format(self, record):
        try:
            return self._format(record)  # cpython-line: logging/__init__.py:449
        except KeyError as e:
            e = _missing_key(self._fmt, _with_defaults(self._defaults, record), e)
            raise ValueError('Formatting field not found in record: %s' % e)  # cpython-line: logging/__init__.py:451


def _missing_key(fmt, values, error):
    """The KeyError for the first %(name) field of fmt that values lacks (the VM's own
    KeyError from str % dict carries the key's repr instead of the key)."""
    i = fmt.find('%(')
    while i >= 0:
        j = fmt.find(')', i)
        if j < 0:
            break
        if fmt[i + 2:j] not in values:
            return KeyError(fmt[i + 2:j])
        i = fmt.find('%(', j)
    return error


def _format_fields(fmt):
    """The (field name, conversion) pairs of a str.format string (string.Formatter.parse)."""
    fields = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = fmt[i + 1:j - 1]
            conversion = None
            spec = ''
            k = 0
            while k < len(field) and field[k] not in '!:':
                if field[k] == '[':
                    while k < len(field) and field[k] != ']':
                        k += 1
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest[:1] == '!':
                conversion = rest[1:2]
                rest = rest[2:]
                if rest and rest[0] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if rest[:1] == ':':
                spec = rest[1:]
            fields.append((name, conversion, spec))
            i = j
        elif c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            i += 1
    return fields


def _valid_field_name(name):
    """CPython's StrFormatStyle.field_spec: ^(\\d+|\\w+)(\\.\\w+|\\[[^]]+\\])*$"""
    i = 0
    n = len(name)
    while i < n and _is_word_char(name[i]):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and _is_word_char(name[j]):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            i = j + 1
        else:
            return False
    return True


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        values = _with_defaults(self._defaults, record)
        return self._fmt.format(**values)  # cpython-line: logging/__init__.py:467

    def validate(self):
        """Validate the input format, ensure it is the correct string formatting style"""
        fields = []
        try:
            for fieldname, conversion, spec in _format_fields(self._fmt):
                if fieldname:
                    if not _valid_field_name(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    fields.append(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


def _is_id_start(c):
    """string.Template's identifiers are ASCII: [_a-z][_a-z0-9]*, any case."""
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


def _template_parts(template):
    """Split a string.Template into literal text and ('name', col) / ('$', col) / ('!', col)."""
    parts = []
    i = 0
    n = len(template)
    text_start = 0
    while i < n:
        if template[i] != '$':
            i += 1
            continue
        if i > text_start:
            parts.append((None, template[text_start:i], i))
        j = i + 1
        if j < n and template[j] == '$':
            parts.append(('$', '$', i))
            i = j + 1
        elif j < n and _is_id_start(template[j]):
            k = j
            while k < n and _is_id_char(template[k]):
                k += 1
            parts.append(('name', template[j:k], i))
            i = k
        elif j < n and template[j] == '{':
            k = j + 1
            while k < n and _is_id_char(template[k]):
                k += 1
            name = template[j + 1:k]
            if (k < n and template[k] == '}' and name
                    and _is_id_start(name[0])):
                parts.append(('name', name, i))
                i = k + 1
            else:
                parts.append(('!', '$', i))
                i = j
        else:
            parts.append(('!', '$', i))
            i = j
        text_start = i
    if text_start < n:
        parts.append((None, template[text_start:], n))
    return parts


def _template_substitute(template, values):
    out = []
    for kind, text, col in _template_parts(template):
        if kind is None or kind == '$':
            out.append(text)
        elif kind == 'name':
            out.append(str(values[text]))
        else:
            before = template[:col]
            lineno = before.count('\n') + 1
            colno = col - (before.rfind('\n') + 1) + 1
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
    return ''.join(out)


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fields = []
        for kind, text, col in _template_parts(self._fmt):
            if kind == 'name':
                fields.append(text)
            elif kind == '!':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return _template_substitute(self._fmt, _with_defaults(self._defaults, record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Formatter instances convert a LogRecord to text.

    The format string uses the record's attributes: %(name)s, %(levelno)s, %(levelname)s,
    %(pathname)s, %(filename)s, %(module)s, %(lineno)d, %(funcName)s, %(created)f,
    %(asctime)s, %(msecs)d, %(relativeCreated)d, %(thread)d, %(threadName)s, %(process)d,
    %(processName)s and %(message)s.
    """

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                             _STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()

        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """Return the creation time of the record as text: time.strftime(datefmt) of
        self.converter(record.created), or default_time_format with the milliseconds added
        by default_msec_format."""
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """Format the exception information ei (type, value, traceback) as text."""
        global _exc_counter
        exc = ei[1]
        native = getattr(_thread, '_format_exception', None)
        if native is not None and exc is not None:
            s = native(exc)
        else:
            # See _write: the traceback is printed when the text reaches sys.stderr.
            _exc_counter += 1
            key = str(_exc_counter)
            _exc_markers[key] = exc
            s = _EXC_OPEN + key + _EXC_CLOSE
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Check if the format uses the creation time of the record."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)  # cpython-line: logging/__init__.py:659

    def formatStack(self, stack_info):
        """Format stack information (the base version returns it unchanged)."""
        return stack_info

    def format(self, record):
        """Format the record: compute record.message (and record.asctime when the format
        uses it), fill the format string, then append the exception and stack text."""
        record.message = record.getMessage()  # cpython-line: logging/__init__.py:687
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)  # cpython-line: logging/__init__.py:690
        if record.exc_info:
            # Cache the traceback text to avoid converting it multiple times.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """A formatter suitable for formatting a number of records."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------
#   Filter classes and functions
# ---------------------------------------------------------------------------

class Filter(object):
    """Filter by logger name: Filter('A.B') lets through records of 'A.B', 'A.B.C', ...
    but not 'A.BB' or 'B.A.B'. The empty name lets everything through."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return (record.name[self.nlen] == ".")


class Filterer(object):
    """The base class of loggers and handlers: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Add the specified filter to this handler."""
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Remove the specified filter from this handler."""
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether the record passes every filter (an object with .filter or a callable)."""
        rv = True
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                rv = False
                break
        return rv


# ---------------------------------------------------------------------------
#   Handler classes and functions
# ---------------------------------------------------------------------------

_handlers = {}        # handler names to handlers
_handlerList = []     # every handler, in the order created (for shutdown)


def _addHandlerRef(handler):
    _acquireLock()
    try:
        _handlerList.append(handler)
    finally:
        _releaseLock()


class Handler(Filterer):
    """Handler instances dispatch logging events to specific destinations."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        # Add the handler to the global _handlerList (for cleanup on shutdown)
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _acquireLock()
        try:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self
        finally:
            _releaseLock()

    name = property(get_name, set_name)

    def createLock(self):
        """Acquire a thread lock for serializing access to the underlying I/O."""
        self.lock = threading.RLock()

    def acquire(self):
        """Acquire the I/O thread lock."""
        if self.lock:
            self.lock.acquire()

    def release(self):
        """Release the I/O thread lock."""
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Set the logging level of this handler. level must be an int or a str."""
        self.level = _checkLevel(level)

    def format(self, record):
        """Format the record with this handler's formatter (or the module's default one)."""
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)  # cpython-line: logging/__init__.py:953

    def emit(self, record):
        """Do whatever it takes to actually log the record (subclasses define it)."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record if the handler's filters pass it, holding the handler's lock."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        """Set the formatter for this handler."""
        self.formatter = fmt

    def flush(self):
        """Ensure all logging output has been flushed (nothing to do here)."""
        pass

    def close(self):
        """Tidy up any resources used by the handler."""
        _acquireLock()
        try:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]
        finally:
            _releaseLock()

    def handleError(self, record):
        """Report an exception raised during emit() on sys.stderr (if raiseExceptions)."""
        if raiseExceptions and sys.stderr:
            exc = _thread._current_exception()
            _write(sys.stderr, '--- Logging error ---\n')
            if exc is not None:
                _thread._print_exception(exc)
            _write(sys.stderr, 'Call stack:\n')
            stack = _thread._format_stack()
            if stack:
                _write(sys.stderr, stack)
            else:
                _write(sys.stderr, 'Logged from file %s, line %s\n' % (
                                   record.filename, record.lineno))
            try:
                _write(sys.stderr, 'Message: %r\n'
                                   'Arguments: %s\n' % (record.msg,
                                                        record.args))
            except RecursionError:
                raise
            except Exception:
                _write(sys.stderr, 'Unable to print the message and arguments'
                                   ' - possible formatting error.\nUse the'
                                   ' traceback above to help find the error.\n')

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """A handler that writes formatted records to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        """Flushes the stream."""
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        """Format the record and write it, with the terminator, in a single write."""
        try:
            msg = self.format(record)  # cpython-line: logging/__init__.py:1110
            stream = self.stream
            # One write, as CPython does (issue 35046), so lines cannot tear between threads.
            _write(stream, msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Set the stream; return the old one, or None if it was the same."""
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.acquire()
            try:
                self.flush()
                self.stream = stream
            finally:
                self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = str(_stream_name(self.stream))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    """Writing log records to files is not simulated."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        raise NotImplementedError("not supported by Interleave: logging to files "
                                  "(FileHandler, basicConfig(filename=...))")


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when a record is emitted."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---------------------------------------------------------------------------
#   Manager classes and functions
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a logger name that has no logger yet (e.g. 'a' when
    only 'a.b' exists)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Set the class used to create loggers (a subclass of Logger)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class used to create loggers."""
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Get a logger with the specified name, creating it (and fixing up the hierarchy)
        if needed."""
        rv = None
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        _acquireLock()
        try:
            if name in self.loggerDict:
                rv = self.loggerDict[name]
                if isinstance(rv, PlaceHolder):
                    ph = rv
                    rv = (self.loggerClass or _loggerClass)(name)
                    rv.manager = self
                    self.loggerDict[name] = rv
                    self._fixupChildren(ph, rv)
                    self._fixupParents(rv)
            else:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        finally:
            _releaseLock()
        return rv

    def setLoggerClass(self, klass):
        """Set the class used to create loggers with this manager."""
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Make sure the ancestors of the logger exist (or have placeholders) and set its
        parent to the nearest existing one."""
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """Make the new logger the parent of the loggers its placeholder stood for."""
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        """Clear the isEnabledFor caches of every logger."""
        _acquireLock()
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()
        _releaseLock()


# ---------------------------------------------------------------------------
#   Logger classes and functions
# ---------------------------------------------------------------------------

class Logger(Filterer):
    """A logging channel, named in a dotted hierarchy ("input", "input.csv").

    A record logged on a logger goes to its handlers and then, while propagate is true, to
    the handlers of its ancestors up to the root logger.
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Set the logging level of this logger. level must be an int or a str."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'DEBUG'."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'INFO'."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'WARNING'."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _thread._warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'ERROR'."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log 'msg % args' with severity 'ERROR', with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log 'msg % args' with severity 'CRITICAL'."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Don't use this method, use critical() instead."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log 'msg % args' with the integer severity 'level'."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Find the program line that called the logging function: (file, line, function,
        stack info)."""
        fn, lno, func = _thread._caller(stacklevel)
        return fn, lno, func, None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """A factory method which can be overridden in subclasses to create
        specialized LogRecords."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func,
                               sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Create a LogRecord and pass it to the handlers."""
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc = _thread._current_exception()
                if exc is None:
                    exc_info = (None, None, None)
                else:
                    exc_info = (type(exc), exc, None)
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers, unless this logger is disabled or filters it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Add the specified handler to this logger."""
        _acquireLock()
        try:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)
        finally:
            _releaseLock()

    def removeHandler(self, hdlr):
        """Remove the specified handler from this logger."""
        _acquireLock()
        try:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)
        finally:
            _releaseLock()

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        """Give the record to the handlers of this logger and of its ancestors while
        propagate is true; with no handler at all, to lastResort."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None    # break out
            else:
                c = c.parent
        if (found == 0):
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                _write(sys.stderr, "No handlers could be found for logger"
                                   " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first non-zero level of this logger and its ancestors (NOTSET if none)."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Is this logger enabled for level 'level'?"""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            _acquireLock()
            try:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (
                        level >= self.getEffectiveLevel()
                    )
            finally:
                _releaseLock()
            return is_enabled

    def getChild(self, suffix):
        """getLogger('abc').getChild('def.ghi') is getLogger('abc.def.ghi')."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    """The root of the hierarchy: named "root", and it always has a level."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add contextual information (extra) to every record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Put self.extra into the keyword arguments of the logging call."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _thread._warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration classes and functions
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Do basic configuration for the logging system: if the root logger has no handlers
    (or force=True), add a StreamHandler (stream=, default sys.stderr) or the given
    handlers=, with a Formatter built from format=, datefmt= and style=, and set level=."""
    _acquireLock()
    try:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(
                                 _STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)
    finally:
        _releaseLock()


# ---------------------------------------------------------------------------
# Utility functions at module level.
# Basically delegate everything to the root logger.
# ---------------------------------------------------------------------------

def getLogger(name=None):
    """Return a logger with the specified name, creating it if necessary.

    If no name is specified, return the root logger.
    """
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log a message with severity 'CRITICAL' on the root logger (configuring it with
    basicConfig() first if it has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """Don't use this function, use critical() instead."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log a message with severity 'ERROR' on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log a message with severity 'ERROR' on the root logger, with the exception being
    handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log a message with severity 'WARNING' on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _thread._warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log a message with severity 'INFO' on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log a message with severity 'DEBUG' on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log 'msg % args' with the integer severity 'level' on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Disable all logging calls of severity 'level' and below."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, most recently created first."""
    for h in reversed(handlerList[:]):
        try:
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


class NullHandler(Handler):
    """A handler that does nothing: libraries add it so that their loggers have a handler
    and lastResort stays quiet."""

    def handle(self, record):
        """Stub."""

    def emit(self, record):
        """Stub."""

    def createLock(self):
        self.lock = None
