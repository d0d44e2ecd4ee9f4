# A counting loop: the interpreter's raw speed on simple bytecode.
total = 0
i = 0
while i < 2_000_000:
    total += i
    i += 1
print(total)
