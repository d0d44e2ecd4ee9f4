# A generator used as a coroutine: next() runs it to the first yield, send() resumes it
# with a value; send() with a value before the first next() is a TypeError.
def coroutine1():
    print('>>> coroutine started.')
    i = yield
    print('>>> coroutine received : {}'.format(i))


cr1 = coroutine1()
print(type(cr1), type(cr1).__name__)

next(cr1)
try:
    cr1.send(100)
except StopIteration as e:
    print('StopIteration', e.value)

cr2 = coroutine1()
try:
    cr2.send(100)
except TypeError as e:
    print('TypeError:', e)
print(cr2.send(None))


def coroutine():
    print('>>> coroutine started.')
    i = yield
    print('>>> coroutine received : {}'.format(i))


cr3 = coroutine()
next(cr3)
try:
    cr3.send(50)
except StopIteration:
    print('done')
try:
    next(cr3)
except StopIteration:
    print('still done')
