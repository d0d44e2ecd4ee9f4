# This file does not compile: the string literal is never closed.
print('never printed')


def greet(name):
    return 'hello, ' + name


greeting = 'hello
print(greeting)
print(greet('world'))
