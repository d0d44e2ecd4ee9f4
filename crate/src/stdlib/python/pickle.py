"""pickle: only its exceptions. Interleave copies values between simulated processes itself
(see multiprocessing); pickle.dumps and pickle.loads are not simulated."""


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'


def dumps(obj, protocol=None):
    raise NotImplementedError('not supported by Interleave: pickle.dumps')


def loads(data):
    raise NotImplementedError('not supported by Interleave: pickle.loads')
