# Closing one end of a socketpair wakes a thread blocked in recv() on the other end, which
# then reads b'' (end of stream); a second recv() also returns b'' at once.
import socket
import threading
import time

a, b = socket.socketpair()


def reader():
    print('recv ->', b.recv(10))
    print('again ->', b.recv(10))


t = threading.Thread(target=reader)
t.start()
time.sleep(0.1)
a.close()
t.join()
print('joined', a.fileno())
b.close()
