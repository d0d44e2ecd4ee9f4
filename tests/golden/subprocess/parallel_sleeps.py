import subprocess
import time

start = time.monotonic()
sleep_procs = []
for _ in range(10):
    proc = subprocess.Popen(['sleep', '1'])
    sleep_procs.append(proc)

for proc in sleep_procs:
    proc.communicate()
delta = time.monotonic() - start
print(f"{round(delta, 1)}초 만에 끝남")
print([p.returncode for p in sleep_procs])
pids = [p.pid for p in sleep_procs]
print(pids == sorted(pids), len(set(pids)))

start = time.monotonic()
for _ in range(3):
    subprocess.run(['sleep', '1'])
print(f"sequential: {round(time.monotonic() - start, 1)}")
