"""os: the few process facts concurrency lessons ask for, simulated (a fixed pid, the virtual
machine's core count, random bytes from the run's seed)."""

from _os import getpid, getppid, cpu_count, urandom

name = 'posix'
sep = '/'
linesep = '\n'
