# UnboundLocalError (a NameError subclass) with the 3.11 message.
total = 0


def add(n):
    total += n
    return total


print(issubclass(UnboundLocalError, NameError))
print(add(5))
