# finally blocks and __exit__ methods run before the uncaught traceback is printed.
# (stdout and stderr are captured separately, so only their own order is checked.)

class Guard:
    def __enter__(self):
        print('guard: enter')
        return self

    def __exit__(self, exc_type, exc, tb):
        print('guard: exit with', exc_type.__name__ if exc_type else None)
        return False


def work():
    with Guard():
        try:
            print('working')
            raise RuntimeError('work failed')
        finally:
            print('inner finally')


try:
    work()
finally:
    print('outer finally')
