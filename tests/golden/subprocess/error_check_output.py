import subprocess

subprocess.check_output(['cat', 'nofile'], stderr=subprocess.DEVNULL)
