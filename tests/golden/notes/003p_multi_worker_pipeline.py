# Several workers per stage: start_threads/stop_threads close a stage once per worker, wait
# for its queue and join its threads. Items can be reordered, so the results are sorted.
import time
from queue import Queue
from threading import Thread


def download(item):
    time.sleep(0.001)
    return item


def resize(item):
    return item * 10


def upload(item):
    time.sleep(0.001)
    return item + 1


class ClosableQueue(Queue):
    SENTINAL = object()

    def close(self):
        self.put(self.SENTINAL)

    def __iter__(self):
        while True:
            item = self.get()
            try:
                if item is self.SENTINAL:
                    return
                yield item
            finally:
                self.task_done()


class StoppableWorker(Thread):
    def __init__(self, func, in_queue, out_queue):
        super().__init__()
        self.func = func
        self.in_queue = in_queue
        self.out_queue = out_queue
        self.handled = 0

    def run(self):
        for item in self.in_queue:
            result = self.func(item)
            self.out_queue.put(result)
            self.handled += 1


def start_threads(count, *args):
    threads = [StoppableWorker(*args) for _ in range(count)]
    for thread in threads:
        thread.start()
    return threads


def stop_threads(closable_queue, threads):
    for _ in threads:
        closable_queue.close()

    closable_queue.join()

    for thread in threads:
        thread.join()


download_queue = ClosableQueue()
resize_queue = ClosableQueue()
upload_queue = ClosableQueue()
done_queue = ClosableQueue()
download_threads = start_threads(
    3, download, download_queue, resize_queue)
resize_threads = start_threads(
    4, resize, resize_queue, upload_queue)
upload_threads = start_threads(
    5, upload, upload_queue, done_queue)

for i in range(1000):
    download_queue.put(i)

stop_threads(download_queue, download_threads)
stop_threads(resize_queue, resize_threads)
stop_threads(upload_queue, upload_threads)

print(done_queue.qsize(), '개의 원소가 처리됨')
results = sorted(done_queue.get() for _ in range(1000))
print(results[:3], results[-1], results == [i * 10 + 1 for i in range(1000)])
for group in (download_threads, resize_threads, upload_threads):
    print(len(group), sum(t.handled for t in group), any(t.is_alive() for t in group))
