# OSError's subclasses, aliases and (errno, strerror[, filename]) arguments.
names = ['ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError',
         'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError',
         'FileNotFoundError', 'PermissionError', 'InterruptedError', 'BlockingIOError',
         'ChildProcessError', 'ProcessLookupError', 'IsADirectoryError',
         'NotADirectoryError', 'TimeoutError']
classes = [ConnectionError, BrokenPipeError, ConnectionAbortedError,
           ConnectionRefusedError, ConnectionResetError, FileExistsError,
           FileNotFoundError, PermissionError, InterruptedError, BlockingIOError,
           ChildProcessError, ProcessLookupError, IsADirectoryError,
           NotADirectoryError, TimeoutError]
for name, cls in zip(names, classes):
    print(name, cls.__name__, cls.__mro__[1].__name__, issubclass(cls, OSError), issubclass(cls, Exception))
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(BrokenPipeError, ConnectionError))

e = OSError(2, 'No such file or directory')
print(type(e).__name__, str(e), repr(e))
print(e.errno, e.strerror, e.filename, e.args)
e = OSError(2, 'No such file or directory', 'missing.txt')
print(type(e).__name__, str(e), repr(e), e.args)
print(e.errno, e.strerror, e.filename, e.filename2)
e = OSError(1, 'Operation not permitted', 'a', None, 'b')
print(type(e).__name__, str(e))
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 103, 99]:
    print(n, type(OSError(n, 'msg')).__name__)
e = OSError('just a message')
print(type(e).__name__, str(e), e.errno, e.strerror, e.args)
e = OSError()
print(repr(str(e)), e.errno)
e = OSError(1, 2, 3, 4, 5, 6)
print(str(e), e.errno)
e = FileNotFoundError(2, 'gone', 'f.txt')
print(type(e).__name__, e)
e = PermissionError('denied')
print(e, e.errno)
print(type(IOError(13, 'Permission denied')).__name__)

try:
    raise OSError(2, 'No such file or directory', 'x.cfg')
except FileNotFoundError as err:
    print('caught', err, err.filename)

try:
    raise ConnectionResetError(104, 'Connection reset by peer')
except ConnectionError as err:
    print('caught', type(err).__name__, err)


class MyOSError(OSError):
    pass


e = MyOSError(2, 'custom')
print(type(e).__name__, e, e.errno)


class WithInit(OSError):
    def __init__(self, path):
        super().__init__(2, 'not here', path)


e = WithInit('p.txt')
print(e, e.filename, e.args)
raise OSError(2, 'No such file or directory', 'final.txt')
