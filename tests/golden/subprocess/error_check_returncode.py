import subprocess

r = subprocess.run(['sort', '--bogus'], capture_output=True)
print(r.returncode)
r.check_returncode()
