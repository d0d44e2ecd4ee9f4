# An uncaught UnicodeDecodeError: the traceback names the codec, the byte and its position.
def read_name(raw):
    return raw.decode('utf-8')

print(read_name(b'Ren\xc3\xa9'))
print(read_name(b'Ren\xe9'))
