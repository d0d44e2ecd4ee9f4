# Ten children sleeping one second each run in parallel, so they all end after about 1 s.
# The notes format the time with f"{delta: .3}"; it is cut to whole seconds first, since
# starting ten children can take a while.
import subprocess
import time

start = time.time()
sleep_procs = []
for _ in range(10):
    proc = subprocess.Popen(['sleep', '1'])
    sleep_procs.append(proc)

for proc in sleep_procs:
    out = proc.communicate()  # waits for the child; no pipes, so (None, None)
print(out)
end = time.time()
delta = float(int(end - start))  # whole seconds: 1 in parallel, 10 in sequence
print(f"{delta: .3}초 만에 끝남")
print(f"{delta:.3}|{delta: .3f}|{-delta: .3}|{delta:+.2}")
print(sorted(set(p.returncode for p in sleep_procs)))
