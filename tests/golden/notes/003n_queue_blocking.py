# queue.Queue blocks: get() waits for an item, and with maxsize=1 a second put() waits until
# the consumer has taken the first item.
import time
from queue import Queue
from threading import Thread

my_queue = Queue()


def consumer():
    print("소비자 대기")
    my_queue.get()
    print('소비자 완료')


thread = Thread(target=consumer)
thread.start()
time.sleep(0.1)

print("생산자 데이터 추가")
my_queue.put(object())
print("생산자 완료")
thread.join()

my_queue = Queue(1)  # a buffer of one item


def consumer():
    time.sleep(0.1)
    my_queue.get()
    print("소비자 1")
    my_queue.get()
    print("소비자 2")
    print("소비자 완료")


thread = Thread(target=consumer)
thread.start()

my_queue.put(object())
print("생산자 1")
my_queue.put(object())
print("생산자 2")
print("생산자 완료")
thread.join()
print(my_queue.qsize(), my_queue.full(), my_queue.empty())
