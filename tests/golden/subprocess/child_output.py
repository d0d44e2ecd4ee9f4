import subprocess
import sys

print('parent first', flush=True)
r = subprocess.run(['echo', 'child writes to the same stdout'])
print('returncode', r.returncode, flush=True)
subprocess.run(['cat', 'no-such-file'])
print('error went to stderr', flush=True)
subprocess.run(['sort', '-o'], stderr=subprocess.DEVNULL)
r = subprocess.run(['cat', 'x'], stderr=subprocess.STDOUT, stdout=subprocess.PIPE)
print(r, flush=True)
p = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE)
p.communicate(b'upper from child\n')
print('done', p.returncode)
