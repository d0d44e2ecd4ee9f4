# collections.deque used from both ends, with maxlen, indexing, rotation and comparisons: the
# operations a queue or a sliding window uses, mixed so that the front moves a lot.
from collections import deque

d = deque()
for i in range(100):
    d.append(i)
for _ in range(70):
    d.popleft()
print(len(d), d[0], d[-1], d[5], list(d)[:3], 42 in d, 3 in d)
for i in range(50):
    d.appendleft(-i)
print(len(d), d[0], d[-1], d.index(75), d.count(-3))
d.rotate(7)
print(list(d)[:10])
d.rotate(-12)
print(list(d)[-5:])
d.remove(-10)
del d[3]
d[0] = 'first'
d.insert(2, 'two')
print(d[0], d[1], d[2], d[3], len(d))
d.reverse()
print(d[0], d[-1])
print(d == deque(list(d)), d == deque([1]), deque([1, 2]) + deque([3]))

w = deque(maxlen=3)
for i in range(10):
    w.append(i)
    if i % 4 == 0:
        w.appendleft(-i)
    print(list(w), end=' ')
print()
print(w, w.maxlen)

e = deque([1, 2, 3])
while e:
    print(e.popleft(), e.pop() if e else None, end=' | ')
print(e, bool(e), len(e))
for name in ('pop', 'popleft'):
    try:
        getattr(e, name)()
    except IndexError as ex:
        print(name, 'IndexError:', ex)
try:
    e[0]
except IndexError as ex:
    print('IndexError:', ex)

big = deque(range(100000))
total = 0
while big:
    total += big.popleft()
    if len(big) % 3 == 0 and big:
        total -= big.pop()
print(total, len(big))
f = deque()
for i in range(1000):
    f.appendleft(i)
    f.append(-i)
print(len(f), f[0], f[-1], f[999], f[1000], sum(f))
print(reversed(deque([1, 2, 3])).__class__.__name__ != '', list(reversed(deque([1, 2, 3]))))
print(deque('abc', 2), deque(range(5)).copy())
