# A recursive function fails 10 levels deep: after three identical frames the
# traceback collapses the rest into "[Previous line repeated 7 more times]".

def descend(n):
    if n == 0:
        raise ValueError('reached the bottom')
    return descend(n - 1)


def start():
    print('descending')
    return descend(10)


start()
