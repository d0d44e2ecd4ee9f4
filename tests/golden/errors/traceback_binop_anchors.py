# The caret line for a failing binary operation inside a larger expression:
# ~ under the operands, ^ under the operator (two ^ for a two-character operator).

def share(total, count, divisor):
    base = total * 2
    return base + (count  //  divisor) * 3


print(share(10, 9, 3))
print(share(10, 9, 0))
