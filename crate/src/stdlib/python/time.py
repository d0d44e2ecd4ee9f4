"""time: clocks that read Interleave's virtual clock; sleep() is a timer, not a busy wait."""

from _time import time, time_ns, monotonic, monotonic_ns, sleep

perf_counter = monotonic
perf_counter_ns = monotonic_ns


def process_time():
    return monotonic() - 11409.858182271


def thread_time():
    return monotonic() - 11409.858182271
