# collections: deque, namedtuple, defaultdict, Counter, OrderedDict.
from collections import deque, namedtuple, defaultdict, Counter, OrderedDict

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, q.popleft(), q.pop(), q, len(q), q[0], q[-1])
q.extend([7, 8])
print(q, list(q), 7 in q)
bounded = deque(maxlen=3)
for n in range(6):
    bounded.append(n)
print(bounded, bounded.maxlen)

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p[1], p == Point(3, 4), Point(y=1, x=2))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(dict(counts))

c = Counter('mississippi')
print(c)
print(c.most_common(2), c['s'], c['z'])
print(sum(c.values()), sorted(c), c.most_common()[-1])
print(Counter([3, 1, 3, 2, 3, 1]))

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od.move_to_end('b')
print(od, list(od), od['a'])
