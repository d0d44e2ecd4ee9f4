//! `s += t` grows a str in place only when nobody else can see it (`vm/str_add.rs`,
//! `pystr.rs`): every other reference keeps the old text, and long loops of appends finish.

mod common;

use interleave::scheduler::Settings;
use interleave::vm::{run_source, Budget, Exit, Outcome};

fn run(src: &str) -> Outcome {
    run_source(src, "main.py", "", Budget::default())
}

fn run_ok(src: &str) -> String {
    let out = run(src);
    assert_eq!(out.exit, Exit::Finished(0), "{}", out.stderr);
    out.stdout
}

/// The program and what python3 3.11 printed for it.
const ALIASES: &str = r#"def locals_():
    s = "ab" * 40
    s += "!"
    a = s
    s += "x"
    b = s
    s += "y"
    print(len(a), a[-1], len(b), b[-1], len(s), s[-2:], a is b, b is s)

def containers():
    s = "q" * 70
    s += "1"
    lst = [s]
    tup = (s,)
    s += "2"
    print(lst[0][-1], tup[0][-1], s[-2:])

def dict_key_then_grown():
    s = "k" * 100
    s += "a"
    d = {s: "old"}
    s += "b"
    d[s] = "new"
    print(len(d), d["k" * 100 + "a"], d["k" * 100 + "ab"], sorted(len(k) for k in d))
    keys = list(d)
    print(keys[0][-1], keys[1][-2:])

def closure_cell():
    s = "c" * 64
    def grow(t):
        nonlocal s
        s += t
    def peek():
        return s
    grow("1")
    held = peek()
    grow("2")
    print(held[-1], s[-2:], peek()[-2:])

def default_and_generator():
    s = "d" * 80
    def f(x=s):
        return x
    def gen(v):
        yield v
        yield v
    g = gen(s)
    first = next(g)
    s += "!"
    print(f()[-1], first[-1], next(g)[-1], s[-1])

def self_add():
    s = "ab" * 50
    s += s
    s += s
    print(len(s), s[:4], s[-4:])

def attr_and_items():
    class Box:
        pass
    b = Box()
    b.text = "t" * 65
    keep = b.text
    b.text += "+"
    rows = ["r" * 65]
    row0 = rows[0]
    rows[0] += "+"
    table = {"k": "v" * 65}
    v0 = table["k"]
    table["k"] += "+"
    print(keep[-1], b.text[-1], row0[-1], rows[0][-1], v0[-1], table["k"][-1])

g = "G" * 70
g += "1"
galias = g
g += "2"
print(galias[-1], g[-2:])

locals_()
containers()
dict_key_then_grown()
closure_cell()
default_and_generator()
self_add()
attr_and_items()
"#;
const ALIASES_OUT: &str = "1 12\n81 ! 82 x 83 xy False False\n1 1 12\n2 old new [101, 102]\na ab\n1 12 12\nd d d !\n400 abab abab\nt + r + v +\n";

#[test]
fn other_references_never_see_a_str_grow() {
    assert_eq!(run_ok(ALIASES), ALIASES_OUT);
}

/// Attributes grow in place only when the store is a plain one into the instance's dict: a
/// `__setattr__` or a property setter still sees the old value, and `__slots__` and a taken
/// `__dict__` work. (The program and what python3 3.11 printed for it.)
const ATTRS: &str = r#"class Plain:
    def __init__(self):
        self.s = ""
    def grow(self, n):
        for i in range(n):
            self.s += "ab"

p = Plain()
p.grow(3)
keep = p.s
p.grow(2)
print(keep, p.s, keep is p.s)

class Watch:
    def __init__(self):
        object.__setattr__(self, "s", "w" * 70)
    def __setattr__(self, name, value):
        old = self.__dict__.get(name)
        print("set", name, len(old), len(value), old is value)
        object.__setattr__(self, name, value)

w = Watch()
for i in range(3):
    w.s += "+"

class Prop:
    def __init__(self):
        self.__dict__["v"] = "p" * 70
    @property
    def v(self):
        return self.__dict__["v"]
    @v.setter
    def v(self, value):
        print("setter sees", len(self.__dict__["v"]), len(value))
        self.__dict__["v"] = value

q = Prop()
for i in range(3):
    q.v += "x"

class Slotted:
    __slots__ = ("s",)
    def __init__(self):
        self.s = ""

z = Slotted()
for i in range(5):
    z.s += "z"
print(z.s)

class Big:
    pass
b = Big()
b.text = ""
for i in range(200000):
    b.text += "ab"
print(len(b.text), b.text[-4:])
d = b.__dict__
for i in range(3):
    b.text += "!"
print(d["text"][-4:], b.text[-4:])
"#;
const ATTRS_OUT: &str = "ababab ababababab False\nset s 70 71 False\nset s 71 72 False\nset s 72 73 False\nsetter sees 70 71\nsetter sees 71 72\nsetter sees 72 73\nzzzzz\n400000 abab\nb!!! b!!!\n";

#[test]
fn attribute_appends_never_skip_user_setters() {
    assert_eq!(run_ok(ATTRS), ATTRS_OUT);
}

/// 200,000 appends, each in its own kind of place: the result's length and text.
#[test]
fn two_hundred_thousand_appends_finish() {
    let places = [
        ("local", "def f():\n    s = ''\n    for i in range(N):\n        s += 'ab'\n    return s\nr = f()\n"),
        ("global", "r = ''\nfor i in range(N):\n    r += 'ab'\n"),
        ("plus", "def f():\n    s = ''\n    for i in range(N):\n        s = s + 'ab'\n    return s\nr = f()\n"),
        ("cell", "def f():\n    s = ''\n    def g():\n        nonlocal s\n        for i in range(N):\n            s += 'ab'\n    g()\n    return s\nr = f()\n"),
        ("list item", "xs = ['']\nfor i in range(N):\n    xs[0] += 'ab'\nr = xs[0]\n"),
        ("attribute", "class B:\n    pass\nb = B()\nb.s = ''\nfor i in range(N):\n    b.s += 'ab'\nr = b.s\n"),
        ("dict item", "d = {'k': ''}\nfor i in range(N):\n    d['k'] += 'ab'\nr = d['k']\n"),
    ];
    for (what, body) in places {
        let src = format!(
            "N = 200000\n{body}print(len(r), r[:4], r[-4:], r.count('ab'), r == 'ab' * N)\n"
        );
        assert_eq!(run_ok(&src), "400000 abab abab 200000 True\n", "{what}");
    }
}

#[test]
fn an_alias_taken_during_a_long_loop_keeps_its_text() {
    let src = "s = ''\nsnaps = []\nfor i in range(50000):\n    s += 'xy'\n    if i % 10000 == 0:\n        snaps.append(s)\nprint([len(x) for x in snaps], len(s), all(x == 'xy' * (len(x) // 2) for x in snaps))\n";
    assert_eq!(run_ok(src), "[2, 20002, 40002, 60002, 80002] 100000 True\n");
}

#[test]
fn a_str_grown_forever_stops_at_the_memory_budget() {
    let out = run_source(
        "chunk = 'x' * 1000\ns = ''\nwhile True:\n    s += chunk\n",
        "main.py",
        "",
        Budget {
            memory: 200_000,
            ..Budget::default()
        },
    );
    assert_eq!(out.exit, Exit::MemoryBudget, "{}", out.stderr);
    assert!(
        out.stderr.contains("the memory budget ran out"),
        "{}",
        out.stderr
    );
}

#[test]
fn strs_appended_under_a_lock_in_threads_are_exact() {
    let src = "import threading\nlog = ''\nlock = threading.Lock()\ndef work(c):\n    global log\n    for i in range(2000):\n        with lock:\n            log += c\nts = [threading.Thread(target=work, args=(c,)) for c in 'abc']\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(len(log), sorted(set(log)), log.count('a'), log.count('b'), log.count('c'))\n";
    for policy in ["cpython-3.11", "gil-anywhere", "free-threaded"] {
        for seed in [0, 1] {
            let settings = Settings {
                policy: policy.to_string(),
                seed,
                ..Settings::default()
            };
            let out = common::run_source(src, "main.py", settings, 50_000_000);
            assert_eq!(
                out.exit,
                Exit::Finished(0),
                "{policy} {seed}: {}",
                out.stderr
            );
            assert_eq!(
                out.stdout, "6000 ['a', 'b', 'c'] 2000 2000 2000\n",
                "{policy} {seed}"
            );
        }
    }
}

/// Without a lock, a thread switch between loading `s` and storing `s + t` loses appends, as on
/// CPython; the text of every surviving append is intact and no alias ever changes.
#[test]
fn unlocked_appends_in_threads_lose_updates_but_never_corrupt() {
    let src = "import threading\nlog = ''\nsnaps = []\ndef work(c):\n    global log\n    for i in range(3000):\n        log += c\n        if i % 500 == 0:\n            snaps.append(log)\nts = [threading.Thread(target=work, args=(c,)) for c in 'ab']\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(len(log) <= 6000, set(log) <= {'a', 'b'}, all(set(x) <= {'a', 'b'} for x in snaps), len(snaps))\n";
    for policy in ["gil-anywhere", "free-threaded"] {
        let settings = Settings {
            policy: policy.to_string(),
            seed: 3,
            ..Settings::default()
        };
        let out = common::run_source(src, "main.py", settings, 50_000_000);
        assert_eq!(out.exit, Exit::Finished(0), "{policy}: {}", out.stderr);
        assert_eq!(out.stdout, "True True True 12\n", "{policy}");
    }
}

/// Str methods and concatenation spend virtual time for the chars they touch (`vm/work.rs`):
/// `upper()` of 10**7 chars at ~0.4 ns a char is ~4 ms, ~200,000 steps of 20 ns.
#[test]
fn str_work_spends_virtual_time() {
    let base = run("s = 'a' * 10**7\nn = len(s)\n");
    let upper = run("s = 'a' * 10**7\nn = len(s.upper())\n");
    let join = run("s = 'a' * 10**7\nn = len(''.join([s, s]))\n");
    for o in [&base, &upper, &join] {
        assert_eq!(o.exit, Exit::Finished(0), "{}", o.stderr);
    }
    let extra = upper.steps - base.steps;
    assert!((150_000..=250_000).contains(&extra), "upper: {extra} steps");
    // Two copies of 10**7 chars at ~0.07 ns a char: ~1.4 ms, ~70,000 steps.
    let extra = join.steps - base.steps;
    assert!((50_000..=100_000).contains(&extra), "join: {extra} steps");
    // Small strs cost only their instructions.
    let small = run("s = 'abc'\nfor i in range(1000):\n    t = s.upper()\n");
    let plain = run("s = 'abc'\nfor i in range(1000):\n    t = s\n");
    assert_eq!(small.steps - plain.steps, 1000 * 2);
}

#[test]
fn a_set_grown_forever_stops_at_the_memory_budget() {
    let out = run_source(
        "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n",
        "main.py",
        "",
        Budget {
            steps: 50_000_000,
            memory: 200_000,
            ..Budget::default()
        },
    );
    assert_eq!(out.exit, Exit::MemoryBudget, "{}", out.stderr);
}
