//! The simulated blocking I/O modules (`select`, `socket`, `requests`) and `os.environ`: what
//! depends on the virtual clock or the seed, so it cannot be golden against python3 (the
//! golden programs in tests/golden/io check the messages and reprs). Programs live in
//! tests/programs/io.

mod common;

use common::assert_finished;
use interleave::scheduler::Settings;
use interleave::vm::{run_program, Budget, BudgetHints, Exit, Outcome, Program};

fn source(name: &str) -> String {
    common::source("io", name)
}

fn run_src(src: &str, policy: &str, seed: u64) -> Outcome {
    run_program(&Program {
        source: src,
        filename: "main.py",
        stdin: "",
        argv: &[],
        budget: Budget {
            steps: 50_000_000,
            memory: 20_000_000,
            ..Budget::default()
        },
        settings: Settings {
            policy: policy.to_string(),
            seed,
            ..Settings::default()
        },
        hints: BudgetHints::default(),
    })
}

/// Run a program that must succeed; return its stdout.
fn ok_src(src: &str, policy: &str, seed: u64) -> String {
    let out = run_src(src, policy, seed);
    assert_finished(&out);
    assert_eq!(out.stderr, "", "unexpected stderr");
    out.stdout
}

fn ok(name: &str, seed: u64) -> String {
    ok_src(&source(name), "cpython-3.11", seed)
}

/// The numbers on one line of output.
fn numbers(line: &str) -> Vec<f64> {
    line.split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok())
        .collect()
}

fn close(value: f64, expected: f64, slack: f64) -> bool {
    value >= expected && value <= expected + slack
}

#[test]
fn five_selects_take_a_tenth_of_a_second_in_threads_and_half_a_second_in_sequence() {
    for policy in ["cpython-3.11", "gil-anywhere", "free-threaded"] {
        let out = ok_src(&source("selects_threads.py"), policy, 0);
        let n = numbers(&out);
        assert_eq!(n.len(), 2, "{out}");
        let (sequential, threaded) = (n[0], n[1]);
        assert!(
            close(sequential, 0.5, 0.005),
            "{policy}: sequential {sequential}"
        );
        assert!(close(threaded, 0.1, 0.005), "{policy}: threaded {threaded}");
    }
}

#[test]
fn the_notes_select_on_a_fresh_socket_returns_at_once() {
    let src = "import select, socket, time\n\
               start = time.time()\n\
               for _ in range(5):\n    select.select([socket.socket()], [], [], 0.1)\n\
               print(f'{time.time() - start: .3f}')\n";
    assert_eq!(ok_src(src, "cpython-3.11", 0), " 0.000\n");
}

#[test]
fn recv_and_select_wake_when_another_thread_sends_or_closes() {
    let out = ok("recv_wakes.py", 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].starts_with("b'ping' "), "{out}");
    let waited = numbers(lines[0])[0];
    assert!(close(waited, 0.25, 0.002), "recv waited {waited}");
    let n = numbers(lines[1]);
    assert_eq!(n[0], 1.0, "{out}");
    assert!(close(n[1], 0.1, 0.002), "select waited {}", n[1]);
    assert_eq!(lines[2], "b'x' b''");
}

#[test]
fn a_recv_nobody_answers_is_reported_as_a_deadlock() {
    let src = "import socket\na, b = socket.socketpair()\nprint('waiting')\na.recv(1)\n";
    let out = run_src(src, "cpython-3.11", 0);
    assert_eq!(out.exit, Exit::Deadlock, "{}", out.stderr);
    assert_eq!(out.stdout, "waiting\n");
    // The report says what the thread waits for: data on that socket, not a Condition.
    assert!(
        out.stderr
            .contains("MainThread (line 4) waits for data or a close on socket fd=3"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_select_nobody_answers_names_its_sockets_in_the_deadlock_report() {
    let src = "import select, socket\na, b = socket.socketpair()\nc, d = socket.socketpair()\n\
               select.select([a, c], [], [])\n";
    let out = run_src(src, "cpython-3.11", 0);
    assert_eq!(out.exit, Exit::Deadlock, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("waits for one of the sockets fd=3, 5 to be ready"),
        "{}",
        out.stderr
    );
}

#[test]
fn recv_timeouts_run_on_the_virtual_clock() {
    let src = "import socket, time\n\
               a, b = socket.socketpair()\n\
               a.settimeout(1.5)\n\
               start = time.monotonic()\n\
               try:\n    a.recv(1)\nexcept TimeoutError as e:\n    print(e)\n\
               print(f'{time.monotonic() - start:.4f}')\n";
    assert_eq!(ok_src(src, "cpython-3.11", 0), "timed out\n1.5000\n");
}

/// (sizes line, sequential seconds, pooled seconds) of downloads.py under `seed`.
fn downloads(seed: u64) -> (String, f64, f64) {
    let out = ok("downloads.py", seed);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    let n = numbers(lines[1]);
    (lines[0].to_string(), n[0], n[1])
}

#[test]
fn ten_downloads_overlap_in_a_pool_of_five_threads() {
    for seed in [0, 1, 2] {
        let (sizes, sequential, pooled) = downloads(seed);
        assert_eq!(sizes, "True [10966, 276]");
        // Ten responses of 20-180 ms each, plus opening two connections.
        assert!(
            (0.2..=2.0).contains(&sequential),
            "seed {seed}: sequential {sequential}"
        );
        assert!(
            pooled * 2.5 < sequential,
            "seed {seed}: pooled {pooled} vs sequential {sequential}"
        );
        // Five workers, two rounds of requests, each with a connection to open.
        assert!(pooled >= 0.06, "seed {seed}: pooled {pooled}");
    }
}

#[test]
fn latencies_replay_with_the_seed_and_change_with_another() {
    let a = downloads(7);
    let b = downloads(7);
    assert_eq!(a, b);
    let c = downloads(8);
    assert_ne!(
        (a.1, a.2),
        (c.1, c.2),
        "seeds 7 and 8 gave the same latencies"
    );
}

#[test]
fn each_request_waits_a_realistic_latency() {
    let src = "import requests, time\n\
               s = requests.Session()\n\
               for _ in range(20):\n\
               \x20   start = time.monotonic()\n\
               \x20   r = s.get('https://example.com/page')\n\
               \x20   print(round((time.monotonic() - start) * 1000), len(r.content), r.status_code)\n";
    let out = ok_src(src, "cpython-3.11", 3);
    let rows: Vec<Vec<f64>> = out.lines().map(numbers).collect();
    assert_eq!(rows.len(), 20);
    // The first request also opens the connection (https: 20-80 ms).
    assert!((40.0..=261.0).contains(&rows[0][0]), "{out}");
    for row in &rows[1..] {
        assert!((20.0..=181.0).contains(&row[0]), "{out}");
        assert_eq!(row[1], 1256.0);
        assert_eq!(row[2], 200.0);
    }
    let distinct: std::collections::BTreeSet<i64> = rows.iter().map(|r| r[0] as i64).collect();
    assert!(distinct.len() > 5, "latencies hardly vary: {out}");
}

#[test]
fn requests_get_works_from_many_threads_and_reports_url_errors() {
    let src = "import requests, threading, time\n\
               from requests.exceptions import MissingSchema, InvalidSchema\n\
               sizes = []\n\
               def fetch(url):\n    sizes.append(len(requests.get(url).content))\n\
               start = time.monotonic()\n\
               threads = [threading.Thread(target=fetch, args=('http://olympus.realpython.org/dice',)) for _ in range(20)]\n\
               for t in threads: t.start()\n\
               for t in threads: t.join()\n\
               print(sizes == [276] * 20, time.monotonic() - start < 0.3)\n\
               for url in ['www.jython.org', 'ftp://example.com']:\n\
               \x20   try:\n        requests.get(url)\n\
               \x20   except (MissingSchema, InvalidSchema) as e:\n        print(type(e).__name__, e)\n\
               print(issubclass(MissingSchema, ValueError), issubclass(requests.ConnectTimeout, requests.ConnectionError), issubclass(requests.ConnectTimeout, requests.Timeout))\n\
               r = requests.get('https://httpbin.org/status/503')\n\
               print(r, r.ok)\n\
               try:\n    r.raise_for_status()\nexcept requests.HTTPError as e:\n    print(e)\n";
    assert_eq!(
        ok_src(src, "cpython-3.11", 0),
        "True True\n\
         MissingSchema Invalid URL 'www.jython.org': No scheme supplied. Perhaps you meant https://www.jython.org?\n\
         InvalidSchema No connection adapters were found for 'ftp://example.com'\n\
         True True True\n\
         <Response [503]> False\n\
         503 Server Error: Service Unavailable for url: https://httpbin.org/status/503\n"
    );
}

#[test]
fn the_notes_download_lesson_runs_with_logging() {
    // The notes' threading version, with fewer sites; `except e:` is theirs (never reached).
    let src = "import requests, time, concurrent.futures, logging, threading\n\
               thread_local = threading.local()\n\
               def get_session():\n\
               \x20   try:\n        return thread_local.session\n\
               \x20   except AttributeError:\n        thread_local.session = requests.Session()\n        return thread_local.session\n\
               def download_site(url):\n\
               \x20   try:\n\
               \x20       session = get_session()\n\
               \x20       with session.get(url) as response:\n\
               \x20           logging.info(f'Read {len(response.content)} from {url}')\n\
               \x20   except e:\n        logging.info(e)\n\
               def download_all_sites(sites):\n\
               \x20   with concurrent.futures.ThreadPoolExecutor(max_workers=160) as executor:\n\
               \x20       executor.map(download_site, sites)\n\
               logging.basicConfig(format='%(message)s', level=logging.INFO)\n\
               sites = ['https://www.jython.org', 'http://olympus.realpython.org/dice'] * 4\n\
               start_time = time.time()\n\
               download_all_sites(sites)\n\
               duration = time.time() - start_time\n\
               print(f'Downloaded {len(sites)} in {duration < 0.5} seconds')\n";
    let out = run_src(src, "cpython-3.11", 0);
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    assert_eq!(out.stdout, "Downloaded 8 in True seconds\n");
    let mut lines: Vec<&str> = out.stderr.lines().collect();
    lines.sort();
    assert_eq!(lines.len(), 8, "{}", out.stderr);
    assert_eq!(
        lines[0], "Read 10966 from https://www.jython.org",
        "{}",
        out.stderr
    );
    assert_eq!(lines[7], "Read 276 from http://olympus.realpython.org/dice");
}

#[test]
fn os_environ_is_a_fixed_environment_that_children_inherit() {
    let src = "import os, subprocess\n\
               for k in ('HOME', 'PATH', 'USER', 'LANG', 'PWD', 'SHELL'):\n    print(k, os.environ[k])\n\
               print(os.getenv('NOPE'), os.environ.get('NOPE', '-'))\n\
               os.environ['GREETING'] = 'hi'\n\
               print(subprocess.run(['printenv', 'GREETING'], capture_output=True, text=True).stdout, end='')\n\
               del os.environ['USER']\n\
               out = subprocess.run(['env'], capture_output=True, text=True).stdout\n\
               print(out.splitlines() == [k + '=' + v for k, v in os.environ.items()])\n\
               print('USER' in out, list(os.environ)[-1])\n";
    assert_eq!(
        ok_src(src, "cpython-3.11", 0),
        "HOME /home/learner\n\
         PATH /usr/local/bin:/usr/bin:/bin\n\
         USER learner\n\
         LANG C.UTF-8\n\
         PWD /home/learner\n\
         SHELL /bin/bash\n\
         None -\n\
         hi\n\
         True\n\
         False GREETING\n"
    );
}

#[test]
fn network_operations_say_they_are_not_supported() {
    let src = "import socket\ns = socket.socket()\ns.connect(('example.com', 80))\n";
    let out = run_src(src, "cpython-3.11", 0);
    assert_eq!(out.exit, Exit::Exception);
    assert!(
        out.stderr
            .contains("OSError: not supported by Interleave: socket.connect()"),
        "{}",
        out.stderr
    );
}

#[test]
fn responses_look_like_requests_responses() {
    let src = "import requests, time\n\
               start = time.monotonic()\n\
               with requests.get('HTTPS://WWW.Jython.org') as r:\n\
               \x20   took = time.monotonic() - start\n\
               \x20   print(r, r.status_code, r.reason, r.ok, bool(r), r.url)\n\
               \x20   print(len(r.content), len(r.text), r.text.startswith('<!DOCTYPE html>'), r.encoding)\n\
               \x20   print(r.headers['Content-Length'], r.request, r.request.url, r.history)\n\
               \x20   print(abs(r.elapsed.total_seconds() - took) < 0.001, 0.04 <= took <= 0.27)\n\
               \x20   print(b''.join(r.iter_content(1000)) == r.content)\n\
               print(requests.head('http://example.com').content, requests.codes.not_found)\n";
    assert_eq!(
        ok_src(src, "cpython-3.11", 5),
        "<Response [200]> 200 OK True True https://www.jython.org/\n\
         10966 10966 True utf-8\n\
         10966 <PreparedRequest [GET]> https://www.jython.org/ []\n\
         True True\n\
         True\n\
         b'' 404\n"
    );
}
