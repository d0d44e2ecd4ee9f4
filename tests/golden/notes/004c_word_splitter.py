# A class whose __iter__ is a generator: each iteration gets a fresh generator that
# remembers its position, so no index has to be kept by hand.
class WordSplitterGenerator:
    def __init__(self, text):
        self._text = text.split(' ')

    # yield remembers where to continue on the next request.
    def __iter__(self):
        for word in self._text:
            yield word
        return

    def __repr__(self):
        return 'WordSplitterGenerator(%s)' % (self._text)


wi = WordSplitterGenerator('Do today what you could do tomorrow')
print(wi)
it = iter(wi)
print(type(it).__name__)
print(next(it), next(it), next(it))
print(list(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list(wi))
print(sorted(wi, key=len)[:3])
for n, word in enumerate(wi):
    if n > 1:
        break
    print(n, word)
