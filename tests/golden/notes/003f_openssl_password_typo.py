# The notes pass `-pass env.password`; OpenSSL wants `env:password`, rejects the argument
# and exits with status 1 without writing anything to stdout.
import os
import subprocess


def run_encrypt(data):
    env = os.environ.copy()
    env['password'] = 'zf7ShyBhZOraQDdE/FiZpm/m/8f9X+M1'
    proc = subprocess.Popen(
        ['openssl', 'enc', '-des3', '-pass', 'env.password'],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    try:
        proc.stdin.write(data)
        proc.stdin.flush()
    except BrokenPipeError:
        pass  # OpenSSL may already have exited without reading its input
    return proc


proc = run_encrypt(b'0123456789')
out, err = proc.communicate()
print(out, proc.returncode)
print(err.decode(), end='')

missing = subprocess.run(['openssl', 'enc', '-des3', '-pass', 'env:nosuchvar'],
                         input=b'abc', capture_output=True, env={})
print(missing.returncode, missing.stdout)
print(missing.stderr.decode(), end='')
