# An uncaught UnicodeEncodeError from encoding text as ASCII.
message = 'Grüße'
print(message.encode('utf-8'))
print(message.encode('ascii'))
