# The same word iterator written as a class with __next__ and as a generator method.

class WordIterator:
    def __init__(self, text):
        self._words = text.split(' ')
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= len(self._words):
            raise StopIteration
        word = self._words[self._index]
        self._index += 1
        return word

    def __repr__(self):
        return 'WordIterator(%r, at=%d)' % (self._words, self._index)


class WordGenerator:
    def __init__(self, text):
        self._words = text.split(' ')

    def __iter__(self):
        for word in self._words:
            yield word

    def __repr__(self):
        return 'WordGenerator(%d words)' % len(self._words)


text = 'one fish two fish'
wi = WordIterator(text)
print(wi)
print(next(wi), next(wi))
print(wi)
print(list(wi))
print(list(wi))  # already used up

wg = WordGenerator(text)
print(wg)
print(list(wg))
print(list(wg))  # a new generator every time __iter__ is called
gen = iter(wg)
print(type(gen).__name__, next(gen), next(gen))

# Both work wherever an iterable is expected.
print(sorted(WordIterator('c a b')), sorted(WordGenerator('z y x')))
print(dict(enumerate(WordGenerator('left right'))))
print('-'.join(WordIterator('a b c')), 'fish' in WordGenerator(text))
