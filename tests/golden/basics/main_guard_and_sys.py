# The __name__ == '__main__' guard and a few things from sys.
import sys


def main():
    print('running main() in', __name__)
    print('argv:', sys.argv)
    print('maxsize:', sys.maxsize)
    print('version_info:', sys.version_info[:2])
    print('recursion limit:', sys.getrecursionlimit())
    return 0


def helper():
    return 'helper called'


print('module body runs first; __name__ is', repr(__name__))

if __name__ == '__main__':
    status = main()
    print(helper(), status)
else:
    print('imported, not run')
