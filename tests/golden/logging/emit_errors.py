# A handler whose emit() fails reports it on stderr the way CPython's Handler.handleError does:
# "--- Logging error ---", the traceback, "Call stack:", then the message and its arguments.
import logging
import threading

logging.basicConfig(format='%(threadName)s %(levelname)s %(message)s')
logging.warning('%d items', 'x')


def nested():
    logging.error('two %s %s', 1)


def outer():
    nested()


outer()

brace = logging.StreamHandler()
brace.setFormatter(logging.Formatter('{missing} {message}', style='{'))
percent = logging.StreamHandler()
percent.setFormatter(logging.Formatter('%(missing)s %(message)s'))
log = logging.getLogger('app')
log.addHandler(brace)
log.addHandler(percent)
log.propagate = False
log.warning('hello %s', 'world')
log.removeHandler(brace)
log.removeHandler(percent)


def work():
    logging.warning('%s and %s', 'one')


t = threading.Thread(target=work, name='Worker')
t.start()
t.join()

logging.warning('%(a)s', {'b': 1})
logging.warning('fine %s', 'after all')
print('done')
