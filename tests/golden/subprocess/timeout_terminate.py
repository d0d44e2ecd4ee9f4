import subprocess

proc = subprocess.Popen(['sleep', '10'])
try:
    proc.communicate(timeout=0.1)
except subprocess.TimeoutExpired:
    proc.terminate()
    proc.wait()

print('종료 상태', proc.poll())

proc = subprocess.Popen(['sleep', '10'])
try:
    proc.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('caught:', e)
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
proc.kill()
print('killed', proc.wait())

try:
    subprocess.run(['sleep', '5'], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)

proc = subprocess.Popen(['echo', 'fast'], stdout=subprocess.PIPE)
print(proc.wait())
proc.terminate()
print(proc.returncode, proc.stdout.read())
