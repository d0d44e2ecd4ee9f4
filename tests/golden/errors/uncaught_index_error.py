# An uncaught IndexError inside a loop in a nested function.

def nth_items(rows, n):
    result = []
    for row in rows:
        result.append(row[n])
    return result


rows = [[1, 2, 3], [4, 5, 6], [7, 8]]
print(nth_items(rows, 1))
print(nth_items(rows, 2))
