# An uncaught ZeroDivisionError raised three calls deep.
# stdout shows how far the program got; stderr holds the traceback.

def average(values):
    total = sum(values)
    return total / len(values)


def summarize(groups):
    result = {}
    for name, values in groups.items():
        print('summarizing', name)
        result[name] = average(values)
    return result


def main():
    groups = {'a': [1, 2, 3], 'b': [10, 20], 'empty': []}
    report = summarize(groups)
    print(report)


main()
