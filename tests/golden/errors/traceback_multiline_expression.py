# When the failing call spans several lines, 3.11 shows only its first line.

def scale(values, factor):
    return [v / factor for v in values]


def report(data):
    return sum(
        scale(data, 0)
    )


print('before')
result = report(
    [1, 2, 3],
)
