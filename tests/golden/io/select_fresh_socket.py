# The notes' "slow system call": select() on a fresh socket with a 0.1 s timeout.
# On Linux an unconnected TCP socket counts as readable (and writable), so select()
# returns at once instead of waiting: five calls take almost no time.
import select
import socket
import time

with socket.socket() as sock:
    readable, writable, exceptional = select.select([sock], [sock], [sock], 0.1)
    print(readable)
    print(writable)
    print(exceptional)
    print(readable[0] is sock, writable[0] is sock)
    # Both lists hold the very objects passed in, in order, duplicates included.
    print(len(select.select([sock, sock], [], [], 0)[0]))
    print(select.select((sock,), [], [])[0] == [sock])
    print(select.select(iter([sock]), [], [], None)[0] == [sock])


def slow_systemcall():
    select.select([socket.socket()], [], [], 0.1)


start = time.time()
for _ in range(5):
    slow_systemcall()
delta = time.time() - start
print("five selects took less than 0.05 s:", delta < 0.05)

# (The loop leaves five unclosed sockets behind; nothing below prints a descriptor.)

# Nothing to wait for: select() only sleeps (here for 0.01 s) and returns three empty lists.
print(select.select([], [], [], 0.01))
print(select.select([], [], [], 0))
print(select.error is OSError)
