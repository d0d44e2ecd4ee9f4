# TimeoutExpired reports the timeout the caller passed when communicate() reads pipes,
# from wait(timeout=...), run(timeout=...), call() and check_output().
import subprocess


def show(f):
    try:
        f()
    except subprocess.TimeoutExpired as e:
        print(type(e).__name__, e, '|', e.timeout, e.output, e.stderr)


p = subprocess.Popen(['sleep', '2'])
show(lambda: p.wait(timeout=0.5))
p.kill()
p.wait()

p = subprocess.Popen(['sleep', '2'], stdout=subprocess.PIPE)
show(lambda: p.communicate(timeout=0.5))
show(lambda: p.communicate(timeout=0.25))
p.kill()
print(p.communicate())

p = subprocess.Popen(['sleep', '2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
show(lambda: p.communicate(timeout=0.75))
p.kill()
print(p.communicate(), p.returncode)

show(lambda: subprocess.run(['sleep', '2'], timeout=0.5, capture_output=True))
show(lambda: subprocess.run(['sleep', '2'], timeout=1, stdout=subprocess.PIPE))
show(lambda: subprocess.call(['sleep', '2'], timeout=0.5))
show(lambda: subprocess.check_output(['sleep', '2'], timeout=0.5))
subprocess.run(['sleep', '2'], timeout=0.5, stdout=subprocess.PIPE)
