# An exception inside a generator shows the generator's frame in the traceback,
# between the frame that called next() (here a for loop) and the raise.

def parse_numbers(lines):
    for line in lines:
        yield int(line)


def total(lines):
    result = 0
    for n in parse_numbers(lines):
        print('adding', n)
        result += n
    return result


print(total(['1', '2']))
print(total(['3', 'four', '5']))
