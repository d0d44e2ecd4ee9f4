# A child gets a copy of the parent's memory: what it changes stays in the child.
import multiprocessing as mp

counter = 0
log = ['parent started']


class Tally:
    total = 0

    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        Tally.total += x


tally = Tally()


def child_work(box):
    global counter
    counter += 100
    log.append('child ran')
    tally.add(5)
    box['seen'] = True
    print("in the child:", counter, log, tally.items, Tally.total, box, flush=True)


if __name__ == '__main__':
    box = {'seen': False}
    p = mp.Process(target=child_work, args=(box,))
    p.start()
    p.join()
    print("in the parent:", counter, log, tally.items, Tally.total, box)
    counter = 7
    p = mp.Process(target=child_work, args=(box,))
    p.start()
    p.join()
    print("the second child started from counter 7:", counter)
