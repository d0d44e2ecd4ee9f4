//! `subprocess` programs that cannot be golden against python3: the openssl pipelines of the
//! course notes (real openssl salts with fresh random bytes, so its output differs run to run),
//! and timings on the virtual clock that are exact here but only approximate on a real machine.

mod common;

use common::{assert_finished, run_small as run};

/// Run a program that must succeed; return (stdout, stderr).
fn ok(src: &str) -> (String, String) {
    let out = run(src);
    assert_finished(&out);
    (out.stdout, out.stderr)
}

const PIPELINE: &str = r#"import os
import subprocess
import time

def run_encrypt(data):
    env = {'password': 'zf7ShyBhZOraQDdE/FiZpm/m/8f9X+M1'}
    proc = subprocess.Popen(
        ['openssl', 'enc', '-des3', '-pass', 'env:password'],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE)
    proc.stdin.write(data)
    proc.stdin.flush()
    return proc

def run_hash(input_stdin):
    return subprocess.Popen(
        ['openssl', 'dgst', '-whirlpool', '-binary'],
        stdin=input_stdin,
        stdout=subprocess.PIPE)

procs = []
for _ in range(3):
    data = os.urandom(10)
    proc = run_encrypt(data)
    procs.append(proc)
for proc in procs:
    out, _ = proc.communicate()
    print(len(out), out[:8], out[-10:])

encrypt_procs = []
hash_procs = []
t0 = time.monotonic()
for _ in range(3):
    data = os.urandom(100)
    encrypt_proc = run_encrypt(data)
    encrypt_procs.append(encrypt_proc)
    hash_proc = run_hash(encrypt_proc.stdout)
    hash_procs.append(hash_proc)
    encrypt_proc.stdout.close()
    encrypt_proc.stdout = None
for proc in encrypt_procs:
    print(proc.communicate())
    assert proc.returncode == 0
for proc in hash_procs:
    out, _ = proc.communicate()
    print(len(out), out[-10:])
    assert proc.returncode == 0
print(round(time.monotonic() - t0, 4))
"#;

#[test]
fn openssl_encrypt_and_whirlpool_pipeline_from_the_notes() {
    let (stdout, stderr) = ok(PIPELINE);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 10, "{stdout}");
    for line in &lines[..3] {
        assert!(line.starts_with("32 b'Salted__' b"), "{line}");
    }
    for line in &lines[3..6] {
        assert_eq!(*line, "(None, None)");
    }
    for line in &lines[6..9] {
        assert!(line.starts_with("64 b"), "{line}");
    }
    // Six encryptions, each warning on stderr as OpenSSL 3 does.
    assert_eq!(
        stderr
            .matches("*** WARNING : deprecated key derivation used.")
            .count(),
        6
    );
    // The three pipelines run in parallel: a few ms of virtual time, not three times as much.
    let secs: f64 = lines[9].parse().unwrap_or(f64::NAN);
    assert!(secs > 0.0 && secs < 0.02, "{secs}");
}

#[test]
fn the_same_program_prints_the_same_bytes_every_run() {
    let a = run(PIPELINE);
    let b = run(PIPELINE);
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stderr, b.stderr);
    assert_eq!(a.trace_hash, b.trace_hash);
}

#[test]
fn parallel_children_overlap_and_sequential_ones_add_up() {
    let (stdout, _) = ok("import subprocess, time\n\
         t0 = time.monotonic()\n\
         procs = [subprocess.Popen(['sleep', '1']) for _ in range(10)]\n\
         for p in procs:\n    p.wait()\n\
         print(round(time.monotonic() - t0, 3))\n\
         t0 = time.monotonic()\n\
         for _ in range(10):\n    subprocess.run(['sleep', '1'])\n\
         print(round(time.monotonic() - t0, 3))\n\
         print([p.pid for p in procs][:3])\n");
    assert_eq!(stdout, "1.006\n10.015\n[4243, 4244, 4245]\n");
}

#[test]
fn a_pipeline_finishes_no_earlier_than_its_upstream() {
    let (stdout, _) = ok("import subprocess, time\n\
         t0 = time.monotonic()\n\
         p1 = subprocess.Popen(['sleep', '0.5'], stdout=subprocess.PIPE)\n\
         p2 = subprocess.Popen(['cat'], stdin=p1.stdout, stdout=subprocess.PIPE)\n\
         print(p2.poll())\n\
         out, _ = p2.communicate()\n\
         print(out, p2.returncode, p1.poll(), round(time.monotonic() - t0, 3))\n");
    assert_eq!(stdout, "None\nb'' 0 0 0.503\n");
}

#[test]
fn input_written_late_delays_the_finish() {
    let (stdout, _) = ok("import subprocess, time\n\
         p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n\
         time.sleep(2)\n\
         print(p.poll())\n\
         p.stdin.write(b'late')\n\
         p.stdin.close()\n\
         print(p.poll())\n\
         print(p.stdout.read(), p.wait())\n");
    assert_eq!(stdout, "None\nNone\nb'late' 0\n");
}

#[test]
fn threads_can_wait_for_children_concurrently() {
    let (stdout, _) = ok("import subprocess, threading, time\n\
         t0 = time.monotonic()\n\
         def work(n):\n    subprocess.run(['sleep', str(n)])\n\
         ts = [threading.Thread(target=work, args=(n,)) for n in (1, 2, 3)]\n\
         for t in ts:\n    t.start()\n\
         for t in ts:\n    t.join()\n\
         print(round(time.monotonic() - t0, 1))\n");
    assert_eq!(stdout, "3.0\n");
}
