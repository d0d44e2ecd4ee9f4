# More threads than the simulator allows get a clear error.
import threading
import time

threads = []
try:
    for i in range(5000):
        t = threading.Thread(target=time.sleep, args=(10,), daemon=True)
        t.start()
        threads.append(t)
except RuntimeError as e:
    print(len(threads), e)
