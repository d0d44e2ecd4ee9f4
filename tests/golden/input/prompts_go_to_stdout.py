# input(prompt) writes the prompt to stdout without a newline; with a file as stdin
# the typed text is not echoed, so the next output continues on the prompt's line.
name = input('Your name? ')
age = int(input('Your age? '))
print()
print('Hello, %s! Next year you will be %d.' % (name, age + 1))
colour = input('Favourite colour: ')
print('[' + colour + ']')
empty = input('')
print('empty prompt gave', repr(empty))
