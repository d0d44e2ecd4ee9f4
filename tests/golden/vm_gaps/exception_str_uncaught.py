# Fails on purpose: an uncaught exception's last traceback line uses the class's __str__.
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self):
        return f'[{self.code}] {self.detail}'


class Quiet(Exception):
    def __str__(self):
        return ''


class OnlyRepr(Exception):
    def __repr__(self):
        return 'OnlyRepr!'


class Broken(Exception):
    def __str__(self):
        raise ValueError('no text')


try:
    raise AppError(404, 'not found')
except AppError as e:
    print('caught:', e, '|', repr(e), '|', e.args)
try:
    raise Quiet('hidden')
except Quiet as e:
    print('quiet:', repr(str(e)), e.args)
print('str ignores __repr__:', str(OnlyRepr('text')), repr(OnlyRepr('text')))


def fail():
    try:
        raise AppError(500, 'server exploded')
    except AppError:
        raise Broken('never shown')


fail()
