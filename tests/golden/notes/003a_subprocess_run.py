# subprocess.run with captured, decoded output; check_returncode() raises only on failure.
import subprocess

result = subprocess.run(['echo', '자식 프로세스에게 보내는 인사'],
                        capture_output=True,  # keep the output in the result
                        encoding='utf-8')     # decode it to str

# No exception means the child exited cleanly.
result.check_returncode()
print(result.stdout)
print(repr(result.stdout), result.returncode, repr(result.stderr))
print(result.args)

raw = subprocess.run(['echo', '-n', '인사'], capture_output=True)
print(raw.stdout, len(raw.stdout), raw.stdout.decode('utf-8'))

failed = subprocess.run(['false'], capture_output=True, encoding='utf-8')
print(failed)
try:
    failed.check_returncode()
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e)
    print(e.returncode, e.cmd, repr(e.stdout))
