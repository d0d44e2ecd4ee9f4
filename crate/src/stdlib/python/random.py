"""random: CPython 3.11's random module, with the same sequences and messages.

This is CPython's Lib/random.py over the native generator in _random (a Mersenne Twister that
reproduces CPython's bit for bit, see stdlib/random_module.rs). The same seed gives the same
random(), getrandbits(), randrange(), randint(), choice(), shuffle(), sample(), choices() and
distributions as CPython 3.11. Checks and raise lines are CPython's (lines marked
"cpython-line" show in tracebacks as CPython's own file does); the hot paths of the base class
call natives that consume the generator exactly as this Python code would.

One deliberate difference: CPython seeds an unseeded generator (Random(), seed(), seed(None))
from the operating system, so every run differs. Interleave seeds it from the run's seed
(--seed N, default 0), so a run is a pure function of program and seed: the k-th unseeded
seeding in a run (counting from 0; the module's hidden instance is the first) is
seed(run_seed + k * 2**64). An unseeded random.random() therefore gives what
random.seed(run_seed); random.random() gives.

Not provided: SystemRandom (it reads the OS entropy source, which a deterministic run cannot
have). randbytes() and bytes/bytearray seeds work as in CPython.
"""

import _random
from _thread import _warn as _thread_warn
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, tau as TWOPI, floor as _floor
from itertools import accumulate as _accumulate, repeat as _repeat
from collections import deque as _deque

_cos = _random._cos
_sin = _random._sin
_acos = _random._acos
_isfinite = _random._isfinite

__all__ = [
    "Random",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # Number of bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _warn(message, category, stacklevel=1):
    _thread_warn(message, category)


def _index(x):
    """operator.index: ints (and bools) as they are, else __index__, else TypeError."""
    if isinstance(x, int):
        return x
    method = getattr(type(x), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return method(x)


def _is_sequence(x):
    """isinstance(x, collections.abc.Sequence) for the types Interleave has."""
    return isinstance(x, (list, tuple, str, range, _deque))


def _bisect(a, x, lo=0, hi=None):
    """bisect.bisect_right."""
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


# Per class: (random() is the native one, _randbelow is the native one). CPython decides
# _randbelow in __init_subclass__; Interleave does it on a class's first use.
_KINDS = {}


def _kind(self):
    cls = type(self)
    kind = _KINDS.get(cls)
    if kind is None:
        native_random = True
        native_below = True
        for c in cls.__mro__:
            if c is Random:
                break
            if 'random' in c.__dict__:
                native_random = False
        for c in cls.__mro__:
            if c is Random:
                break
            if '_randbelow' in c.__dict__:
                native_below = False
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                native_below = False
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                native_below = False
                break
        kind = (native_random, native_below)
        _KINDS[cls] = kind
    return kind


class Random:
    """Random number generator base class used by bound module functions.

    Used to instantiate instances of Random to get generators that don't
    share state.

    Class Random can also be subclassed if you want to use a different basic
    generator of your own devising: in that case, override the following
    methods:  random(), seed(), getstate(), and setstate().
    Optionally, implement a getrandbits() method so that randrange()
    can cover arbitrarily large ranges.

    """

    VERSION = 3     # used by getstate/setstate

    random = _random.random
    getrandbits = _random.getrandbits
    gauss_next = property(_random._get_gauss_next, _random._set_gauss_next)

    def __init__(self, x=None):
        """Initialize an instance.

        Optional argument x controls seeding, as for Random.seed().
        """

        if type(self) is not Random:
            _kind(self)
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        The supported seed types are None, int, float, str, bytes and bytearray.
        None or no argument seeds from the run's seed (see the module docstring).
        """

        if not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'  # cpython-line: 160
                            'int, float, str, bytes, and bytearray.')
        _random._seed(self, a, 1 if version == 1 else 2 if version == 2 else 0)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, _random._getstate(self), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, gauss_next = state
            self.gauss_next = gauss_next
            _random._setstate(self, internalstate)
        elif version == 2:
            version, internalstate, gauss_next = state
            self.gauss_next = gauss_next
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            _random._setstate(self, internalstate)
        else:
            raise ValueError("state with version %s passed to "  # cpython-line: 188
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def __getstate__(self):  # for pickle
        return self.getstate()

    def __setstate__(self, state):  # for pickle
        self.setstate(state)

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')  # cpython-line: 279

    ## ---- internal support method for evenly distributed integers ----

    def _randbelow_with_getrandbits(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."

        getrandbits = self.getrandbits
        k = n.bit_length()  # don't use (n-1) here because n can be 1
        r = getrandbits(k)  # 0 <= r < 2**k
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1<<BPF):
        """Return a random int in the range [0,n).  Defined for n > 0.

        The implementation does not use getrandbits, but only random.
        """

        random = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                "enough bits to choose from a population range this large.\n"
                "To remove the range limitation, add a getrandbits() method.", UserWarning)
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize   # int(limit * maxsize) % n == 0
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    # The same as _randbelow_with_getrandbits over the native getrandbits.
    _randbelow = _random._randbelow

    ## -------------------- integer methods  -------------------

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(stop) or range(start, stop[, step]).

        Roughly equivalent to ``choice(range(start, stop, step))`` but
        supports arbitrarily large ranges and is optimized for common cases.

        """

        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                _warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 2)
                raise ValueError("non-integer arg 1 for randrange()")  # cpython-line: 301
            _warn('non-integer arguments to randrange() have been deprecated '
                  'since Python 3.10 and will be removed in a subsequent '
                  'version',
                  DeprecationWarning, 2)
        if stop is None:
            # We don't check for "step != 1" because it hasn't been
            # type checked and converted to an integer yet.
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')  # cpython-line: 310
            if istart > 0:
                return self._randbelow(istart)  # cpython-line: 312
            raise ValueError("empty range for randrange()")  # cpython-line: 313

        # stop argument supplied.
        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                _warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 2)
                raise ValueError("non-integer stop for randrange()")  # cpython-line: 323
            _warn('non-integer arguments to randrange() have been deprecated '
                  'since Python 3.10 and will be removed in a subsequent '
                  'version',
                  DeprecationWarning, 2)
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                _warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 2)
                raise ValueError("non-integer step for randrange()")  # cpython-line: 336
            _warn('non-integer arguments to randrange() have been deprecated '
                  'since Python 3.10 and will be removed in a subsequent '
                  'version',
                  DeprecationWarning, 2)
        # Fast path.
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)  # cpython-line: 344
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))  # cpython-line: 345

        # Non-unit step argument supplied.
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")  # cpython-line: 353
        if n <= 0:
            raise ValueError("empty range for randrange()")  # cpython-line: 355
        return istart + istep * self._randbelow(n)  # cpython-line: 356

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points.
        """

        return self.randrange(a, b+1)  # cpython-line: 362

    ## -------------------- sequence methods  -------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""

        if not len(seq):  # cpython-line: 372
            raise IndexError('Cannot choose from an empty sequence')  # cpython-line: 373
        return seq[self._randbelow(len(seq))]  # cpython-line: 374

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""

        if type(self) is Random or _kind(self)[1]:
            if _random._shuffle_list(self, x):
                return
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):  # cpython-line: 380
            # pick an element in x[:i+1] with which to exchange x[i]
            j = randbelow(i + 1)  # cpython-line: 382
            x[i], x[j] = x[j], x[i]  # cpython-line: 383

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence.

        Returns a new list containing elements from the population while
        leaving the original population unchanged.  The resulting list is
        in selection order so that all sub-slices will also be valid random
        samples.

        Repeated elements can be specified one at a time or with the optional
        counts parameter.  To choose a sample from a range of integers, use
        range() for the population argument.
        """

        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "  # cpython-line: 439
                            "For dicts or sets, use sorted(d).")
        n = len(population)  # cpython-line: 441
        if counts is not None:
            cum_counts = list(_accumulate(counts))  # cpython-line: 443
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')  # cpython-line: 445
            total = cum_counts.pop()  # cpython-line: 446
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')  # cpython-line: 448
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')  # cpython-line: 450
            selections = self.sample(range(total), k=k)  # cpython-line: 451
            bisect = _bisect
            return [population[bisect(cum_counts, s)] for s in selections]  # cpython-line: 453
        randbelow = self._randbelow
        if not 0 <= k <= n:  # cpython-line: 455
            raise ValueError("Sample larger than population or is negative")  # cpython-line: 456
        if type(k) is not int:
            result = [None] * k  # cpython-line: 457
        if type(self) is Random or _kind(self)[1]:
            return [population[j] for j in _random._sample(self, n, k)]
        result = [None] * k  # cpython-line: 457
        setsize = 21        # size of a small set minus size of an empty list
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))  # table size for big sets
        if n <= setsize:
            # An n-length list is smaller than a k-length set.
            # Invariant:  non-selected at pool[0 : n-i]
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)  # cpython-line: 467
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]  # move non-selected item into vacancy
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)  # cpython-line: 474
                while j in selected:
                    j = randbelow(n)  # cpython-line: 476
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.

        If the relative weights or cumulative weights are not specified,
        the selections are made with equal probability.

        """
        random = self.random
        n = len(population)  # cpython-line: 487
        fast = type(self) is Random or _kind(self)[0]
        if cum_weights is None:
            if weights is None:
                if fast and type(k) is int:
                    return [population[i] for i in _random._choices(self, n, None, k)]  # cpython-line: 492
                floor = _floor
                n += 0.0    # convert to float for a small speed improvement
                return [population[floor(random() * n)] for i in _repeat(None, k)]  # cpython-line: 492
            try:
                cum_weights = list(_accumulate(weights))  # cpython-line: 495
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(  # cpython-line: 500
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')  # cpython-line: 504
        if len(cum_weights) != n:  # cpython-line: 505
            raise ValueError('The number of weights does not match the population')  # cpython-line: 506
        total = cum_weights[-1] + 0.0   # convert to float  # cpython-line: 507
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')  # cpython-line: 509
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')  # cpython-line: 511
        if fast and type(k) is int:
            picked = _random._choices(self, n, cum_weights, k)
            if picked is not None:
                return [population[i] for i in picked]  # cpython-line: 514
        bisect = _bisect
        hi = n - 1
        return [population[bisect(cum_weights, random() * total, 0, hi)]  # cpython-line: 514
                for i in _repeat(None, k)]

    ## -------------------- real-valued distributions  -------------------

    def uniform(self, a, b):
        "Get a random number in the range [a, b) or [a, b] depending on rounding."
        return a + (b - a) * self.random()  # cpython-line: 522

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution.

        Continuous distribution bounded by given lower and upper limits,
        and having a given mode value in-between.

        http://en.wikipedia.org/wiki/Triangular_distribution

        """
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)  # cpython-line: 533
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)  # cpython-line: 540

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution.

        mu is the mean, and sigma is the standard deviation.

        """
        if type(self) is Random or _kind(self)[0]:
            x = _random._normalvariate(self, mu, sigma)
            if x is not None:
                return x
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma  # cpython-line: 563

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution.

        mu is the mean, and sigma is the standard deviation.  This is
        slightly faster than the normalvariate() function.

        Not thread-safe without a lock around calls.

        """
        if type(self) is Random or _kind(self)[0]:
            x = _random._gauss(self, mu, sigma)
            if x is not None:
                return x
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad

        return mu + z * sigma  # cpython-line: 601

    def lognormvariate(self, mu, sigma):
        """Log normal distribution.

        If you take the natural logarithm of this distribution, you'll get a
        normal distribution with mean mu and standard deviation sigma.
        mu can have any value, and sigma must be greater than zero.

        """
        if type(self) is Random or _kind(self)[0]:
            x = _random._lognormvariate(self, mu, sigma)
            if x is not None:
                return x
        return _exp(self.normalvariate(mu, sigma))  # cpython-line: 611

    def expovariate(self, lambd):
        """Exponential distribution.

        lambd is 1.0 divided by the desired mean.  It should be
        nonzero.  (The parameter would be called "lambda", but that is
        a reserved word in Python.)  Returned values range from 0 to
        positive infinity if lambd is positive, and from negative
        infinity to 0 if lambd is negative.

        """
        # lambd == 0 goes the Python way, so the ZeroDivisionError comes from CPython's line.
        if lambd and (type(self) is Random or _kind(self)[0]):
            x = _random._expovariate(self, lambd)
            if x is not None:
                return x
        return -_log(1.0 - self.random()) / lambd  # cpython-line: 628

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution.

        mu is the mean angle, expressed in radians between 0 and 2*pi, and
        kappa is the concentration parameter, which must be greater than or
        equal to zero.  If kappa is equal to zero, this distribution reduces
        to a uniform random angle over the range 0 to 2*pi.

        """
        if type(self) is Random or _kind(self)[0]:
            x = _random._vonmisesvariate(self, mu, kappa)
            if x is not None:
                return x
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()

        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)

        while True:
            u1 = random()
            z = _cos(_pi * u1)

            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break

        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI

        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!

        Conditions on the parameters are alpha > 0 and beta > 0.

        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')  # cpython-line: 689

        if type(self) is Random or _kind(self)[0]:
            x = _random._gammavariate(self, alpha, beta)
            if x is not None:
                return x
        random = self.random
        if alpha > 1.0:

            # Uses R.C.H. Cheng, "The generation of Gamma
            # variables with non-integral shape parameters",
            # Applied Statistics, (1977), 26, No. 1, p71-74

            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv

            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta

        elif alpha == 1.0:
            # expovariate(1/beta)
            return -_log(1.0 - random()) * beta

        else:
            # alpha is between 0 and 1 (exclusive)
            # Uses ALGORITHM GS of Statistical Computing - Kennedy & Gentle
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution.

        Conditions on the parameters are alpha > 0 and beta > 0.
        Returned values range between 0 and 1.

        """
        # Invalid parameters go the Python way, so gammavariate raises from its own line.
        if alpha > 0.0 and beta > 0.0 and (type(self) is Random or _kind(self)[0]):
            x = _random._betavariate(self, alpha, beta)
            if x is not None:
                return x
        y = self.gammavariate(alpha, 1.0)  # cpython-line: 754
        if y:
            return y / (y + self.gammavariate(beta, 1.0))  # cpython-line: 756
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        if alpha and (type(self) is Random or _kind(self)[0]):
            x = _random._paretovariate(self, alpha)
            if x is not None:
                return x
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)  # cpython-line: 769

    def weibullvariate(self, alpha, beta):
        """Weibull distribution.

        alpha is the scale parameter and beta is the shape parameter.

        """
        if beta and (type(self) is Random or _kind(self)[0]):
            x = _random._weibullvariate(self, alpha, beta)
            if x is not None:
                return x
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)  # cpython-line: 779


# ----------------------------------------------------------------------
# Create one instance, seeded from the run's seed, and export its methods
# as module-level functions.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
