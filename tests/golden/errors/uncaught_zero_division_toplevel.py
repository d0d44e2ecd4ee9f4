# An error at module level: the traceback has a single "<module>" frame.
# The expression is the whole line, but a binary operation still gets its
# ~ and ^ caret line (a plain call spanning the whole line would get none).
numerator = 10
denominator = 0
print('before the error')
print(numerator / 5)
ratio = numerator / 4
print('ratio', ratio)
numerator / denominator
print('never printed')
