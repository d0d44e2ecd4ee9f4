# Adjacent bytes and str literals cannot be joined.
greeting = b'hello ' 'world'
print(greeting)
