# Single inheritance, overriding, and super().

class Animal:
    kind = 'animal'

    def __init__(self, name):
        self.name = name
        print('  Animal.__init__', name)

    def speak(self):
        return '...'

    def describe(self):
        return '%s the %s says %s' % (self.name, self.kind, self.speak())


class Dog(Animal):
    kind = 'dog'

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
        print('  Dog.__init__', tricks)

    def speak(self):
        return 'Woof'


class Puppy(Dog):
    def speak(self):
        return super().speak() + ' (squeaky)'

    def describe(self):
        return 'little ' + super().describe()


animals = [Animal('Generic'), Dog('Rex', ['sit']), Puppy('Bit', [])]
for a in animals:
    print(a.describe())

p = animals[2]
print(p.kind, p.tricks, p.name)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object))
print(isinstance(animals[0], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(type(p).__name__, type(p) is Dog, type(p) is Puppy)
print(issubclass(Puppy, object), issubclass(Animal, Dog), isinstance(Dog, type))


# A subclass that does not define __init__ inherits it.
class Cat(Animal):
    kind = 'cat'

    def speak(self):
        return 'Meow'


print(Cat('Tom').describe())
