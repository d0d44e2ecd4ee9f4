# The full dir() of a str, as the notes print it to look for __iter__.
t = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
print(dir(t))
print(len(dir(t)))
