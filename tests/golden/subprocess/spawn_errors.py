import subprocess
try:
    subprocess.Popen(['nope'])
except OSError as e:
    print(repr(e), e.args, e.errno, e.strerror, e.filename, str(e))
try:
    subprocess.Popen([])
except IndexError as e:
    print(repr(e))
try:
    subprocess.Popen([''])
except PermissionError as e:
    print(repr(e), e)
print(subprocess.run('echo  "a b"   c', shell=True, capture_output=True).stdout)
print(subprocess.getstatusoutput('cat nofile'))
print(subprocess.getoutput('echo hi'))
