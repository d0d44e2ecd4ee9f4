"""subprocess: child processes, simulated on the virtual clock.

There is no operating system under Interleave: a child is a call to the command simulator
(`_subprocess.run_command`, echo/cat/sleep/sort/openssl ...), which says what the child writes,
its exit status and how long it runs. A Popen starts at the current virtual time and finishes at
start + duration; its output is computed as soon as its input is known (at once unless stdin is a
PIPE; when stdin is closed or communicate() is called otherwise; in a pipeline the downstream
reads the upstream's output and finishes no earlier than it). wait() and communicate() sleep on
the virtual clock until the finish time (or the timeout), and poll() compares the clock with it,
so ten `sleep 1` children started together finish in about one virtual second.

Lines marked `# cpython-line: N` are shown in tracebacks as CPython's subprocess.py line N.
"""

import _subprocess
from _time import sleep as _sleep

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {15: 'SIGTERM', 9: 'SIGKILL', 2: 'SIGINT', 1: 'SIGHUP', 6: 'SIGABRT', 13: 'SIGPIPE'}

# What starting a child costs the parent (fork + exec): half a millisecond of virtual time.
_SPAWN_NS = 500_000

_next_pid = [4243]


class SubprocessError(Exception): pass


def _vm_gap_message(exc):
    """VM gap: an uncaught exception's traceback line shows str(args) and does not call a
    class's own __str__, so the message CPython prints is stored as the only argument.
    (CPython's `args` here would be the constructor's arguments.)"""
    exc.args = (exc.__str__(),)


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr
        _vm_gap_message(self)

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (
                        self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (
                    self.cmd, name, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (
                    self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process."""
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr
        _vm_gap_message(self)

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)  # cpython-line: 391
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)  # cpython-line: 408
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)  # cpython-line: 413
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')  # cpython-line: 454

    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty

    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,  # cpython-line: 466
               **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run()."""
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,  # cpython-line: 502
                                     self.stderr)


def run(*popenargs,
        input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')  # cpython-line: 538
        kwargs['stdin'] = PIPE

    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '  # cpython-line: 543
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:  # cpython-line: 548
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)  # cpython-line: 550
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,  # cpython-line: 571
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string (MS C runtime rules)."""
    result = []
    needquote = False
    for arg in seq:
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)


def _split_shell(cmd):
    """A command line for `shell=True`, split on whitespace and simple quotes."""
    words = []
    cur = []
    quote = None
    have = False
    for c in cmd:
        if quote:
            if c == quote:
                quote = None
            else:
                cur.append(c)
        elif c == "'" or c == '"':
            quote = c
            have = True
        elif c == ' ' or c == '\t' or c == '\n':
            if cur or have:
                words.append(''.join(cur))
                cur = []
                have = False
        else:
            cur.append(c)
    if cur or have:
        words.append(''.join(cur))
    return words


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _now():
    return _subprocess.now_ns()


def _sleep_until(deadline):
    """Block this thread until the virtual clock reaches `deadline` (ns)."""
    while True:
        now = _now()
        if now >= deadline:
            return
        _sleep((deadline - now) / 1e9)


class _Pipe:
    """The parent's end of a child's stdout or stderr (`proc.stdout`): reading waits on the
    virtual clock until the child has finished, then gives everything it wrote."""

    def __init__(self, proc, which):
        self._proc = proc
        self._which = which
        self._taken = False
        self.closed = False

    def _data(self):
        proc = self._proc
        proc._ensure_input()
        _sleep_until(proc._finish)
        proc._reap()
        if self._taken:
            return proc._empty()
        self._taken = True
        data = proc._out if self._which == 1 else proc._err
        return proc._convert(data)

    def read(self, size=-1):
        if self.closed:
            raise ValueError('read of closed file')
        return self._data()

    def readline(self):
        if self.closed:
            raise ValueError('readline of closed file')
        data = self._data()
        nl = '\n' if isinstance(data, str) else b'\n'
        i = data.find(nl)
        if i >= 0 and i + 1 < len(data):
            self._taken = False
            rest = data[i + 1:]
            self._proc._putback(self._which, rest)
            return data[:i + 1]
        return data

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        # A generator, so the wait for the child runs in a Python frame (which may block).
        for line in self.readlines():
            yield line

    def close(self):
        self.closed = True

    def fileno(self):
        return 3 + 2 * self._proc.pid % 100 + self._which

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _StdinPipe:
    """The parent's end of a child's stdin (`proc.stdin`): what is written is what the child
    reads; closing it is the child's end of input."""

    def __init__(self, proc):
        self._proc = proc
        self._chunks = []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        if self._proc._text:
            if not isinstance(data, str):
                raise TypeError('write() argument must be str, not %s' % type(data).__name__)
            data = data.encode(self._proc.encoding or 'utf-8', self._proc.errors or 'strict')
        elif not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._chunks.append(bytes(data))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file')

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc._set_input(b''.join(self._chunks))

    def fileno(self):
        return 4 + 2 * self._proc.pid % 100

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _print_child(data, stream):
    """A child's output that goes to the parent's own stdout or stderr."""
    if not data:
        return
    import sys
    text = data.decode('utf-8', 'replace')
    if stream == 2:
        print(text, end='', file=sys.stderr, flush=True)
    else:
        print(text, end='', flush=True)


class Popen:
    """Execute a child program in a new (simulated) process."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")  # cpython-line: 835
        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '  # cpython-line: 871
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        self._text = bool(self.text_mode)
        self._stdin_arg = stdin
        self._stdout_arg = stdout
        self._stderr_arg = stderr
        self._input = None
        self._input_time = None
        self._upstream = None
        self._out = b''
        self._err = b''
        self._code = None
        self._finish = None
        self._killed = False
        self._communication_started = False
        self._execute_child(args, executable, preexec_fn, close_fds,  # cpython-line: 1026
                            pass_fds, cwd, env, shell)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        if self.stdin:
            self.stdin.close()
        if exc_type is None or self.returncode is None:
            self.wait()

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env, shell):
        if isinstance(args, (str, bytes)):
            if isinstance(args, bytes):
                args = args.decode()
            if shell:
                argv = _split_shell(args)
            else:
                argv = [args]
        else:
            argv = []
            for a in args:
                if isinstance(a, bytes):
                    a = a.decode()
                argv.append(a)
        if executable is not None:
            argv = [executable] + argv[1:]
        self._argv = argv
        if env is None:
            # Children inherit the parent's os.environ, changes included.
            import os as _os
            env = _os.environ
        self._env = [(k, v) for k, v in env.items()]
        err = _subprocess.spawn_error(argv)
        _sleep(_SPAWN_NS / 1e9)
        if err is not None:
            errno_num = getattr(err, 'errno', 0)
            err_msg = getattr(err, 'strerror', '')
            err_filename = getattr(err, 'filename', None)
            child_exception_type = _prebuilt(err)
            raise child_exception_type(errno_num, err_msg, err_filename)  # cpython-line: 1950
        self.pid = _next_pid[0]
        _next_pid[0] += 1
        self._start = _now()

        stdin = self._stdin_arg
        if stdin == PIPE:
            self.stdin = _StdinPipe(self)
        elif isinstance(stdin, _Pipe):
            self._upstream = stdin
        elif stdin is None or stdin == DEVNULL:
            self._set_input(b'')
        else:
            # A file object or descriptor: nothing to read in the simulation.
            self._set_input(b'')
        if self._stdout_arg == PIPE:
            self.stdout = _Pipe(self, 1)
        if self._stderr_arg == PIPE:
            self.stderr = _Pipe(self, 2)
        if self._upstream is not None:
            self._try_upstream()

    def _try_upstream(self):
        """For a pipeline: compute this child's output once the upstream's is known."""
        up = self._upstream._proc
        if up._finish is None:
            return False
        if self._upstream._taken:
            data = b''
        else:
            self._upstream._taken = True
            data = up._out
        self._set_input(data, up._finish)
        return True

    def _set_input(self, data, at=None):
        """The child's whole input is known (at virtual time `at`): run it."""
        if self._finish is not None:
            return
        if at is None:
            at = _now()
        out, err, code, duration = _subprocess.run_command(self._argv, self._env, data)
        if self._stderr_arg == STDOUT:
            out = out + err
            err = b''
        self._out = out
        self._err = err
        self._code = code
        begin = self._start if self._start > at else at
        self._finish = begin + duration
        if self._stdout_arg is None:
            _print_child(out, 1)
        if self._stderr_arg is None:
            _print_child(err, 2)

    def _ensure_input(self):
        """Before blocking on the child: a stdin nobody closed is taken as closed now, and a
        pipeline's upstream is settled first."""
        if self._finish is not None:
            return
        if self._upstream is not None:
            up = self._upstream._proc
            up._ensure_input()
            if not self._try_upstream():
                self._set_input(b'')
            return
        if self.stdin is not None:
            self.stdin.close()
        self._set_input(b'')

    def _reap(self):
        if self.returncode is None:
            self.returncode = self._code
        return self.returncode

    def _empty(self):
        return '' if self._text else b''

    def _convert(self, data):
        if not self._text:
            return data
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def _putback(self, which, rest):
        data = rest.encode(self.encoding or 'utf-8', self.errors or 'strict') if isinstance(rest, str) else rest
        if which == 1:
            self._out = data
        else:
            self._err = data

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is not None:
            return self.returncode
        if self._finish is None and self._upstream is not None:
            self._try_upstream()
        if self._finish is not None and _now() >= self._finish:
            return self._reap()
        return None

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        return self._wait(timeout=timeout)  # cpython-line: 1264

    def _wait(self, timeout):
        self._ensure_input()
        if timeout is not None:
            deadline = _now() + round(timeout * 1e9)
            if deadline < self._finish:
                _sleep_until(deadline)
                raise TimeoutExpired(self.args, timeout)  # cpython-line: 2038
        _sleep_until(self._finish)
        return self._reap()

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")  # cpython-line: 1184
        if timeout is not None:
            endtime = _now() + round(timeout * 1e9)
        else:
            endtime = None
        stdout, stderr = self._communicate(input, endtime, timeout)  # cpython-line: 1209
        self._communication_started = True
        return (stdout, stderr)

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        else:
            return (endtime - _now()) / 1e9

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        """Convenience for checking if a timeout has expired."""
        if endtime is None:
            return
        if skip_check_and_raise or _now() >= endtime:
            raise TimeoutExpired(  # cpython-line: 1253
                    self.args, orig_timeout,
                    output=b''.join(stdout_seq) if stdout_seq else None,
                    stderr=b''.join(stderr_seq) if stderr_seq else None)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin is not None and not self._communication_started:
            if input:
                self.stdin.write(input)
            self.stdin.close()
        self._ensure_input()
        if endtime is not None and endtime < self._finish:
            if self.stdout is not None or self.stderr is not None:
                # CPython's selector loop reads the pipes until the deadline, then reports
                # the timeout the caller passed. (What the child wrote before the deadline
                # is not known here, so `output` and `stderr` stay None.)
                stdout = None
                stderr = None
                _sleep_until(endtime)
                self._check_timeout(endtime, orig_timeout, stdout, stderr)  # cpython-line: 2109
            self.wait(timeout=self._remaining_time(endtime))  # cpython-line: 2134
        self.wait()
        stdout = None
        stderr = None
        if self.stdout is not None:
            stdout = self.stdout._data()
            self.stdout.close()
        if self.stderr is not None:
            stderr = self.stderr._data()
            self.stderr.close()
        return (stdout, stderr)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        if self._finish is None:
            self._set_input(b'')
        self.returncode = -sig
        self._code = -sig
        self._finish = _now()
        self._out = b''
        self._err = b''

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)


def _prebuilt(exc):
    """`raise child_exception_type(errno, strerror, filename)` for an exception the simulator
    has already built (the VM's OSError does not take those three arguments itself)."""
    def child_exception_type(*args):
        return exc
    return child_exception_type
