# Caret positions are measured in display columns: wide characters (Korean,
# most emoji) count as two columns, so the carets line up on a terminal.

def ratio(label, a, b):
    print(label)
    return {'값': a / b, 'label': label}['값']


print(ratio('첫째', 1, 2))
print("결과는 " + str(ratio('둘째 😀', 3, 0)))
