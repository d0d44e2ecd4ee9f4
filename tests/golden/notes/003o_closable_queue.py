# A Queue subclass with a sentinel: close() marks the end, iterating stops there, and each
# item taken is marked done so join() can wait for the stage. One worker per stage.
from queue import Queue
from threading import Thread


def download(item):
    return item * 2


def resize(item):
    return item + 1


def upload(item):
    return -item


class FirstDraft(Queue):
    SENTINAL = object()

    def close(self):
        self.put(self.SENTINEL)  # the notes' first draft misspells the attribute


try:
    FirstDraft().close()
except AttributeError as e:
    print('AttributeError:', e)


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

    def run(self):
        for item in self.in_queue:
            result = self.func(item)
            self.out_queue.put(result)


download_queue = ClosableQueue()
resize_queue = ClosableQueue()
upload_queue = ClosableQueue()
done_queue = ClosableQueue()
threads = [
    StoppableWorker(download, download_queue, resize_queue),
    StoppableWorker(resize, resize_queue, upload_queue),
    StoppableWorker(upload, upload_queue, done_queue),
]

for thread in threads:
    thread.start()

for i in range(1000):
    download_queue.put(i)

download_queue.close()

download_queue.join()
resize_queue.close()
resize_queue.join()
upload_queue.close()
upload_queue.join()
print(done_queue.qsize(), '개의 원소가 처리됨')

for thread in threads:
    thread.join()

results = [done_queue.get() for _ in range(done_queue.qsize())]
print(results[:5], results[-1], sum(results))
print([t.is_alive() for t in threads], done_queue.empty())
