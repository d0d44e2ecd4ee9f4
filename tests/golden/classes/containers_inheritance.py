# A small container hierarchy: shared behaviour in a base class, type(self).__name__ in repr.

class Container:
    def __init__(self, items=()):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        for item in self._items:
            yield item

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._items)

    def put(self, item):
        self._items.append(item)
        return self

    def take(self):
        raise NotImplementedError('subclasses decide the order')

class Stack(Container):
    def take(self):
        return self._items.pop()

class Queue(Container):
    def take(self):
        return self._items.pop(0)

class LimitedQueue(Queue):
    def __init__(self, limit, items=()):
        super().__init__(items)
        self.limit = limit

    def put(self, item):
        if len(self) >= self.limit:
            print('  full, dropping', item)
            return self
        return super().put(item)

# print() converts its arguments only after all of them are evaluated, so both
# reprs below show the container after the two take() calls.
for cls in [Stack, Queue]:
    c = cls([1, 2])
    c.put(3).put(4)
    print(c, len(c), c.take(), c.take(), c)

lq = LimitedQueue(2)
lq.put('a').put('b').put('c')
print(lq, list(lq), lq.limit, lq.take(), lq)

try:
    Container([1]).take()
except NotImplementedError as e:
    print('NotImplementedError:', e)

shapes = [Stack(), Queue('xy'), LimitedQueue(1, [9])]
print([isinstance(s, Queue) for s in shapes], [type(s).__name__ for s in shapes])
