# Values go both ways: the coroutine yields x, receives y, yields x + y, receives z.
# getgeneratorstate shows CREATED, SUSPENDED and CLOSED.
from inspect import getgeneratorstate


def coroutine2(x):
    print('>>> coroutine started : {}'.format(x))
    y = yield x
    print('>>> coroutine received : {}'.format(y))
    z = yield x + y
    print('>>> coroutine received : {}'.format(z))


cr3 = coroutine2(10)
print("state check")
print(getgeneratorstate(cr3))
print(next(cr3))
print(getgeneratorstate(cr3))

print("check")
print(cr3.send(100))
print(getgeneratorstate(cr3))
try:
    cr3.send(200)
except StopIteration as e:
    print('StopIteration', repr(e.value))
print(getgeneratorstate(cr3))

cr4 = coroutine2(1)
next(cr4)
cr4.close()
print(getgeneratorstate(cr4))
