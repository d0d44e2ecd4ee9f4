# repr() of strings: quote choice, escapes, and non-ASCII characters.

samples = [
    'plain',
    "it's",
    'say "hi"',
    'both \' and "',
    'tab\there',
    'new\nline',
    'back\\slash',
    '\r\x00\x07\x1b',
    '\x7f\x80\xa0',
    'café',
    '한국어',
    '\u200b zero width',
    '\U0001F600',
    '',
]
for s in samples:
    print(repr(s), len(s))

print(['a', "b'", 'c"'], ('\n',), {'\t': 'tab'})
print(str('tab\there'), 'tab\there')
print(repr(repr('x')), repr(str(5)), repr('%r' % 'y'))
print('\x41\x42', '\u0041', '\101', '\u03bb', chr(0x1F600) == '\U0001F600')
print('{!r} {!r}'.format('quote', "it's"), f'{"quote"!r}', '%r' % "it's")
