import subprocess

proc = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
proc.stdin.write(b'hello ')
proc.stdin.write(b'pipes\n')
proc.stdin.flush()
out, err = proc.communicate()
print(out, err, proc.returncode)

proc = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, text=True)
out, _ = proc.communicate('make me loud\n')
print(repr(out))

p1 = subprocess.Popen(['echo', 'banana\napple\ncherry'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, _ = p2.communicate()
print(out)
print(p1.wait(), p2.returncode)

with subprocess.Popen(['echo', 'with block'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)

p = subprocess.Popen(['echo', 'a'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(['head', '-n', '2'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(input=b'1\n2\n3\n'))
p = subprocess.Popen(['echo', 'x'], stdout=subprocess.PIPE)
for line in p.stdout:
    print('line', line)
p.wait()
print(repr(p)[:30])
