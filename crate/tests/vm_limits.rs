//! Bad input for the VM: every kind of runaway or hostile program ends with a specific message,
//! never a panic or a hang. (Fuzzing the parser is in crate/src/python/tests.rs.)

use interleave::vm::{run_source, Budget, Exit, Outcome};

fn run(src: &str) -> Outcome {
    run_source(
        src,
        "main.py",
        "",
        Budget {
            steps: 2_000_000,
            memory: 2_000_000,
            ..Budget::default()
        },
    )
}

#[test]
fn an_endless_loop_stops_at_the_step_budget_with_a_message() {
    let out = run("while True:\n    pass\n");
    assert_eq!(out.exit, Exit::StepBudget);
    assert!(out.stderr.contains("step budget ran out"), "{}", out.stderr);
    assert!(
        out.stderr.contains("--max-steps"),
        "says how to raise it: {}",
        out.stderr
    );
}

#[test]
fn runaway_recursion_raises_recursion_error() {
    let out = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(out.exit, Exit::Exception);
    assert!(
        out.stderr
            .ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("[Previous line repeated 996 more times]"),
        "{}",
        out.stderr
    );
}

#[test]
fn huge_allocations_raise_memory_error() {
    for src in [
        "x = [0] * 10**12\n",
        "s = 'ab' * 10**12\n",
        "x = 2 ** (10**12)\n",
    ] {
        let out = run(src);
        assert_eq!(out.exit, Exit::Exception, "{src}");
        assert!(
            out.stderr.trim_end().ends_with("MemoryError"),
            "{src}: {}",
            out.stderr
        );
    }
}

#[test]
fn growing_a_list_forever_stops_at_the_memory_budget() {
    let out = run_source(
        "x = []\nwhile True:\n    x.append(1)\n",
        "main.py",
        "",
        Budget {
            steps: 50_000_000,
            memory: 200_000,
            ..Budget::default()
        },
    );
    assert!(
        matches!(out.exit, Exit::MemoryBudget | Exit::Exception),
        "{:?}",
        out.exit
    );
    assert!(
        out.stderr.contains("memory") || out.stderr.contains("MemoryError"),
        "{}",
        out.stderr
    );
}

#[test]
fn huge_output_stops_at_a_budget() {
    let out = run("while True:\n    print('x' * 1000)\n");
    assert!(
        matches!(
            out.exit,
            Exit::MemoryBudget | Exit::StepBudget | Exit::OutputLimit | Exit::Exception
        ),
        "{:?}",
        out.exit
    );
    assert!(out.stdout.len() < 200_000_000);
}

#[test]
fn empty_and_junk_programs_do_not_crash() {
    assert_eq!(run("").exit, Exit::Finished(0));
    assert_eq!(run("\n\n# only a comment\n").exit, Exit::Finished(0));
    let junk = run("\u{0}\u{1}\u{2}garbage)(*&^");
    assert_eq!(junk.exit, Exit::CompileError);
    assert!(junk.stderr.contains("SyntaxError"), "{}", junk.stderr);
}

#[test]
fn deep_nesting_is_refused_cleanly() {
    let deep = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    let out = run(&deep);
    assert_eq!(out.exit, Exit::CompileError);
    assert!(
        out.stderr.contains("too many nested parentheses"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_megabyte_of_source_runs() {
    let mut src = String::new();
    while src.len() < 1_000_000 {
        src.push_str("x = 1 + 2 * 3\n");
    }
    src.push_str("print(x)\n");
    let out = run_source(&src, "big.py", "", Budget::default());
    assert_eq!(out.stdout, "7\n");
}

#[test]
fn unsupported_constructs_name_themselves_and_their_line() {
    let out = run("x = 1\nmatch x:\n    case 1:\n        pass\n");
    assert_eq!(out.exit, Exit::CompileError);
    assert!(
        out.stderr.contains("not supported by Interleave"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("line 2"), "{}", out.stderr);
}

#[test]
fn same_program_same_output_every_time() {
    let src = "class A:\n    pass\nprint(A(), object(), id(A()) > 0, [A()])\ndef g():\n    yield 1\nprint(g())\n";
    let first = run(src);
    for _ in 0..3 {
        let again = run(src);
        assert_eq!(again.stdout, first.stdout);
        assert_eq!(again.steps, first.steps);
    }
    assert!(
        first.stdout.contains("<__main__.A object at 0x"),
        "{}",
        first.stdout
    );
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    /// Fragments that combine into mostly-valid programs exercising many VM paths.
    fn fragment() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "x = 1\n",
            "x = x + 1\n",
            "y = [x, x * 2]\n",
            "y.append(x)\n",
            "d = {x: y}\n",
            "print(x, y)\n",
            "for i in range(3):\n    x = x + i\n",
            "while x < 5:\n    x = x + 1\n",
            "def f(a, b=2):\n    return a * b\n",
            "x = f(x)\n",
            "try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\n",
            "g = (i for i in range(3))\n",
            "print(list(g))\n",
            "s = 'ab' * 3\n",
            "print(s[1:], s.upper())\n",
            "class C:\n    def m(self):\n        return self\n",
            "c = C()\n",
            "print(c.m() is c)\n",
            "del x\n",
            "raise ValueError('v')\n",
            "x = y[5]\n",
            "x = d['missing']\n",
            "import itertools\n",
            "print(list(itertools.islice(itertools.count(), 3)))\n",
            "print(f'{x:>5}')\n",
            "x = -x\n",
            "assert x, 'msg'\n",
            "lambda: 0\n",
            "print(sorted([3, 1, 2], reverse=True))\n",
            "x = 10 ** 30\n",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]
        #[test]
        fn random_programs_never_panic(parts in prop::collection::vec(fragment(), 0..12)) {
            let src: String = parts.concat();
            let out = run(&src);
            // Whatever happened, it ended in one of the documented ways with a message if it failed.
            match out.exit {
                Exit::Finished(_) => {}
                _ => prop_assert!(!out.stderr.is_empty(), "silent failure for:\n{}", src),
            }
        }

        #[test]
        fn random_text_never_panics(src in "\\PC{0,200}") {
            let _ = run(&src);
        }
    }
}

/// The native stack the small-stack tests allow: 1 MB (what wasm gets) in optimized builds
/// (`cargo test --release`); unoptimized frames are many times larger, so a debug build (the one
/// `npm test` runs) gets 16 MB, still far too little for native recursion per level of data
/// 50,000 deep.
const SMALL_STACK: usize = if cfg!(debug_assertions) {
    16 << 20
} else {
    1 << 20
};

/// Runs `src` on a thread with a [`SMALL_STACK`], with room for big data: a VM that recursed
/// natively once per level of the program's data would overflow it and abort the test.
fn run_small_stack(src: &str) -> Outcome {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            run_source(
                &src,
                "main.py",
                "",
                Budget {
                    steps: 50_000_000,
                    ..Budget::default()
                },
            )
        })
        .expect("spawn")
        .join()
        .expect("the VM thread did not crash")
}

const DEEP_TUPLES: &str = "\
def mkt(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t
def mkl(n):
    l = []
    for i in range(n):
        l = [l]
    return l
def check(name, f):
    try:
        f()
        print(name, 'ok')
    except RecursionError as e:
        print(name, e)
";

#[test]
fn freeing_long_chains_of_objects_does_not_overflow_the_stack() {
    let out = run_small_stack(
        "class Node:\n    def __init__(s, v, n):\n        s.v = v\n        s.n = n\n\
         head = None\nfor i in range(300000):\n    head = Node(i, head)\nhead = None\n\
         t = ()\nfor i in range(100000):\n    t = (t,)\ndel t\n\
         l = []\nfor i in range(100000):\n    l = [l]\ndel l\n\
         d = {}\nfor i in range(100000):\n    d = {1: d}\ndel d\n\
         def gen(g):\n    yield g\n\
         g = None\nfor i in range(100000):\n    g = gen(g)\ndel g\n\
         x = [1]\nfor i in range(100000):\n    x = [x, {'k': (x,)}]\n\
         print('freed')\n",
    );
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    assert_eq!(out.stdout, "freed\n");
}

#[test]
fn recursive_operations_on_deep_data_raise_recursion_error() {
    let src = format!(
        "{DEEP_TUPLES}\
         t, t2 = mkt(50000), mkt(50000)\n\
         l, l2 = mkl(50000), mkl(50000)\n\
         for x, y in [(t, t2), (l, l2)]:\n\
         \x20   check('eq', lambda: x == y)\n\
         \x20   check('ne', lambda: x != y)\n\
         \x20   check('lt', lambda: x < y)\n\
         \x20   check('in', lambda: x in [y])\n\
         \x20   check('repr', lambda: repr(x))\n\
         \x20   check('str', lambda: str(x))\n\
         \x20   check('fstr', lambda: f'{{x}}')\n\
         check('index', lambda: [l].index(l2))\n\
         check('count', lambda: [l].count(l2))\n\
         check('exc', lambda: str(ValueError(l)))\n\
         check('hash', lambda: hash(t))\n\
         check('frozenset', lambda: frozenset([t]))\n\
         check('set', lambda: {{t}})\n\
         check('key', lambda: {{t: 1}}[t2])\n\
         check('deepset', lambda: {{frozenset([mkt(2000)])}})\n\
         check('inset', lambda: t2 in {{t}})\n\
         check('indict', lambda: t2 in {{t: 1}})\n\
         check('same', lambda: t in {{t}})\n\
         check('shared', lambda: (t, 1) in {{(t, 1)}})\n\
         check('setadd', lambda: {{t, t2}})\n\
         check('dictlit', lambda: {{t: 1, t2: 2}})\n\
         d = {{t: 1}}\n\
         def put():\n\
         \x20   d[t2] = 5\n\
         check('setitem', put)\n\
         check('get', lambda: d.get(t2))\n\
         check('pop', lambda: d.pop(t2))\n\
         check('discard', lambda: {{t}}.discard(t2))\n\
         check('comp', lambda: {{x for x in (t, t2)}})\n\
         s = {{t}}\n\
         check('add', lambda: s.add(t2))\n\
         print(len(d), len(s))\n"
    );
    let out = run_small_stack(&src);
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    let cmp = "maximum recursion depth exceeded in comparison";
    let rep = "maximum recursion depth exceeded while getting the repr of an object";
    let mut want = String::new();
    for _ in 0..2 {
        for line in [
            format!("eq {cmp}"),
            format!("ne {cmp}"),
            format!("lt {cmp}"),
            format!("in {cmp}"),
            format!("repr {rep}"),
            format!("str {rep}"),
            format!("fstr {rep}"),
        ] {
            want.push_str(&line);
            want.push('\n');
        }
    }
    want.push_str(&format!("index {cmp}\ncount {cmp}\nexc {rep}\n"));
    want.push_str(&format!("hash ok\nfrozenset ok\nset ok\nkey {cmp}\n"));
    want.push_str("deepset maximum recursion depth exceeded while hashing a nested key\n");
    // CPython compares equal keys that are not the same object with `==` (checked on python3).
    want.push_str(&format!("inset {cmp}\nindict {cmp}\nsame ok\nshared ok\n"));
    for name in [
        "setadd", "dictlit", "setitem", "get", "pop", "discard", "comp", "add",
    ] {
        want.push_str(&format!("{name} {cmp}\n"));
    }
    want.push_str("1 1\n");
    assert_eq!(out.stdout, want);
}

#[test]
fn data_just_under_the_recursion_limit_still_works_on_a_small_stack() {
    let src = format!(
        "{DEEP_TUPLES}\
         t, t2 = mkt(990), mkt(990)\n\
         l, l2 = mkl(990), mkl(990)\n\
         print(t == t2, l == l2, t < t2, l <= l2, len(repr(t)), len(str(l)))\n\
         print(len({{t: 1, t2: 2}}), hash(t) == hash(t2), t in {{t2}})\n\
         print(len({{frozenset([mkt(990)]), frozenset([mkt(990)])}}))\n\
         def deep(n):\n    return deep(n - 1) if n else repr(mkl(900))\n\
         check('repr under frames', lambda: deep(150))\n"
    );
    let out = run_small_stack(&src);
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "True True False True 2972 1982\n1 True True\n1\n\
         repr under frames maximum recursion depth exceeded while getting the repr of an object\n"
    );
}

/// The memory budget counts what is alive, not everything ever allocated: each list here is
/// freed when the next replaces it (python3 runs this in a few MB).
#[test]
fn memory_freed_is_given_back_to_the_budget() {
    let src = "for i in range(200):\n    l = [0] * 1_000_000\nprint(len(l))\n";
    let out = run_source(src, "main.py", "", Budget::default());
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    assert_eq!(out.stdout, "1000000\n");
    let src = "for i in range(3000):\n    l = [x * 2 for x in range(1000)]\nd = {}\nfor i in range(300):\n    d = {j: (j, str(j)) for j in range(1000)}\nprint(sum(l), len(d))\n";
    let out = run_source(
        src,
        "main.py",
        "",
        Budget {
            steps: 50_000_000,
            memory: 1_000_000,
            ..Budget::default()
        },
    );
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    assert_eq!(out.stdout, "999000 1000\n");
}

/// What stays alive is still counted: containers that keep growing stop at the budget with
/// its message, under the default budget too (a dict of tuples, a list of lists).
#[test]
fn memory_kept_alive_still_stops_at_the_budget() {
    for src in [
        "d = {}\ni = 0\nwhile True:\n    d[i] = (i, str(i))\n    i += 1\n",
        "l = []\nwhile True:\n    l.append([i for i in range(10)])\n",
        "l = []\nwhile True:\n    l.append(1)\n",
    ] {
        let out = run_source(
            src,
            "main.py",
            "",
            Budget {
                steps: 200_000_000,
                memory: 1_000_000,
                ..Budget::default()
            },
        );
        assert_eq!(out.exit, Exit::MemoryBudget, "{src}: {}", out.stderr);
        assert!(
            out.stderr.contains("the memory budget ran out") && out.stderr.contains("--max-memory"),
            "{src}: {}",
            out.stderr
        );
    }
    let out = run_source(
        "d = {}\ni = 0\nwhile True:\n    d[i] = (i, str(i))\n    i += 1\n",
        "main.py",
        "",
        Budget::default(),
    );
    assert_eq!(out.exit, Exit::MemoryBudget, "{}", out.stderr);
}

/// A program printing forever stops at the output limit, keeping at most that much output.
#[test]
fn endless_printing_stops_at_the_output_limit() {
    let out = run_source(
        "while True:\n    print('x' * 1000)\n",
        "main.py",
        "",
        Budget::default(),
    );
    assert_eq!(out.exit, Exit::OutputLimit, "{}", &out.stderr);
    let cap = Budget::default().output as usize;
    assert_eq!(cap, 16 << 20);
    assert!(out.stdout.len() <= cap, "{}", out.stdout.len());
    assert!(out.stdout.len() > cap - 2000, "{}", out.stdout.len());
    assert!(
        out.stderr
            .contains("the output limit ran out (the program wrote more than 16777216 bytes")
            && out.stderr.contains("--max-output"),
        "{}",
        out.stderr
    );
    // Output to stderr counts too, and a smaller limit is kept to.
    let out = run_source(
        "import sys\nfor i in range(10**6):\n    print(i)\n    sys.stderr.write('e' * 50)\n",
        "main.py",
        "",
        Budget {
            output: 10_000,
            ..Budget::default()
        },
    );
    assert_eq!(out.exit, Exit::OutputLimit, "{}", &out.stderr);
    let notice = out.stderr.rfind("\ninterleave: stopped").unwrap_or(0);
    assert!(
        out.stdout.len() + notice <= 10_000,
        "{} {notice}",
        out.stdout.len()
    );
    // Under the limit nothing changes.
    let out = run_source("print('hi')\n", "main.py", "", Budget::default());
    assert_eq!(out.stdout, "hi\n");
}
