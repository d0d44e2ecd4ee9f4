# Blocking system calls in threads overlap, and the main thread keeps computing meanwhile.
# On Linux, select() on a fresh unconnected socket returns at once (it is "readable"), so
# the waiting call uses one end of a socketpair that never receives anything.
import select
import socket
import time
from threading import Thread

fresh = socket.socket()
start = time.time()
for _ in range(5):
    ready = select.select([fresh], [], [], 0.1)
print('fresh socket:', len(ready[0]), len(ready[1]), int((time.time() - start) * 10) / 10)
fresh.close()

quiet, other = socket.socketpair()


def slow_systemcall():
    select.select([quiet], [], [], 0.1)


start = time.time()
for _ in range(5):
    slow_systemcall()
end = time.time()
delta = end - start
print(f"총 {int(delta * 10) / 10: .3f} 초 걸림")


def slow_systemcall_thread():
    select.select([quiet], [], [], 0.5)
    print("system call!")


start = time.time()

threads = []
for _ in range(5):
    thread = Thread(target=slow_systemcall_thread)
    thread.start()
    threads.append(thread)


def compute_helicopter_location(index):
    print("helicopter signal come", index)
    time.sleep(0.1)


for i in range(5):
    compute_helicopter_location(i)

for thread in threads:
    thread.join()

end = time.time()
delta = end - start
print(f'총 {int(delta * 10) / 10:.3f} 초 걸림')
quiet.close()
other.close()
