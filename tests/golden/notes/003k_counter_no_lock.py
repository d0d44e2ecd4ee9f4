# Five sensor threads bump a shared counter without a lock. In CPython 3.11 a thread switch
# can only happen at a call or a backward jump, never inside `self.count += offset`, so no
# update is lost here; the notes' lost update shows when the steps are spelled out.
from threading import Thread


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset


def worker(sensor_index, how_many, counter):
    print("reading sensor!")
    for _ in range(how_many):
        counter.increment(1)


how_many = 10 ** 4
counter = Counter()

threads = []
for i in range(5):
    thread = Thread(target=worker, args=(i, how_many, counter))
    threads.append(thread)
    thread.start()

for thread in threads:
    thread.join()  # wait for each thread to end

expected = how_many * 5
found = counter.count
print(f"카운터 값은 {expected}여야 하는데, 실제로는 {found} 입니다.")

# `counter.count += 1` is three steps; interleaving them by hand loses B's update.
counter = Counter()
value_a = getattr(counter, 'count')        # thread A reads
value_b = getattr(counter, 'count')        # switch: thread B reads
result_b = value_b + 1
setattr(counter, 'count', result_b)        # B writes 1
result_a = value_a + 1                     # back to A
setattr(counter, 'count', result_a)        # A writes 1 as well
print(counter.count)
