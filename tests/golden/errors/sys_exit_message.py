# sys.exit('message') prints the message to stderr and exits with status 1.
import sys


def validate(config):
    return [key for key in ['name', 'port'] if key not in config]


print('validating input')
errors = validate({'mode': 'fast'})
print('found', len(errors), 'errors', file=sys.stderr)
if errors:
    sys.exit('fatal: missing ' + ', '.join(errors))
print('never printed')
