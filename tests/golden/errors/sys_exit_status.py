# sys.exit(n) ends the program with exit status n and no traceback.
# finally blocks still run, because sys.exit raises SystemExit.
import sys


def main():
    print('doing work')
    try:
        sys.exit(3)
    finally:
        print('cleanup in finally')
    print('never printed')


try:
    main()
except SystemExit as e:
    print('SystemExit seen with code', e.code)
    raise
