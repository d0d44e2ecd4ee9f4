import subprocess

result = subprocess.run(['echo', '자식 프로세스에게 보내는 인사'],
                        capture_output=True,
                        encoding='utf-8')
result.check_returncode()
print(result.stdout)

r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(r.stdout.decode())

r = subprocess.run(['echo', '-n', 'no newline'], stdout=subprocess.PIPE)
print(r)

r = subprocess.run(['false'])
print(r)
print(repr(r.stdout), repr(r.stderr))

r = subprocess.run(['cat'], input=b'one\ntwo\n', capture_output=True)
print(r)
r = subprocess.run(['sort'], input='pear\napple\nfig\n', capture_output=True, text=True)
print(r)
print(r.stdout.splitlines())
r = subprocess.run(['tr', 'a-z', 'A-Z'], input='shout\n', stdout=subprocess.PIPE,
                   universal_newlines=True)
print(r.stdout, end='')
r = subprocess.run(['wc', '-l'], input=b'a\nb\nc\n', capture_output=True)
print(r.stdout.split())
r = subprocess.run(['cat', 'missing.txt'], capture_output=True, text=True)
print(r.returncode, r.stderr, end='')
r = subprocess.run(['true'], stdout=subprocess.DEVNULL)
print(r)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
