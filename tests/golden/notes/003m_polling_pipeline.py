# A three-stage pipeline built on a hand-made queue (deque + Lock). Workers poll: an empty
# queue raises IndexError and the worker sleeps. The main thread busy-waits on the last
# queue. The workers loop forever, so they are daemon threads here.
import time
from collections import deque
from threading import Lock, Thread


def download(item):
    return item


def resize(item):
    return item


def upload(item):
    return item


class MyQueue:
    def __init__(self):
        self.items = deque()
        self.lock = Lock()

    def put(self, item):
        with self.lock:
            self.items.append(item)

    def get(self):
        with self.lock:
            return self.items.popleft()


class Worker(Thread):
    def __init__(self, func, in_queue, out_queue):
        super().__init__(daemon=True)
        self.func = func
        self.in_queue = in_queue
        self.out_queue = out_queue
        self.polled_count = 0
        self.work_done = 0

    def run(self):
        while True:
            self.polled_count += 1
            try:
                item = self.in_queue.get()
            except IndexError:
                time.sleep(0.01)
            else:
                result = self.func(item)
                self.out_queue.put(result)
                self.work_done += 1


download_queue = MyQueue()
resize_queue = MyQueue()
upload_queue = MyQueue()
done_queue = MyQueue()
threads = [
    Worker(download, download_queue, resize_queue),
    Worker(resize, resize_queue, upload_queue),
    Worker(upload, upload_queue, done_queue),
]

for thread in threads:
    thread.start()

for i in range(300):
    download_queue.put(i)

while len(done_queue.items) < 300:
    pass

processed = len(done_queue.items)
polled = sum(t.polled_count for t in threads)
print(f"{processed} 개의 아이템을 처리했습니다.")
print("polled more than processed:", polled > processed)
print([t.work_done for t in threads])
print(list(done_queue.items) == list(range(300)))
try:
    MyQueue().get()
except IndexError as e:
    print('IndexError:', e)
