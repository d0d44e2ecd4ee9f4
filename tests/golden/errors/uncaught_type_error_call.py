# Calling a function with too many arguments, uncaught: the error is raised by the
# call itself, so the innermost frame is the caller's and carets mark the whole call.

def area(width, height):
    return width * height


def report(shape):
    print('computing area of', shape)
    return area(*shape, 1)


print(area(2, 3))
print(report((4, 5)))
