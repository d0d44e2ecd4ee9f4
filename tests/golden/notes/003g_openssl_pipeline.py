# Chaining children like a Unix pipeline: each encrypt child's stdout feeds a Whirlpool
# digest child. The parent closes its copy of the pipe so only the digest child reads it.
# Ciphertext is random, so only lengths are printed; then a digest of fixed input, which
# is the real Whirlpool value.
import os
import subprocess

HASH_CMD = ['openssl', 'dgst', '-provider', 'legacy', '-whirlpool', '-binary']


def run_encrypt(data):
    env = os.environ.copy()
    env['password'] = 'zf7ShyBhZOraQDdE/FiZpm/m/8f9X+M1'
    proc = subprocess.Popen(
        ['openssl', 'enc', '-des3', '-pbkdf2', '-pass', 'env:password'],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE)
    proc.stdin.write(data)
    proc.stdin.flush()
    return proc


def run_hash(input_stdin):
    return subprocess.Popen(
        HASH_CMD,
        stdin=input_stdin,
        stdout=subprocess.PIPE)


encrypt_procs = []
hash_procs = []
for _ in range(3):
    data = os.urandom(10)

    encrypt_proc = run_encrypt(data)
    encrypt_procs.append(encrypt_proc)

    hash_proc = run_hash(encrypt_proc.stdout)
    hash_procs.append(hash_proc)

    # Let the digest child own the pipe (and get SIGPIPE semantics right).
    encrypt_proc.stdout.close()
    encrypt_proc.stdout = None

for proc in encrypt_procs:
    proc.communicate()
    assert proc.returncode == 0

for proc in hash_procs:
    out, _ = proc.communicate()
    print(len(out), len(out[-10:]))

assert proc.returncode == 0

source = subprocess.Popen(['echo', 'hello whirlpool'], stdout=subprocess.PIPE)
digest = subprocess.Popen(HASH_CMD, stdin=source.stdout, stdout=subprocess.PIPE)
source.stdout.close()
out, _ = digest.communicate()
source.wait()
print(out[-10:], out[:4].hex())
print(source.returncode, digest.returncode)
