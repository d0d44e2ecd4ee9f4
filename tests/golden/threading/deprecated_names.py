# The camelCase methods still work in 3.11 but warn.
import threading

t = threading.Thread(target=print)
print(t.isDaemon())
t.setDaemon(True)
t.setName("renamed")
print(t.getName(), t.daemon)
print(threading.current_thread().getName())
