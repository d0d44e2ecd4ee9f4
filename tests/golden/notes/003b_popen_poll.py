# Popen starts the child and returns at once; poll() is None while it runs. The loop waits
# 0.3 s between polls so the number of "working" lines is fixed.
import subprocess
import time

proc = subprocess.Popen(['sleep', '1'])
print(proc.returncode)
while proc.poll() is None:
    print("작업 중...")
    time.sleep(0.3)
print("종료 상태", proc.poll())
print(proc.returncode, proc.args)

# The notes spell it subprocess.popen; the class is Popen.
try:
    subprocess.popen(['sleep', '1'])
except AttributeError as e:
    print('AttributeError:', e)
