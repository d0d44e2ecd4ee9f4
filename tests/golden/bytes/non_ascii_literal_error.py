# A bytes literal may only contain ASCII characters; use escapes or .encode() instead.
ok = b'caf\xc3\xa9'
print(ok.decode())
bad = b'café'
