# The caret line for a failing subscript: ~ under the object, ^ under [index].

def cell(matrix, row, col):
    label = 'r%dc%d' % (row, col)
    print('reading', label)
    return matrix[row][col] * 10


grid = [[1, 2], [3, 4]]
print(cell(grid, 1, 0))
print(cell(grid, 1, 5))
