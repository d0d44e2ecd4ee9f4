# Each record notes the thread that logged it. Threads are joined one by one here, so the
# order is fixed; threadName is "Thread-N (target)" for a Thread made with a target.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(threadName)-22s %(levelname)-5s %(funcName)s: %(message)s")

def worker(n):
    logging.info("worker %d starting", n)
    logging.debug("worker %d done", n)

logging.info("main starts")
for i in range(3):
    t = threading.Thread(target=worker, args=(i,))
    t.start()
    t.join()

named = threading.Thread(target=worker, args=(9,), name="downloader")
named.start()
named.join()

class Job(threading.Thread):
    def run(self):
        logging.warning("a Thread subclass logs from run()")

j = Job()
j.start()
j.join()

seen = []
class Check(logging.Handler):
    def emit(self, record):
        seen.append((record.threadName, record.thread == threading.get_ident(),
                     record.thread == threading.main_thread().ident))

logging.getLogger().addHandler(Check())
def report():
    logging.info("from a thread")
t = threading.Thread(target=report, name="checker")
t.start()
t.join()
logging.info("from main")
print(seen)
