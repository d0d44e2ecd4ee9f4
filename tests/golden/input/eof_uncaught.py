# input() with nothing left on stdin raises EOFError; uncaught it ends the program.
# The second prompt was already written to stdout before the error.

def ask(prompt):
    answer = input(prompt)
    print('got', repr(answer))
    return answer


first = ask('first: ')
second = ask('second: ')
print('never printed', first, second)
