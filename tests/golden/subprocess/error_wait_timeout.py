import subprocess

proc = subprocess.Popen(['sleep', '10'])
proc.wait(timeout=0.1)
