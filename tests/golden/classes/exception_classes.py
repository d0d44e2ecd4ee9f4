# User-defined exception hierarchies: args, str, repr, and except matching order.

class AppError(Exception):
    pass


class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(host, code)
        self.host = host
        self.code = code

    def __str__(self):
        return 'cannot reach %s (code %d)' % (self.host, self.code)


class TimeoutError2(NetworkError):
    pass


def fail(kind):
    if kind == 'app':
        raise AppError('generic failure')
    if kind == 'net':
        raise NetworkError('example.org', 503)
    if kind == 'timeout':
        raise TimeoutError2('slow.example', 504)
    if kind == 'empty':
        raise AppError
    raise KeyError(kind)


for kind in ['app', 'net', 'timeout', 'empty', 'other']:
    try:
        fail(kind)
    except TimeoutError2 as e:
        print('timeout:', e, e.args)
    except NetworkError as e:
        print('network:', e, '| host', e.host, '| repr', repr(e))
    except AppError as e:
        print('app:', repr(str(e)), e.args, repr(e))
    except (KeyError, IndexError) as e:
        print('lookup:', type(e).__name__, e)

print(issubclass(TimeoutError2, AppError), issubclass(AppError, Exception))
print(issubclass(TimeoutError2, NetworkError), issubclass(NetworkError, TimeoutError2))
e = AppError('a', 2, [3])
print(e, repr(e), e.args, str(AppError()), repr(AppError()))
print(isinstance(e, BaseException), isinstance(KeyError(), LookupError))
