import subprocess

print(subprocess.check_output(['echo', 'checked']))
print(subprocess.check_output(['echo', 'text', 'mode'], text=True), end='')
print(subprocess.call(['true']), subprocess.call(['false']))
print(subprocess.check_call(['true']))
out = subprocess.check_output(['sort', '-r'], input=b'a\nc\nb\n')
print(out)

try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('caught:', e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError))

try:
    subprocess.check_output(['cat', 'nope'], stderr=subprocess.STDOUT)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.output)

try:
    subprocess.run(['echo', 'x'], capture_output=True).check_returncode()
    subprocess.run(['sh_false_like', 'x'])
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
    print(e.errno, e.strerror, e.filename)

try:
    subprocess.run(['false'], capture_output=True).check_returncode()
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr))

try:
    subprocess.check_output(['echo'], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['cat'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
print(subprocess.CalledProcessError(-15, ['sleep', '5']))
print(subprocess.CalledProcessError(-9, 'sleep 5'))
print(subprocess.TimeoutExpired(['sleep', '5'], 2))
