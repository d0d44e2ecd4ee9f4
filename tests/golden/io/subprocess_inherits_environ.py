# Children see os.environ (changes included) unless env= gives another environment.
import os
import subprocess

os.environ["INTERLEAVE_GREETING"] = "hello from the parent"
out = subprocess.run(["printenv", "INTERLEAVE_GREETING"], capture_output=True, text=True)
print(out.returncode, repr(out.stdout))

del os.environ["INTERLEAVE_GREETING"]
out = subprocess.run(["printenv", "INTERLEAVE_GREETING"], capture_output=True, text=True)
print(out.returncode, repr(out.stdout))

env = os.environ.copy()
env["password"] = "zf7ShyBhZOraQDdE"
out = subprocess.run(["printenv", "password"], capture_output=True, text=True, env=env)
print(out.returncode, repr(out.stdout))
out = subprocess.run(["env"], capture_output=True, text=True, env={"ONLY": "1"})
print(repr(out.stdout))
