# Fails on purpose: subprocess.popen (lower case) does not exist; the traceback suggests
# the right name.
import subprocess

proc = subprocess.popen(['sleep', '1'])
