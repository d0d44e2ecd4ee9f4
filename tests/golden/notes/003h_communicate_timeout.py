# communicate(timeout=...) raises TimeoutExpired when the child runs too long; the parent
# then terminates it, and the exit status is -15 (SIGTERM).
import subprocess

proc = subprocess.Popen(['sleep', '10'])
try:
    proc.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    # communicate() reports the time that was left, which varies; print the rest.
    print('TimeoutExpired:', e.cmd, type(e.timeout).__name__, e.timeout <= 0.1)
    proc.terminate()
    proc.wait()

print('종료 상태', proc.poll())

proc = subprocess.Popen(['sleep', '10'])
try:
    proc.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e)
    proc.kill()
print('종료 상태', proc.wait())
