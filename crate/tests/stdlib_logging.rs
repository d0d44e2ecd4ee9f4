//! `logging` and `time` output that depends on the virtual clock, so it cannot be a golden
//! program checked against python3: the clock starts at 2024-01-01 09:00:00 UTC
//! (scheduler::DEFAULT_START_UNIX) and moves with virtual time, so asctime, msecs,
//! relativeCreated, time.ctime() and friends have exact, stable values on the VM.

mod common;

use common::{assert_finished, run_small as run};

/// Run a program that must succeed; return (stdout, stderr).
fn ok(src: &str) -> (String, String) {
    let out = run(src);
    assert_finished(&out);
    (out.stdout, out.stderr)
}

#[test]
fn asctime_with_the_default_format_starts_at_the_virtual_epoch() {
    let (stdout, stderr) = ok("import logging\n\
         logging.basicConfig(format='%(asctime)s %(message)s')\n\
         logging.warning('x')\n");
    assert_eq!(stdout, "");
    assert_eq!(stderr, "2024-01-01 09:00:00,000 x\n");
}

#[test]
fn the_same_program_gives_the_same_times_every_run() {
    let src = "import logging, time\n\
         logging.basicConfig(format='%(asctime)s %(msecs)r %(relativeCreated)r %(created)r %(message)s')\n\
         logging.warning('one')\n\
         time.sleep(0.5)\n\
         logging.warning('two')\n";
    let first = ok(src);
    for _ in 0..3 {
        assert_eq!(ok(src), first);
    }
    let lines: Vec<&str> = first.1.lines().collect();
    assert_eq!(lines.len(), 2, "{}", first.1);
    assert!(
        lines[0].starts_with("2024-01-01 09:00:00,000 0.0 "),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("2024-01-01 09:00:00,500 500.0 "),
        "{}",
        lines[1]
    );
}

#[test]
fn the_course_threading_example_prints_virtual_wall_clock_times() {
    // The shape of the lesson's first threading program, with datefmt='%H:%M:%S'.
    let (stdout, stderr) = ok("import logging, threading, time\n\
         \n\
         def thread_function(name):\n\
         \x20   logging.info('Thread %s: starting', name)\n\
         \x20   time.sleep(2)\n\
         \x20   logging.info('Thread %s: finishing', name)\n\
         \n\
         format = '%(asctime)s: %(message)s'\n\
         logging.basicConfig(format=format, level=logging.INFO, datefmt='%H:%M:%S')\n\
         logging.info('Main    : before creating thread')\n\
         x = threading.Thread(target=thread_function, args=(1,))\n\
         logging.info('Main    : before running thread')\n\
         x.start()\n\
         logging.info('Main    : wait for the thread to finish')\n\
         x.join()\n\
         logging.info('Main    : all done')\n");
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "09:00:00: Main    : before creating thread\n\
         09:00:00: Main    : before running thread\n\
         09:00:00: Thread 1: starting\n\
         09:00:00: Main    : wait for the thread to finish\n\
         09:00:02: Thread 1: finishing\n\
         09:00:02: Main    : all done\n"
    );
}

#[test]
fn msecs_and_relative_created_follow_sleeps_in_threads() {
    let (_, stderr) = ok("import logging, threading, time\n\
         logging.basicConfig(format='%(asctime)s.%(msecs)03d %(relativeCreated)d %(threadName)s %(message)s', datefmt='%H:%M:%S')\n\
         def work(n):\n\
         \x20   time.sleep(0.25 * n)\n\
         \x20   logging.warning('worker %d', n)\n\
         ts = [threading.Thread(target=work, args=(i,)) for i in (3, 1, 2)]\n\
         for t in ts: t.start()\n\
         for t in ts: t.join()\n\
         time.sleep(60)\n\
         logging.warning('a minute later')\n");
    assert_eq!(
        stderr,
        "09:00:00.250 250 Thread-2 (work) worker 1\n\
         09:00:00.500 500 Thread-3 (work) worker 2\n\
         09:00:00.750 750 Thread-1 (work) worker 3\n\
         09:01:00.750 60750 MainThread a minute later\n"
    );
}

#[test]
fn time_functions_read_the_virtual_clock_in_utc() {
    let (stdout, _) = ok("import time\n\
         print(time.ctime())\n\
         print(time.asctime())\n\
         print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z'))\n\
         print(time.localtime())\n\
         print(time.gmtime().tm_zone, time.localtime().tm_zone)\n\
         print(time.timezone, time.altzone, time.daylight, time.tzname)\n\
         time.sleep(3661)\n\
         print(time.ctime())\n\
         print(time.strftime('%c'))\n\
         print(time.mktime(time.localtime()) == int(time.time()))\n\
         print(time.ctime(0), '|', time.ctime(1704099600.9))\n");
    assert_eq!(
        stdout,
        "Mon Jan  1 09:00:00 2024\n\
         Mon Jan  1 09:00:00 2024\n\
         2024-01-01 09:00:00 UTC +0000\n\
         time.struct_time(tm_year=2024, tm_mon=1, tm_mday=1, tm_hour=9, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=1, tm_isdst=0)\n\
         GMT UTC\n\
         0 0 0 ('UTC', 'UTC')\n\
         Mon Jan  1 10:01:01 2024\n\
         Mon Jan  1 10:01:01 2024\n\
         True\n\
         Thu Jan  1 00:00:00 1970 | Mon Jan  1 09:00:00 2024\n"
    );
}

#[test]
fn records_carry_the_simulated_process() {
    let (stdout, _) = ok("import logging, os\n\
         r = logging.makeLogRecord({})\n\
         print(r.process == os.getpid(), r.process, r.processName)\n");
    assert_eq!(stdout, "True 4242 MainProcess\n");
}

#[test]
fn created_is_the_virtual_unix_time() {
    let (stdout, _) = ok("import logging, time\n\
         r = logging.makeLogRecord({})\n\
         print(1704099600 <= r.created < 1704099600.01, int(r.created))\n\
         time.sleep(10)\n\
         r = logging.makeLogRecord({})\n\
         print(int(r.created), r.msecs, int(r.relativeCreated))\n");
    assert_eq!(stdout, "True 1704099600\n1704099610 0.0 10000\n");
}

#[test]
fn the_caller_is_the_program_line_also_with_stacklevel() {
    let (_, stderr) = ok("import logging\n\
         logging.basicConfig(format='%(filename)s %(module)s %(funcName)s:%(lineno)d %(message)s')\n\
         def helper(msg):\n\
         \x20   logging.warning(msg, stacklevel=2)\n\
         def caller():\n\
         \x20   helper('attributed to the caller')\n\
         caller()\n\
         helper('from module level')\n\
         logging.getLogger('x').error('direct')\n\
         logging.warning('too deep', stacklevel=50)\n");
    assert_eq!(
        stderr,
        "main.py main caller:6 attributed to the caller\n\
         main.py main <module>:8 from module level\n\
         main.py main <module>:9 direct\n\
         main.py main <module>:10 too deep\n"
    );
}

#[test]
fn lines_from_many_threads_never_tear() {
    // StreamHandler writes message + terminator in one write, so every line is whole.
    let (_, stderr) = ok("import logging, threading\n\
         logging.basicConfig(format='%(threadName)s|%(message)s')\n\
         def work(n):\n\
         \x20   for i in range(20):\n\
         \x20       logging.warning('line %d of worker %d', i, n)\n\
         ts = [threading.Thread(target=work, args=(n,)) for n in range(8)]\n\
         for t in ts: t.start()\n\
         for t in ts: t.join()\n");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 160, "{stderr}");
    for line in lines {
        let (thread, message) = line.split_once('|').expect("a whole line");
        let n: usize = thread
            .strip_prefix("Thread-")
            .and_then(|t| t.strip_suffix(" (work)"))
            .and_then(|t| t.parse().ok())
            .expect("a thread name");
        assert!(
            message.starts_with("line ") && message.ends_with(&format!(" of worker {}", n - 1)),
            "{line}"
        );
    }
}

#[test]
fn exception_in_a_thread_prints_the_record_and_its_traceback() {
    let (_, stderr) = ok("import logging, threading\n\
         logging.basicConfig(format='%(threadName)s %(levelname)s %(message)s')\n\
         def work():\n\
         \x20   try:\n\
         \x20       1 / 0\n\
         \x20   except ZeroDivisionError:\n\
         \x20       logging.exception('worker failed')\n\
         t = threading.Thread(target=work, name='w1')\n\
         t.start()\n\
         t.join()\n");
    assert_eq!(
        stderr,
        "w1 ERROR worker failed\n\
         Traceback (most recent call last):\n\
         \x20 File \"main.py\", line 5, in work\n\
         \x20   1 / 0\n\
         \x20   ~~^~~\n\
         ZeroDivisionError: division by zero\n"
    );
}

#[test]
fn an_exception_on_a_stream_other_than_stderr_shows_its_traceback() {
    let (stdout, _) = ok("import logging, sys\n\
         logging.basicConfig(stream=sys.stdout, format='%(message)s')\n\
         try:\n\
         \x20   {}['k']\n\
         except KeyError:\n\
         \x20   logging.exception('lookup')\n\
         print('after')\n");
    // As CPython prints it (the traceback text comes from _thread._format_exception).
    assert_eq!(
        stdout,
        "lookup\nTraceback (most recent call last):\n  File \"main.py\", line 4, in <module>\n    {}['k']\n    ~~^^^^^\nKeyError: 'k'\nafter\n"
    );
}
