# A tiny line-oriented calculator: each input line is "<number> <op> <number>".
import sys


def calculate(a, op, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        return a / b
    raise ValueError('unknown operator %r' % op)


def main():
    count = 0
    while True:
        try:
            line = input('> ')
        except EOFError:
            print()
            break
        if not line.strip():
            continue
        if line.strip() == 'quit':
            print('bye')
            break
        parts = line.split()
        try:
            a, op, b = parts
            result = calculate(float(a), op, float(b))
        except ValueError as e:
            print('error:', e, file=sys.stderr)
            print('?')
            continue
        except ZeroDivisionError as e:
            print('error:', e, file=sys.stderr)
            print('?')
            continue
        count += 1
        print(f'{result:g}')
    print('computed', count, 'results')


if __name__ == '__main__':
    main()
