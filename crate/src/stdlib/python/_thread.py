"""_thread: the lock types and thread start, over the runtime's natives (see thread_module.rs)."""

error = RuntimeError


class lock:
    acquire = _acquire
    acquire_lock = _acquire
    __enter__ = _acquire
    release = _release
    release_lock = _release
    __exit__ = _exit
    locked = _locked
    locked_lock = _locked
    __repr__ = _repr


LockType = lock


def allocate_lock():
    return _new_lock(lock, 0)


allocate = allocate_lock


class RLock:
    acquire = _acquire
    __enter__ = _acquire
    release = _release
    __exit__ = _exit
    _is_owned = _is_owned
    _release_save = _release_save
    _acquire_restore = _acquire_restore
    _recursion_count = _recursion_count
    __repr__ = _repr


def _rlock():
    return _new_lock(RLock, 1)


def _waiter_lock():
    return _new_lock(lock, 2)


def _end_lock():
    return _new_lock(lock, 3)
