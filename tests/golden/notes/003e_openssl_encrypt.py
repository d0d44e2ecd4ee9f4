# Three `openssl enc` children encrypting random bytes in parallel through pipes. Real
# ciphertext is salted randomly, so only its shape is printed: the `Salted__` header and the
# length (16 header bytes + 10 bytes padded to 16). OpenSSL's key-derivation warning goes
# to the child's stderr, which is ours.
import os
import subprocess


def run_encrypt(data):
    env = os.environ.copy()
    env['password'] = 'zf7ShyBhZOraQDdE/FiZpm/m/8f9X+M1'
    proc = subprocess.Popen(
        ['openssl', 'enc', '-des3', '-pass', 'env:password'],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE)
    proc.stdin.write(data)
    proc.stdin.flush()  # make sure the child gets the input
    return proc


procs = []
for _ in range(3):
    data = os.urandom(10)
    proc = run_encrypt(data)
    procs.append(proc)

for proc in procs:
    out, err = proc.communicate()
    print(out[:8], len(out), len(out[-10:]), err, proc.returncode)

# With the warning captured instead.
proc = subprocess.Popen(['openssl', 'enc', '-des3', '-pass', 'pass:secret'],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = proc.communicate(b'x' * 20)
print(len(out), out.startswith(b'Salted__'))
print(err.decode())
