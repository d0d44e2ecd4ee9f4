//! Tests of the whole front end: trees for every construct, CPython's exact error reports,
//! robustness on hostile input.

mod cpython_cases;

use super::dump::dump;
use super::parse_module;

fn parse_dump(src: &str) -> String {
    match parse_module(src, "t.py") {
        Ok(m) => dump(&m),
        Err(e) => format!("ERROR {}", e.render()),
    }
}

#[test]
fn cpython_error_reports() {
    let mut failures = Vec::new();
    for (name, src, expected) in cpython_cases::CPYTHON_ERRORS {
        let got = match parse_module(src, "t.py") {
            Ok(m) => format!("parsed OK: {}", dump(&m)),
            Err(e) => e.render(),
        };
        if got != *expected {
            failures.push(format!(
                "--- {name}: {src:?}\nexpected:\n{expected}got:\n{got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// `INTERLEAVE_PARSE=file.py cargo test render_file -- --ignored --nocapture` prints the report.
#[test]
#[ignore]
fn render_file() {
    if let Ok(path) = std::env::var("INTERLEAVE_PARSE") {
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        println!("{}", parse_dump(&src));
    }
}

/// Parse `src` on a thread with a `kb`-kilobyte stack; returns whether it parsed.
fn parse_on_small_stack(src: String, kb: usize) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(move || parse_module(&src, "t.py").map(|_| ()).map_err(|e| e.msg))
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "panicked".to_string())?
}

/// Stack needed at the deepest nesting: `CASE=calls KB=768 cargo test --release stack_probe --
/// --ignored --nocapture` prints `Ok` when `KB` kilobytes suffice (an overflow aborts instead).
#[test]
#[ignore]
fn stack_probe() {
    let kb: usize = std::env::var("KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1024);
    let case = std::env::var("CASE").unwrap_or_default();
    let src = match case.as_str() {
        "parens" => format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)),
        "unary" => format!("x = {}1\n", "-".repeat(5000)),
        "lambda" => format!("x = {}1\n", "lambda: ".repeat(205)),
        "negparen" => format!("x = {}1{}\n", "-(".repeat(149), ")".repeat(149)),
        "fstring" => format!("x = f'{{{}1{}}}'\n", "(".repeat(198), ")".repeat(198)),
        "calls" => format!("x = {}1{}\n", "f(".repeat(199), ")".repeat(199)),
        "dicts" => format!("x = {}1{}\n", "{1: ".repeat(199), "}".repeat(199)),
        "subscripts" => format!("x = {}1{}\n", "a[".repeat(199), "]".repeat(199)),
        "indent" => {
            (0..98)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(98)
                + "pass\n"
        }
        _ => String::new(),
    };
    println!("RESULT {kb}KB {case}: {:?}", parse_on_small_stack(src, kb));
}

fn tree(src: &str) -> String {
    match parse_module(src, "t.py") {
        Ok(m) => dump(&m),
        Err(e) => panic!("{src:?} did not parse:\n{}", e.render()),
    }
}

/// Each construct of the subset, with the tree it gives (checked against CPython's `ast.dump`).
#[test]
fn constructs_parse_to_expected_trees() {
    let cases: &[(&str, &str)] = &[
        ("import os, sys as system\n", "(Module (Import [os sys as system]))"),
        ("import a.b.c as d\n", "(Module (Import [a.b.c as d]))"),
        ("from . import x\n", "(Module (ImportFrom - 1 [x]))"),
        ("from ..pkg.mod import (a, b as c,)\n", "(Module (ImportFrom pkg.mod 2 [a b as c]))"),
        ("from m import *\n", "(Module (ImportFrom m 0 [*]))"),
        ("x = y = 2\n", "(Module (Assign [(Name x Store) (Name y Store)] 2))"),
        ("a, *b = c\n", "(Module (Assign [(Tuple [(Name a Store) (Starred (Name b Store) Store)] Store)] c))"),
        ("[a, b] = 1, 2\n", "(Module (Assign [(List [(Name a Store) (Name b Store)] Store)] (Tuple [1 2])))"),
        ("x += 1\n", "(Module (AugAssign (Name x Store) Add 1))"),
        ("x.y //= 3\n", "(Module (AugAssign (Attribute x y Store) FloorDiv 3))"),
        ("x.y: int = 3\n", "(Module (AnnAssign (Attribute x y Store) int 3 not-simple))"),
        ("z: list[int]\n", "(Module (AnnAssign (Name z Store) (Subscript list int) -))"),
        ("(z): int = 1\n", "(Module (AnnAssign (Name z Store) int 1 not-simple))"),
        ("del x, y[0], z.w\n", "(Module (Delete [(Name x Del) (Subscript y 0 Del) (Attribute z w Del)]))"),
        (
            "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a + b\n",
            "(Module (FunctionDef f (args [a b] defaults=[1] *args kwonly=[c d] kw_defaults=[- 2] **kw) [(Return (BinOp a Add b))] returns=int))",
        ),
        ("def g(x, /, y: int = 0): pass\n", "(Module (FunctionDef g (args posonly=[x] [y:int] defaults=[0]) [(Pass)]))"),
        ("def k(*, a): pass\n", "(Module (FunctionDef k (args [] kwonly=[a] kw_defaults=[-]) [(Pass)]))"),
        (
            "async def h():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        pass\n",
            "(Module (AsyncFunctionDef h (args []) [(Expr (Await x)) (AsyncFor (Name i Store) y [(Pass)]) (AsyncWith [(a as (Name b Store)) (c)] [(Pass)])]))",
        ),
        (
            "@dec\n@dec2(1)\nclass C(Base, metaclass=M):\n    pass\n",
            "(Module (ClassDef C [Base] [(metaclass M)] [(Pass)] decorators=[dec (Call dec2 [1])]))",
        ),
        ("@property\ndef p(self): return 1\n", "(Module (FunctionDef p (args [self]) [(Return 1)] decorators=[property]))"),
        (
            "for i in r:\n    if i:\n        continue\n    elif j:\n        break\n    else:\n        pass\nelse:\n    pass\n",
            "(Module (For (Name i Store) r [(If i [(Continue)] else=[(If j [(Break)] else=[(Pass)])])] else=[(Pass)]))",
        ),
        ("for k, v in d.items(): pass\n", "(Module (For (Tuple [(Name k Store) (Name v Store)] Store) (Call (Attribute d items) []) [(Pass)]))"),
        ("while True:\n    pass\nelse:\n    x\n", "(Module (While True [(Pass)] else=[(Expr x)]))"),
        (
            "try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError('x') from e\nexcept (A, B):\n    raise\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
            "(Module (Try [(Pass)] [(except ValueError e [(Raise (Call RuntimeError ['x']) e)]) (except (Tuple [A B]) - [(Raise - -)]) (except - - [(Pass)])] else=[(Pass)] finally=[(Pass)]))",
        ),
        ("try:\n    x\nfinally:\n    y\n", "(Module (Try [(Expr x)] [] finally=[(Expr y)]))"),
        (
            "with (open(f) as g, open(h) as i):\n    pass\n",
            "(Module (With [((Call open [f]) as (Name g Store)) ((Call open [h]) as (Name i Store))] [(Pass)]))",
        ),
        ("with (a, b):\n    pass\n", "(Module (With [(a) (b)] [(Pass)]))"),
        ("with (a) as b:\n    pass\n", "(Module (With [(a as (Name b Store))] [(Pass)]))"),
        ("with lock:\n    n += 1\n", "(Module (With [(lock)] [(AugAssign (Name n Store) Add 1)]))"),
        ("assert x, 'msg'\n", "(Module (Assert x 'msg'))"),
        ("global a, b\n", "(Module (Global [a b]))"),
        ("def o():\n    v = 1\n    def i():\n        nonlocal v\n", "(Module (FunctionDef o (args []) [(Assign [(Name v Store)] 1) (FunctionDef i (args []) [(Nonlocal [v])])]))"),
        ("lambda: 0\n", "(Module (Expr (Lambda (args []) 0)))"),
        ("lambda x, *y, z=1, **k: x\n", "(Module (Expr (Lambda (args [x] *y kwonly=[z] kw_defaults=[1] **k) x)))"),
        ("x if y else z\n", "(Module (Expr (IfExp y x z)))"),
        ("not a and b or c\n", "(Module (Expr (BoolOp Or [(BoolOp And [(UnaryOp Not a) b]) c])))"),
        ("a or b or c and d\n", "(Module (Expr (BoolOp Or [a b (BoolOp And [c d])])))"),
        (
            "a < b <= c != d is e is not f in g not in h\n",
            "(Module (Expr (Compare a Lt b LtE c NotEq d Is e IsNot f In g NotIn h)))",
        ),
        ("-a ** -b\n", "(Module (Expr (UnaryOp USub (BinOp a Pow (UnaryOp USub b)))))"),
        ("a - b - c\n", "(Module (Expr (BinOp (BinOp a Sub b) Sub c)))"),
        ("a ** b ** c\n", "(Module (Expr (BinOp a Pow (BinOp b Pow c))))"),
        ("a + b * c\n", "(Module (Expr (BinOp a Add (BinOp b Mult c))))"),
        ("a | b ^ c & d << e\n", "(Module (Expr (BinOp a BitOr (BinOp b BitXor (BinOp c BitAnd (BinOp d LShift e))))))"),
        ("a @ b % c / d // e\n", "(Module (Expr (BinOp (BinOp (BinOp (BinOp a MatMult b) Mod c) Div d) FloorDiv e)))"),
        ("~a >> b\n", "(Module (Expr (BinOp (UnaryOp Invert a) RShift b)))"),
        ("f(1, *a, k=2, **kw)\n", "(Module (Expr (Call f [1 (Starred a)] [(k 2) (** kw)])))"),
        ("f(x for x in y)\n", "(Module (Expr (Call f [(GeneratorExp x [(for (Name x Store) y)])])))"),
        (
            "a[1], a[1:2], a[::2], a[1:2, 3], a[*b]\n",
            "(Module (Expr (Tuple [(Subscript a 1) (Subscript a (Slice 1 2 -)) (Subscript a (Slice - - 2)) (Subscript a (Tuple [(Slice 1 2 -) 3])) (Subscript a (Tuple [(Starred b)]))])))",
        ),
        ("[x for x in y if x if z for w in x]\n", "(Module (Expr (ListComp x [(for (Name x Store) y [x z]) (for (Name w Store) x)])))"),
        ("{x for x in y}\n", "(Module (Expr (SetComp x [(for (Name x Store) y)])))"),
        ("{k: v for k, v in d}\n", "(Module (Expr (DictComp k v [(for (Tuple [(Name k Store) (Name v Store)] Store) d)])))"),
        ("(x for x in y)\n", "(Module (Expr (GeneratorExp x [(for (Name x Store) y)])))"),
        ("{1: 2, **d}\n", "(Module (Expr (Dict [1 -] [2 d])))"),
        ("{1, 2}, {}, [], (), (1,), [*a]\n", "(Module (Expr (Tuple [(Set [1 2]) (Dict [] []) (List []) (Tuple []) (Tuple [1]) (List [(Starred a)])])))"),
        (
            "def gen():\n    yield\n    yield 1, 2\n    yield from x\n    x = yield 2\n    y = (yield)\n",
            "(Module (FunctionDef gen (args []) [(Expr (Yield -)) (Expr (Yield (Tuple [1 2]))) (Expr (YieldFrom x)) (Assign [(Name x Store)] (Yield 2)) (Assign [(Name y Store)] (Yield -))]))",
        ),
        (
            "f\"a{x!r:>{w}}b{y=}c{{}}\"\n",
            "(Module (Expr (JoinedStr ['a' (FormattedValue x !r (JoinedStr ['>' (FormattedValue w)])) 'by=' (FormattedValue y !r) 'c{}'])))",
        ),
        (
            "f'{x:.3f}' f'{delta: .3}' 'tail'\n",
            "(Module (Expr (JoinedStr [(FormattedValue x (JoinedStr ['.3f'])) (FormattedValue delta (JoinedStr [' .3'])) 'tail'])))",
        ),
        ("f'{v!r:>10}{x:{width}}'\n", "(Module (Expr (JoinedStr [(FormattedValue v !r (JoinedStr ['>10'])) (FormattedValue x (JoinedStr [(FormattedValue width)]))])))"),
        ("f'{x = !s}' f'{a!a}' f''\n", "(Module (Expr (JoinedStr ['x = ' (FormattedValue x !s) (FormattedValue a !a)])))"),
        ("f'{\"q\"}{d[\"k\"]}' rf'\\d{x}'\n", "(Module (Expr (JoinedStr [(FormattedValue 'q') (FormattedValue (Subscript d 'k')) '\\\\d' (FormattedValue x)])))"),
        ("f'''{\nx\n+ 1}'''\n", "(Module (Expr (JoinedStr [(FormattedValue (BinOp x Add 1))])))"),
        ("b'\\x00ab' rb'\\n' B\"c\"\n", "(Module (Expr b'\\x00ab\\\\nc'))"),
        ("'a' \"b\" u'c' R'\\d' '''e\nf'''\n", "(Module (Expr 'abc\\\\de\\nf'))"),
        ("'\\t\\x41\\101\\u00e9\\U0001F600\\q\\\n'\n", "(Module (Expr '\\tAAé😀\\\\q'))"),
        (
            "0xff, 0o17, 0b1, 1_000, 1.5e-3, 1e5, .5, 5., 123456789012345678901234567890, 0x_ffff_ffff_ffff_ffff_f\n",
            "(Module (Expr (Tuple [255 15 1 1000 0.0015 100000.0 0.5 5.0 123456789012345678901234567890 295147905179352825855])))",
        ),
        ("..., None, True, False\n", "(Module (Expr (Tuple [... None True False])))"),
        ("x = 1; y = 2;\nif x: pass\n", "(Module (Assign [(Name x Store)] 1) (Assign [(Name y Store)] 2) (If x [(Pass)]))"),
        ("if x:\n    # comment\n\n    y\n  # odd comment\nz\n", "(Module (If x [(Expr y)]) (Expr z))"),
        ("x = (1 +\n     2)\ny = [\n  3,\n]\nz = 1 + \\\n    2\n", "(Module (Assign [(Name x Store)] (BinOp 1 Add 2)) (Assign [(Name y Store)] (List [3])) (Assign [(Name z Store)] (BinOp 1 Add 2)))"),
        ("if x:\n\tif y:\n\t\tpass\n", "(Module (If x [(If y [(Pass)])]))"),
        ("match = 1\nmatch(x)\ncase, _ = 1, 2\n", "(Module (Assign [(Name match Store)] 1) (Expr (Call match [x])) (Assign [(Tuple [(Name case Store) (Name _ Store)] Store)] (Tuple [1 2])))"),
        ("print(1 if x else 2, sep='')\n", "(Module (Expr (Call print [(IfExp x 1 2)] [(sep '')])))"),
        ("é = 1\n", "(Module (Assign [(Name é Store)] 1))"),
        ("x = 1\r\ny = 2\r\n", "(Module (Assign [(Name x Store)] 1) (Assign [(Name y Store)] 2))"),
        ("\u{feff}x\n", "(Module (Expr x))"),
        ("", "(Module)"),
        ("\n\n# only a comment\n", "(Module)"),
    ];
    for (src, expected) in cases {
        assert_eq!(tree(src), *expected, "source: {src:?}");
    }
}

/// Node positions, compared with what CPython's `ast` gives.
#[test]
fn positions_match_cpython() {
    use super::ast::{ExprKind, StmtKind};
    let m = parse_module("x = (a) + (b)\n", "t.py").expect("parses");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(
        (value.line, value.col, value.end_line, value.end_col),
        (1, 4, 1, 13)
    );
    let ExprKind::BinOp { left, .. } = &value.kind else {
        panic!()
    };
    assert_eq!((left.col, left.end_col), (5, 6));

    let m = parse_module("f(x for x in y)\n", "t.py").expect("parses");
    let StmtKind::Expr { value } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &value.kind else {
        panic!()
    };
    assert_eq!((args[0].col, args[0].end_col), (1, 15));

    // Columns are UTF-8 bytes, as in CPython.
    let m = parse_module("é = f'{x + 1}'\n", "t.py").expect("parses");
    let s = &m.body[0];
    assert_eq!((s.line, s.col, s.end_line, s.end_col), (1, 0, 1, 15));
    let StmtKind::Assign { value, targets } = &s.kind else {
        panic!()
    };
    assert_eq!(targets[0].end_col, 2);
    let ExprKind::JoinedStr { values } = &value.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value: inner, .. } = &values[0].kind else {
        panic!()
    };
    assert_eq!((inner.line, inner.col, inner.end_col), (1, 8, 13));

    let m = parse_module(
        "if x:\n    pass\nelif y:\n    z = 1\nelse:\n    w\n",
        "t.py",
    )
    .expect("parses");
    let s = &m.body[0];
    assert_eq!((s.line, s.col, s.end_line, s.end_col), (1, 0, 6, 5));
    let StmtKind::If { orelse, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(
        (orelse[0].line, orelse[0].col, orelse[0].end_line),
        (3, 0, 6)
    );

    let m = parse_module("@d\ndef f(a: int = 1): pass\n", "t.py").expect("parses");
    let s = &m.body[0];
    assert_eq!((s.line, s.col, s.end_line, s.end_col), (2, 0, 2, 23));
    let StmtKind::FunctionDef(f) = &s.kind else {
        panic!()
    };
    let r = f.args.args[0].range;
    assert_eq!((r.col, r.end_col), (6, 12));

    let m = parse_module("(a) = 1\nt = 1, 2\n", "t.py").expect("parses");
    assert_eq!((m.body[0].col, m.body[0].end_col), (0, 7));
    let StmtKind::Assign { value, .. } = &m.body[1].kind else {
        panic!()
    };
    assert_eq!((value.col, value.end_col), (4, 8));
}

fn unsupported(src: &str) -> super::SyntaxError {
    match parse_module(src, "t.py") {
        Ok(m) => panic!("{src:?} parsed: {}", dump(&m)),
        Err(e) => {
            assert_eq!(e.kind, super::ErrorKind::Unsupported, "{}", e.render());
            assert!(
                e.msg.starts_with("not supported by Interleave: "),
                "{}",
                e.msg
            );
            e
        }
    }
}

/// Valid Python outside the subset is refused with its construct and line, never misparsed.
#[test]
fn unsupported_constructs_are_named() {
    let e = unsupported("x = 1\nmatch x:\n    case 1:\n        pass\n");
    assert_eq!(
        (e.lineno, e.msg.as_str()),
        (2, "not supported by Interleave: the 'match' statement")
    );
    assert_eq!(
        e.render(),
        "  File \"t.py\", line 2\n    match x:\n    ^^^^^\nSyntaxError: not supported by Interleave: the 'match' statement\n"
    );
    let e = unsupported("while (n := n - 1):\n    pass\n");
    assert_eq!((e.lineno, e.offset), (1, 10));
    assert!(e.msg.contains("':='"));
    unsupported("if (y := f()):\n    pass\n");
    unsupported("f(a := 1)\n");
    let e = unsupported("try:\n    pass\nexcept* ValueError:\n    pass\n");
    assert_eq!(e.lineno, 3);
    let e = unsupported("async def f():\n    return [x async for x in y]\n");
    assert_eq!(e.lineno, 2);
    unsupported("def f[T](x): pass\n");
    unsupported("class C[T]: pass\n");
    let e = unsupported("x = 2 + 3j\n");
    assert!(e.msg.contains("complex"));
    unsupported("x = '\\N{EM DASH}'\n");
    unsupported("x = f'\\N{EM DASH}'\n");
    unsupported("x = '\\ud800'\n");
    let e = unsupported("s = f'{x:=5}' if (y := 1) else 0\n");
    assert_eq!(e.lineno, 1);
    unsupported(&format!("x = {}1\n", "-".repeat(2000)));
    unsupported(&format!("x = {}1\n", "1 + ".repeat(2000)));
    unsupported(&format!("x = a{}\n", ".b".repeat(2000)));
    unsupported(&format!("x = {}1\n", "not ".repeat(2000)));
    unsupported(&format!("x = {}1\n", "lambda: ".repeat(300)));
    unsupported(&format!("x = {}1\n", "2 ** ".repeat(300)));
    unsupported(&format!("x = {}0\n", "1 if c else ".repeat(300)));
    let elifs = format!("if x:\n    pass\n{}", "elif x:\n    pass\n".repeat(300));
    unsupported(&elifs);
}

/// Parse on a thread with a generous stack (debug builds use several times the stack of the
/// release build, which stays under 800 KB at the deepest nesting the limits allow).
fn parse_deep(src: String) -> Result<(), super::SyntaxError> {
    std::thread::Builder::new()
        .stack_size(32 * 1024 * 1024)
        .spawn(move || parse_module(&src, "t.py").map(|_| ()))
        .expect("thread starts")
        .join()
        .expect("no panic")
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let cases = [
        format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000)),
        format!("x = {}\n", "[".repeat(10_000)),
        format!("x = {}\n", "{".repeat(10_000)),
        format!("x = {}\n", "[(".repeat(5_000)),
        format!("x = {}", "f(".repeat(10_000)),
        format!("x = {}1\n", "-(".repeat(10_000)),
    ];
    for (src, offset) in cases.into_iter().zip([205, 205, 205, 205, 406, 406]) {
        let e = parse_deep(src).expect_err("too deep");
        assert_eq!(
            (e.msg.as_str(), e.offset),
            ("too many nested parentheses", offset)
        );
    }
    let blocks: String = (0..10_000)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    let e = parse_deep(blocks).expect_err("too deep");
    assert_eq!(
        (e.msg.as_str(), e.lineno),
        ("too many levels of indentation", 101)
    );
    // Exactly at the limits: accepted.
    parse_deep(format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200))).expect("200 brackets");
    let blocks: String = (0..99)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect::<String>()
        + &" ".repeat(99)
        + "pass\n";
    parse_deep(blocks).expect("99 levels");
    // Long flat constructs are loops, not recursion.
    parse_deep(format!("x = [{}]\n", "1, ".repeat(100_000))).expect("long list");
    parse_deep(format!("x = {}1\n", "a and ".repeat(100_000))).expect("long and");
    parse_deep(format!("x = {}1\n", "a < ".repeat(100_000))).expect("long comparison");
    parse_deep(format!("x = 'a' {}\n", "'b' ".repeat(100_000))).expect("long concatenation");
    parse_deep("x = 1\n".repeat(100_000)).expect("many statements");
    let elifs = format!("if x:\n    pass\n{}", "elif x:\n    pass\n".repeat(200));
    parse_deep(elifs).expect("200 elifs");
}

#[test]
fn null_bytes_and_junk() {
    let e = parse_module("x = 1\ny = 2\0 + 3\n", "t.py").expect_err("NUL");
    assert_eq!(
        e.render(),
        "  File \"t.py\", line 2\n    y = 2\nSyntaxError: source code cannot contain null bytes\n"
    );
    // Every byte value, and every prefix of a realistic program, parses or fails cleanly.
    let all: String = (0u8..=255).map(char::from).collect();
    let _ = parse_module(&all, "t.py");
    let program = r#"import threading, time
counter = 0
lock = threading.Lock()

def worker(n: int, *, delay=0.1) -> None:
    """Increment the shared counter."""
    global counter
    for i in range(n):
        with lock:
            counter += 1
        time.sleep(delay)
    print(f"done {n!r:>4} {counter=} {delay:.3f}")

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(3) if i % 2 == 0]
    try:
        await asyncio.gather(*tasks, return_exceptions=True)
    except (ValueError, KeyError) as e:
        raise RuntimeError("bad") from e
    finally:
        print('bye', end='\n')

class Account(Base, metaclass=Meta):
    rate = {'a': 1, **extra}
    def __init__(self, x=lambda y: y ** 2):
        self.x = x if x else None
        self.data = b'\x00\x01' + rb'\d'
        del self.data[1:2, ::3]
"#;
    for (i, _) in program.char_indices() {
        let _ = parse_module(&program[..i], "t.py");
    }
    parse_module(program, "t.py").expect("the whole program parses");
}

#[test]
fn big_ordinary_source_parses() {
    let unit = "def f(a, b=2):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {'k': x, 'v': f\"{a!r:>5}\"}\n\nclass C:\n    def m(self):\n        with lock:\n            self.n += 1\n";
    let src = unit.repeat(1_000_000 / unit.len() + 1);
    let start = std::time::Instant::now();
    let m = parse_module(&src, "big.py").expect("parses");
    assert!(m.body.len() > 10_000);
    // Generous even for an unoptimised build; release parses this in well under a second.
    let took = start.elapsed();
    println!("parsed {} bytes in {took:?}", src.len());
    assert!(took.as_secs() < 60);
}

mod fuzz {
    use super::super::parse_module;
    use proptest::prelude::*;

    const VOCAB: &[&str] = &[
        "x",
        "y",
        "f",
        "print",
        "match",
        "1",
        "0x1f",
        "1.5e3",
        "'s'",
        "f'{x}'",
        "b'b'",
        "\"\"\"t\"\"\"",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ":",
        ",",
        ";",
        ".",
        "...",
        "=",
        "==",
        "+",
        "-",
        "*",
        "**",
        "/",
        "//",
        "%",
        "@",
        "<",
        ">=",
        "!=",
        "->",
        "+=",
        ":=",
        "if",
        "elif",
        "else",
        "for",
        "in",
        "while",
        "def",
        "class",
        "return",
        "yield",
        "lambda",
        "not",
        "and",
        "or",
        "is",
        "try",
        "except",
        "finally",
        "with",
        "as",
        "async",
        "await",
        "import",
        "from",
        "global",
        "nonlocal",
        "del",
        "pass",
        "break",
        "continue",
        "raise",
        "assert",
        "\n",
        "\n    ",
        "\n        ",
        "\t",
        "\\\n",
        "#c",
        " ",
        "'",
        "\"",
        "f'{",
        "}",
        "!r",
        "$",
        "é",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(600))]

        #[test]
        fn arbitrary_text_never_panics(s in any::<String>()) {
            let _ = parse_module(&s, "t.py");
        }

        #[test]
        fn token_soup_never_panics(words in prop::collection::vec(prop::sample::select(VOCAB), 0..80)) {
            let src: String = words.concat();
            if let Err(e) = parse_module(&src, "t.py") {
                prop_assert!(e.lineno >= 1 || e.text.is_empty());
                let _ = e.render();
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let s = String::from_utf8_lossy(&bytes);
            let _ = parse_module(&s, "t.py");
        }
    }
}
