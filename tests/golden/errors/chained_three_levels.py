# Three chained exceptions: implicit context, then an explicit cause.

def level_one():
    return [][0]


def level_two():
    try:
        level_one()
    except IndexError:
        {}['key']


def level_three():
    try:
        level_two()
    except KeyError as e:
        raise RuntimeError('level three failed') from e


print('start')
level_three()
