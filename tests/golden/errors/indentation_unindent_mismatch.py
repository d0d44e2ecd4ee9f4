# This file does not compile: a dedent does not line up with any outer block.
print('never printed')


def compute(x):
    if x > 0:
        y = x * 2
      return y
    return 0


print(compute(3))
