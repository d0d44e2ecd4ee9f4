"""heapq: binary min-heaps kept in plain lists, as CPython 3.11's module.

heap[0] is always the smallest item: for every k, heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].
The five list operations (heappush, heappop, heapify, heapreplace, heappushpop) and the private
max-heap helpers are C functions in CPython (module _heapq); here they are Python with the same
comparisons in the same order, the same results and the C functions' error messages. merge,
nlargest and nsmallest follow CPython's pure-Python versions, so ties come out in the same order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(name, heap, several):
    """The C functions' type check of their heap argument."""
    if not isinstance(heap, list):
        which = "argument 1" if several else "argument"
        raise TypeError("%s() %s must be list, not %s" % (name, which, type(heap).__name__))


def _two_arguments(name, args, kwargs):
    """(heap, item) from a call of a two-argument C function, with its argument errors."""
    if kwargs:
        raise TypeError("_heapq.%s() takes no keyword arguments" % name)
    if len(args) != 2:
        raise TypeError("%s expected 2 arguments, got %d" % (name, len(args)))
    _check_list(name, args[0], True)
    return args


def _one_argument(name, args, kwargs):
    """The heap from a call of a one-argument C function, with its argument errors."""
    if kwargs:
        raise TypeError("_heapq.%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("_heapq.%s() takes exactly one argument (%d given)" % (name, len(args)))
    _check_list(name, args[0], False)
    return args[0]


def heappush(*args, **kwargs):
    """Push item onto heap, maintaining the heap invariant."""
    heap, item = _two_arguments("heappush", args, kwargs)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    heap = _one_argument("heappop", args, kwargs)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(*args, **kwargs):
    """Pop and return the current smallest value, and add the new item."""
    heap, item = _two_arguments("heapreplace", args, kwargs)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(*args, **kwargs):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    heap, item = _two_arguments("heappushpop", args, kwargs)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(*args, **kwargs):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    heap = _one_argument("heapify", args, kwargs)
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up towards startpos until its parent is not larger."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup(heap, pos):
    """Move the smaller child up until heap[pos]'s item reaches a leaf, then sift it back down
    (fewer comparisons than stopping early, as CPython does)."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    """_siftdown for a max-heap."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < newitem:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup_max(heap, pos):
    """_siftup for a max-heap."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heappop_max(heap):
    """heappop for a max-heap."""
    _check_list("_heappop_max", heap, False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """heapreplace for a max-heap."""
    _check_list("_heapreplace_max", heap, True)
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(heap):
    """heapify for a max-heap."""
    _check_list("_heapify_max", heap, False)
    for i in reversed(range(len(heap) // 2)):
        _siftup_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream, lazily (a generator).

    Like sorted(itertools.chain(*iterables)) but each input must already be sorted, and items are
    read only as they are needed. Equal items come out in the order of their inputs.
    """
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # Heap entries are [key, input order, value, iterator]; the input order breaks ties.
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        heap.append([value if key is None else key(value), order * direction, value, it])
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the n best seen so far in a max-heap of (key, arrival, elem): its top is the one
    # to drop next, and the arrival number keeps equal keys in input order.
    it = iter(iterable)
    if key is None:
        best = [(elem, i, elem) for i, elem in zip(range(n), it)]
    else:
        best = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not best:
        return []
    _heapify_max(best)
    top = best[0][0]
    order = n
    for elem in it:
        k = elem if key is None else key(elem)
        if k < top:
            _heapreplace_max(best, (k, order, elem))
            top = best[0][0]
            order += 1
    best.sort()
    return [elem for (k, order, elem) in best]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # A min-heap of the n best so far; arrival numbers count down so that, after the final
    # reverse sort, equal keys keep their input order.
    it = iter(iterable)
    if key is None:
        best = [(elem, i, elem) for i, elem in zip(range(0, -n, -1), it)]
    else:
        best = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not best:
        return []
    heapify(best)
    top = best[0][0]
    order = -n
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k:
            heapreplace(best, (k, order, elem))
            top = best[0][0]
            order -= 1
    best.sort(reverse=True)
    return [elem for (k, order, elem) in best]
