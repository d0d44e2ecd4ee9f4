import subprocess

print('before')
subprocess.run(['nosuchcmd', '--help'])
