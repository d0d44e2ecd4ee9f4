# Fails on purpose: a recv() that times out, uncaught, prints CPython's traceback.
import socket

a, b = socket.socketpair()
a.settimeout(0.02)
print("waiting")
data = a.recv(10)
print("never printed", data)
