# multiprocessing.Queue between processes: items are copied (pickled), order is kept,
# and get() blocks until something arrives.
import multiprocessing as mp
import queue


class Job:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Job({self.n})"


def producer(q, count):
    for i in range(count):
        q.put(Job(i))
    q.put(None)


def doubler(inbox, outbox):
    while True:
        job = inbox.get()
        if job is None:
            outbox.put('done')
            return
        outbox.put((job.n, job.n * 2, isinstance(job, Job)))


if __name__ == '__main__':
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=producer, args=(jobs, 4)),
               mp.Process(target=doubler, args=(jobs, results))]
    for w in workers:
        w.start()
    out = []
    while True:
        item = results.get()
        if item == 'done':
            break
        out.append(item)
    for w in workers:
        w.join()
    print(out)
    q = mp.Queue()
    data = [1, 2]
    q.put(data)
    data.append(3)
    copy = q.get()
    print(copy, data, copy is data)
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("queue.Empty after the timeout")
    small = mp.Queue(maxsize=1)
    small.put('a')
    try:
        small.put('b', block=False)
    except queue.Full:
        print("queue.Full:", small.full(), small.qsize())
    jq = mp.JoinableQueue()
    jq.put(1)
    jq.get()
    jq.task_done()
    jq.join()
    try:
        jq.task_done()
    except ValueError as e:
        print("ValueError:", e)
