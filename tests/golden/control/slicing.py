# Slicing lists, tuples, strings and ranges; slice assignment.

nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[:], nums[-3:], nums[:-3])
print(nums[::2], nums[1::2], nums[::-1], nums[8:2:-2], nums[-1:-4:-1])
print(nums[5:100], nums[100:], nums[-100:2], nums[5:2], nums[::-3])

text = 'concurrency'
print(text[:3], text[3:], text[::-1], text[1:-1], text[::3])
print(text[-1], text[0], text[len(text) - 1])
print((1, 2, 3, 4)[1:3], range(10)[2:8:2], range(10)[::-1])

# Assigning to a slice can change the list's length.
letters = list('abcdef')
letters[1:3] = ['X']
print(letters)
letters[1:1] = ['new', 'items']
print(letters)
letters[:] = 'xyz'
print(letters)
letters[::2] = ['A', 'C']
print(letters)
try:
    letters[::2] = ['only one']
except ValueError as e:
    print('ValueError:', e)

# A slice is a copy; the original is unchanged.
original = [1, 2, 3]
copy = original[:]
copy.append(4)
print(original, copy)

# Slices never raise IndexError, but indexing does.
try:
    nums[10]
except IndexError as e:
    print('IndexError:', e)

# Negative indices count from the end, in slices too.
print(nums[-8:-2:3], text[-5:], text[:-5], text[-100:100])
