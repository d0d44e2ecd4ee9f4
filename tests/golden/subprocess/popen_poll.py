import subprocess
import time

proc = subprocess.Popen(['sleep', '1'])
print(proc.returncode)
while proc.poll() is None:
    print("작업 중...")
    time.sleep(0.3)
print("종료 상태", proc.poll())
print(proc.wait(), proc.returncode)
