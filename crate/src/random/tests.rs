//! Sequences captured from CPython 3.11.7 (`python3`), one test per area, plus property tests.
//!
//! Each expected value comes from the python3 command in the comment above it (a fresh
//! `random.Random()` seeded as shown). Floats are compared exactly: Rust parses the shortest
//! repr CPython printed back to the same double.

use num_bigint::BigInt;

use super::error::ErrorKind;
use super::{Random, RandomState, RangeArg};

/// A generator after `seed(n)` for an int written in decimal.
fn seeded(n: &str) -> Random {
    let mut r = Random::new(0);
    r.seed_int(&big(n));
    r
}

fn big(s: &str) -> BigInt {
    s.parse().unwrap_or_default()
}

fn five(r: &mut Random) -> Vec<f64> {
    (0..5).map(|_| r.random()).collect()
}

/// `python3 -c "import random; random.seed(S); print([random.random() for _ in range(5)])"`
#[test]
fn random_for_int_seeds() {
    let cases: [(&str, [f64; 5]); 7] = [
        (
            "0",
            [
                0.8444218515250481,
                0.7579544029403025,
                0.420571580830845,
                0.25891675029296335,
                0.5112747213686085,
            ],
        ),
        (
            "1",
            [
                0.13436424411240122,
                0.8474337369372327,
                0.763774618976614,
                0.2550690257394217,
                0.49543508709194095,
            ],
        ),
        (
            "42",
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
                0.22321073814882275,
                0.7364712141640124,
            ],
        ),
        (
            "1099511627776",
            [
                0.1036394562812375,
                0.6705558677439764,
                0.4266543913526999,
                0.38773077278691204,
                0.6264862385425468,
            ],
        ),
        (
            "-7",
            [
                0.32383276483316237,
                0.15084917392450192,
                0.6509344730398537,
                0.07243628666754276,
                0.5358820043066892,
            ],
        ),
        (
            "1000000000000000000000000000000",
            [
                0.9341508484568806,
                0.5253068813972436,
                0.34916701183971244,
                0.32994679328514775,
                0.1450229500585093,
            ],
        ),
        (
            "18446744073709551619",
            [
                0.9129684455472157,
                0.9226991467077957,
                0.8296235909088164,
                0.02124302826685509,
                0.1908003558557797,
            ],
        ),
    ];
    for (seed, want) in cases {
        assert_eq!(five(&mut seeded(seed)), want, "seed({seed})");
    }
    // The small-int entry points agree with seed_int.
    assert_eq!(five(&mut Random::new(42)), five(&mut seeded("42")));
    let mut r = Random::new(0);
    r.seed_i64(-7);
    assert_eq!(five(&mut r), five(&mut seeded("-7")));
    r.seed_hash(-1);
    assert_eq!(five(&mut r), five(&mut seeded("18446744073709551615")));
}

/// Version-2 str/bytes seeds (sha512 path) and version-1 seeds:
/// `python3 -c "import random; random.seed('hello'); print([random.random() for _ in range(5)])"`
/// (likewise `b'hello'`, `''`, `'héllo ☃'`; `random.seed('hello', version=1)` for three values,
/// `random.seed(b'abc', version=1)`, `random.seed('', version=1)`).
#[test]
fn random_for_str_and_bytes_seeds() {
    let hello = [
        0.3537754404730722,
        0.6631985810268619,
        0.5476053663383964,
        0.1308558535179697,
        0.051086691965999353,
    ];
    let mut r = Random::new(0);
    r.seed_str("hello");
    assert_eq!(five(&mut r), hello);
    r.seed_bytes(b"hello");
    assert_eq!(five(&mut r), hello);
    r.seed_str("");
    assert_eq!(
        five(&mut r),
        [
            0.9602256525641875,
            0.595411957851699,
            0.3880117152955401,
            0.7335810344878906,
            0.22083284598771158
        ]
    );
    r.seed_str("héllo ☃");
    assert_eq!(
        five(&mut r),
        [
            0.7946797157550272,
            0.8315429160352158,
            0.6090566675644151,
            0.9228467526397196,
            0.3750292598080618
        ]
    );
    let three = |r: &mut Random| -> Vec<f64> { (0..3).map(|_| r.random()).collect() };
    let cps: Vec<u32> = "hello".chars().map(u32::from).collect();
    r.seed_str_version1(&cps);
    assert_eq!(
        three(&mut r),
        [0.8180391270568783, 0.4954944300274843, 0.2196154503025347]
    );
    r.seed_bytes_version1(b"abc");
    assert_eq!(
        three(&mut r),
        [0.09639374978773074, 0.5713805557815966, 0.9010437394453961]
    );
    r.seed_str_version1(&[]);
    assert_eq!(
        three(&mut r),
        [0.8444218515250481, 0.7579544029403025, 0.420571580830845]
    );
}

/// `python3 -c "import random; random.seed(1.5); print([random.random() for _ in range(5)])"`
/// (likewise -1.5 and 2.0**70, whose hash is 512, not the int).
#[test]
fn random_for_float_seeds() {
    let mut r = Random::new(0);
    assert!(r.seed_float(1.5));
    assert_eq!(
        five(&mut r),
        [
            0.551763726942059,
            0.2560930858958398,
            0.583340633280344,
            0.5519952937757089,
            0.8349491814433395
        ]
    );
    assert!(r.seed_float(-1.5));
    assert_eq!(
        five(&mut r),
        [
            0.7101153317194698,
            0.0007908885101512997,
            0.9725187281079903,
            0.5638800687220683,
            0.5282561921854393
        ]
    );
    assert!(r.seed_float(2f64.powi(70)));
    assert_eq!(
        five(&mut r),
        [
            0.018986953904685522,
            0.4392566989503548,
            0.3304692051529665,
            0.41200253637018003,
            0.9274720968574914
        ]
    );
    assert!(r.seed_float(42.0));
    assert_eq!(five(&mut r), five(&mut Random::new(42)));
    let before = r.clone();
    assert!(!r.seed_float(f64::NAN));
    assert_eq!(r, before);
}

/// `python3 -c "import random; random.seed(42); print([random.getrandbits(k) for k in (0,1,31,32,33,64,100,1000)])"`
#[test]
fn getrandbits_sequence() {
    let mut r = Random::new(42);
    let got: Vec<String> = [0, 1, 31, 32, 33, 64, 100, 1000]
        .iter()
        .map(|&k| r.getrandbits(k).map(|v| v.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(
        got,
        [
            "0",
            "1",
            "239081663",
            "107420369",
            "3184935163",
            "4117511471858006928",
            "800402129360547565400942494185",
            "7457015953378763802413959751031804000916776212369606495435802671252786890741058315189638100583370909922251803578303552338187871276241562076179815141266737053030709746101303541221612748706397540380389326191203290453519385694597086199827560286107087836713502873182858429006147210892559577782140779914931",
        ]
    );
}

/// `python3 -c "import random; random.seed(7); print([random.randint(1,6) for _ in range(10)])"`
#[test]
fn randint_dice() {
    let mut r = Random::new(7);
    let got: Vec<i64> = (0..10).map(|_| r.randint_i64(1, 6).unwrap_or(0)).collect();
    assert_eq!(got, [3, 2, 4, 6, 1, 1, 5, 1, 3, 5]);
    let mut r = Random::new(7);
    let got: Vec<BigInt> = (0..10)
        .map(|_| {
            r.randint(&BigInt::from(1), &BigInt::from(6))
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(got, [3, 2, 4, 6, 1, 1, 5, 1, 3, 5].map(BigInt::from));
}

/// ```text
/// python3 -c "import random; g = random.Random(7); print([g.randrange(10), g.randrange(-5,5),
///   g.randrange(0,100,7), g.randrange(100,0,-3), g.randrange(-10,-100,-9), g.randrange(10**30),
///   g.randrange(-10**30, 10**30, 3), g.randint(-2**63, 2**63-1), g.randrange(2**64),
///   g.randrange(1, 2**64+1), g.randrange(0, 2**65, 2**63)])"
/// ```
#[test]
fn randrange_steps_negative_and_huge() {
    let want = [
        "5",
        "-3",
        "42",
        "91",
        "-19",
        "403598562939208673953046267940",
        "446535250124872893099745173860",
        "-7934766882869128037",
        "10165027665383847897",
        "17477362246067780644",
        "0",
    ];
    let n = |s: &str| big(s);
    let e30 = n("1000000000000000000000000000000");
    let calls: Vec<(BigInt, Option<BigInt>, Option<BigInt>)> = vec![
        (n("10"), None, None),
        (n("-5"), Some(n("5")), None),
        (n("0"), Some(n("100")), Some(n("7"))),
        (n("100"), Some(n("0")), Some(n("-3"))),
        (n("-10"), Some(n("-100")), Some(n("-9"))),
        (e30.clone(), None, None),
        (-e30.clone(), Some(e30.clone()), Some(n("3"))),
        (
            n("-9223372036854775808"),
            Some(n("9223372036854775808")),
            None,
        ),
        (n("18446744073709551616"), None, None),
        (n("1"), Some(n("18446744073709551617")), None),
        (
            n("0"),
            Some(n("36893488147419103232")),
            Some(n("9223372036854775808")),
        ),
    ];
    let mut r = Random::new(7);
    let got: Vec<String> = calls
        .iter()
        .map(|(a, b, c)| {
            r.randrange(a, b.as_ref(), c.as_ref())
                .map(|v| v.to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(got, want);
    // The i64 entry points draw the same values.
    let mut r = Random::new(7);
    assert_eq!(r.randrange_i64(10, None, None), Ok(5));
    assert_eq!(r.randrange_i64(-5, Some(5), None), Ok(-3));
    assert_eq!(r.randrange_i64(0, Some(100), Some(7)), Ok(42));
    assert_eq!(r.randrange_i64(100, Some(0), Some(-3)), Ok(91));
    assert_eq!(r.randrange_i64(-10, Some(-100), Some(-9)), Ok(-19));
    let mut r = Random::new(7);
    for (a, b, c) in &calls[..7] {
        r.randrange(a, b.as_ref(), c.as_ref()).unwrap_or_default();
    }
    assert_eq!(r.randint_i64(i64::MIN, i64::MAX), Ok(-7934766882869128037));
}

/// Error messages: `python3 -c "import random; random.randrange(5, 5)"` and so on.
#[test]
fn randrange_errors() {
    let mut r = Random::new(0);
    let i = |v: i64| BigInt::from(v);
    let err = |res: Result<BigInt, super::RandomError>| res.map_err(|e| (e.kind, e.message));
    let value = |m: &str| Err((ErrorKind::ValueError, m.to_string()));
    assert_eq!(
        err(r.randrange(&i(5), Some(&i(5)), None)),
        value("empty range for randrange() (5, 5, 0)")
    );
    assert_eq!(
        err(r.randrange(&i(5), Some(&i(-2)), Some(&i(1)))),
        value("empty range for randrange() (5, -2, -7)")
    );
    assert_eq!(
        err(r.randrange(&i(0), None, None)),
        value("empty range for randrange()")
    );
    assert_eq!(
        err(r.randrange(&i(-3), None, Some(&i(1)))),
        value("empty range for randrange()")
    );
    assert_eq!(
        err(r.randrange(&i(0), Some(&i(10)), Some(&i(0)))),
        value("zero step for randrange()")
    );
    assert_eq!(
        err(r.randrange(&i(10), Some(&i(0)), Some(&i(2)))),
        value("empty range for randrange()")
    );
    assert_eq!(
        err(r.randrange(&i(5), None, Some(&i(2)))),
        Err((
            ErrorKind::TypeError,
            "Missing a non-None stop argument".to_string()
        ))
    );
    let huge = big("1000000000000000000000");
    assert_eq!(
        err(r.randrange(&huge, Some(&huge), None)),
        value("empty range for randrange() (1000000000000000000000, 1000000000000000000000, 0)")
    );
    assert_eq!(
        r.randrange_i64(i64::MAX, Some(i64::MIN), None).map_err(|e| e.message),
        Err("empty range for randrange() (9223372036854775807, -9223372036854775808, -18446744073709551615)".to_string())
    );
    assert_eq!(
        r.randint_i64(3, 2).map_err(|e| e.message),
        Err("empty range for randrange() (3, 3, 0)".to_string())
    );
    // No state was consumed by any of the failures.
    assert_eq!(r, Random::new(0));
}

/// Float arguments: `python3 -W always -c "import random; random.seed(0); print(random.randrange(3.0))"`
/// prints 1 after the deprecation warning; `randrange(1.5)` warns then raises.
#[test]
fn randrange_float_arguments() {
    let mut r = Random::new(0);
    let mut warnings = Vec::new();
    let f = RangeArg::Float;
    assert_eq!(
        r.randrange_args(&f(3.0), None, None, &mut warnings),
        Ok(BigInt::from(1))
    );
    assert_eq!(warnings, [super::NON_INTEGER_DEPRECATED]);
    warnings.clear();
    let e = r
        .randrange_args(&f(1.5), None, None, &mut warnings)
        .unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::ValueError, "non-integer arg 1 for randrange()")
    );
    assert_eq!(warnings, [super::WILL_RAISE_TYPE_ERROR]);
    warnings.clear();
    let int = |v: i64| RangeArg::Int(BigInt::from(v));
    let e = r
        .randrange_args(&int(0), Some(&f(2.5)), None, &mut warnings)
        .unwrap_err();
    assert_eq!(e.message, "non-integer stop for randrange()");
    let e = r
        .randrange_args(&int(0), Some(&int(9)), Some(&f(0.5)), &mut warnings)
        .unwrap_err();
    assert_eq!(e.message, "non-integer step for randrange()");
    let e = r
        .randrange_args(&int(5), None, Some(&f(1.0)), &mut warnings)
        .unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::TypeError, "Missing a non-None stop argument")
    );
    assert!(r
        .randrange_args(&int(5), None, Some(&int(1)), &mut warnings)
        .is_ok());
    let e = r
        .randrange_args(&f(f64::INFINITY), None, None, &mut warnings)
        .unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (
            ErrorKind::OverflowError,
            "cannot convert float infinity to integer"
        )
    );
    let e = r
        .randrange_args(&f(f64::NAN), None, None, &mut warnings)
        .unwrap_err();
    assert_eq!(e.message, "cannot convert float NaN to integer");
}

/// `getrandbits` argument errors: `random.getrandbits(-1)`, `random.getrandbits(2**31)`.
#[test]
fn getrandbits_errors() {
    let mut r = Random::new(0);
    let e = r.getrandbits(-1).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::ValueError, "number of bits must be non-negative")
    );
    for k in [1 << 31, -(1 << 31) - 1, i64::MIN, i64::MAX] {
        let e = r.getrandbits(k).unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str()),
            (
                ErrorKind::OverflowError,
                "Python int too large to convert to C int"
            )
        );
    }
    assert_eq!(
        r.randbytes(-1).unwrap_err().message,
        "number of bits must be non-negative"
    );
    assert_eq!(
        r.randbytes(1 << 28).unwrap_err().kind,
        ErrorKind::OverflowError
    );
    assert_eq!(r, Random::new(0));
}

/// `python3 -c "import random; g = random.Random(9); print(list(g.randbytes(0)), list(g.randbytes(5)), list(g.randbytes(9)))"`
#[test]
fn randbytes_sequence() {
    let mut r = Random::new(9);
    assert_eq!(r.randbytes(0), Ok(vec![]));
    assert_eq!(r.randbytes(5), Ok(vec![110, 166, 135, 118, 156]));
    assert_eq!(
        r.randbytes(9),
        Ok(vec![240, 94, 145, 95, 252, 235, 98, 68, 35])
    );
}

/// `python3 -c "import random; g = random.Random(3); print([g.choice(range(10)) for _ in range(10)],
/// [g.choice(range(1)) for _ in range(2)], g.choice(range(10**15)))"`, then (fresh `Random(3)`)
/// `x = list(range(10)); g.shuffle(x); y = [0]; g.shuffle(y); z = [0, 1]; g.shuffle(z)`.
#[test]
fn choice_and_shuffle() {
    let mut r = Random::new(3);
    let got: Vec<u64> = (0..10).map(|_| r.choice(10).unwrap_or(99)).collect();
    assert_eq!(got, [3, 9, 8, 2, 5, 9, 7, 9, 1, 9]);
    assert_eq!((r.choice(1), r.choice(1)), (Ok(0), Ok(0)));
    assert_eq!(r.choice(1_000_000_000_000_000), Ok(620125671982660));
    let e = r.choice(0).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (
            ErrorKind::IndexError,
            "Cannot choose from an empty sequence"
        )
    );

    let mut r = Random::new(3);
    assert_eq!(r.shuffle_indices(10), [1, 5, 6, 0, 9, 4, 7, 2, 8, 3]);
    assert_eq!(r.shuffle_indices(1), [0]);
    let mut z = ['a', 'b'];
    r.shuffle(&mut z);
    assert_eq!(z, ['a', 'b']);
    assert!(r.shuffle_indices(0).is_empty());
}

/// ```text
/// python3 -c "import random; g = random.Random(5); print(g.sample(range(10),10), g.sample(range(100),10),
///   g.sample(range(10**6),10), g.sample(range(30),5), g.sample(range(22),6), g.sample(range(86),6),
///   g.sample(range(10), 0))"
/// ```
/// Pool algorithm: n=10 k=10, n=22 k=6; set algorithm: n=100 k=10, 10**6, n=30 k=5, n=86 k=6.
#[test]
fn sample_both_algorithms() {
    let mut r = Random::new(5);
    let mut s = |n: u64, k: i64| r.sample(n, k).unwrap_or_default();
    assert_eq!(s(10, 10), [9, 4, 5, 6, 7, 8, 0, 1, 3, 2]);
    assert_eq!(s(100, 10), [20, 14, 47, 60, 31, 48, 69, 13, 73, 1]);
    assert_eq!(
        s(1_000_000, 10),
        [766701, 227257, 427977, 293058, 190920, 960857, 909596, 802921, 408354, 167357]
    );
    assert_eq!(s(30, 5), [24, 25, 2, 4, 19]);
    assert_eq!(s(22, 6), [19, 14, 4, 21, 0, 17]);
    assert_eq!(s(86, 6), [26, 27, 21, 37, 40, 25]);
    assert!(s(10, 0).is_empty());
}

/// `python3 -c "import random; g = random.Random(5); print(g.sample(range(3), k=5, counts=[4,2,3]),
/// g.sample(range(4), k=3, counts=[0,5,0,1]))"`, and the errors of `sample`.
#[test]
fn sample_counts_and_errors() {
    let mut r = Random::new(5);
    assert_eq!(r.sample_counts(3, &[4, 2, 3], 5), Ok(vec![1, 1, 2, 2, 2]));
    assert_eq!(r.sample_counts(4, &[0, 5, 0, 1], 3), Ok(vec![1, 1, 1]));
    let mut r = Random::new(5);
    let msg = |res: Result<Vec<u64>, super::RandomError>| res.map_err(|e| e.message);
    let size = Err("Sample larger than population or is negative".to_string());
    assert_eq!(msg(r.sample(3, 4)), size);
    assert_eq!(msg(r.sample(3, -1)), size);
    assert_eq!(msg(r.sample(0, i64::MIN)), size);
    assert_eq!(
        msg(r.sample_counts(2, &[1], 1)),
        Err("The number of counts does not match the population".to_string())
    );
    assert_eq!(
        msg(r.sample_counts(2, &[1, -1], 1)),
        Err("Total of counts must be greater than zero".to_string())
    );
    assert_eq!(
        msg(r.sample_counts(0, &[], 1)),
        Err("pop from empty list".to_string())
    );
    assert_eq!(msg(r.sample_counts(2, &[1, 2], 4)), size);
    assert_eq!(
        msg(r.sample_counts(2, &[i64::MAX, 1], 1)),
        Err("Python int too large to convert to C ssize_t".to_string())
    );
    assert_eq!(r, Random::new(5));
}

/// `python3 -c "import random; g = random.Random(9); print(g.choices(range(10), k=8),
/// g.choices(range(5), weights=[1,0,3,0.5,2], k=8), g.choices(range(4), cum_weights=[1,1,5,6], k=6),
/// g.choices(range(3), k=-1))"`, and the errors of `choices`.
#[test]
fn choices_sequences_and_errors() {
    let mut r = Random::new(9);
    assert_eq!(
        r.choices(10, None, None, 8),
        Ok(vec![4, 3, 1, 8, 0, 5, 8, 0])
    );
    assert_eq!(
        r.choices(5, Some(&[1.0, 0.0, 3.0, 0.5, 2.0]), None, 8),
        Ok(vec![2, 3, 0, 2, 4, 2, 4, 2])
    );
    assert_eq!(
        r.choices(4, None, Some(&[1.0, 1.0, 5.0, 6.0]), 6),
        Ok(vec![2, 0, 2, 3, 2, 2])
    );
    assert_eq!(r.choices(3, None, None, -1), Ok(vec![]));

    let mut r = Random::new(9);
    let msg = |res: Result<Vec<u64>, super::RandomError>| res.map_err(|e| (e.kind, e.message));
    let v = |m: &str| Err((ErrorKind::ValueError, m.to_string()));
    assert_eq!(
        msg(r.choices(1, Some(&[0.0]), None, 1)),
        v("Total of weights must be greater than zero")
    );
    assert_eq!(
        msg(r.choices(1, Some(&[f64::NAN]), None, 1)),
        v("Total of weights must be finite")
    );
    assert_eq!(
        msg(r.choices(1, None, Some(&[f64::INFINITY]), 1)),
        v("Total of weights must be finite")
    );
    assert_eq!(
        msg(r.choices(2, Some(&[1.0]), None, 1)),
        v("The number of weights does not match the population")
    );
    assert_eq!(
        msg(r.choices(0, Some(&[]), None, 1)),
        Err((ErrorKind::IndexError, "list index out of range".to_string()))
    );
    assert_eq!(
        msg(r.choices(1, Some(&[1.0]), Some(&[1.0]), 1)),
        Err((
            ErrorKind::TypeError,
            "Cannot specify both weights and cumulative weights".to_string()
        ))
    );
    assert_eq!(r, Random::new(9));
    // An empty population without weights: CPython draws once, then population[0] raises.
    assert_eq!(r.choices(0, None, None, 3), Ok(vec![0]));
    let mut once = Random::new(9);
    once.random();
    assert_eq!(r, once);
}

/// ```text
/// python3 -c "import random; g = random.Random(11); print(g.uniform(1.0, 3.0), g.triangular(0.0, 10.0, 3.0),
///   g.triangular(0.0, 1.0, None), g.normalvariate(0.0, 1.0), g.gauss(0.0,1.0), g.gauss(5.0, 2.0),
///   g.gauss(0.0,1.0), g.lognormvariate(0.0, 0.5), g.expovariate(1.5), g.vonmisesvariate(1.0, 4.0),
///   g.vonmisesvariate(1.0, 0.0), g.gammavariate(2.5, 1.0), g.gammavariate(1.0, 2.0),
///   g.gammavariate(0.5, 1.0), g.betavariate(2.0, 3.0), g.paretovariate(3.0),
///   g.weibullvariate(1.0, 1.5), g.triangular(2.0, 2.0, 2.0))"
/// ```
#[test]
fn distributions_sequence() {
    let mut g = Random::new(11);
    let got = [
        g.uniform(1.0, 3.0),
        g.triangular(0.0, 10.0, Some(3.0)).unwrap_or(f64::NAN),
        g.triangular(0.0, 1.0, None).unwrap_or(f64::NAN),
        g.normalvariate(0.0, 1.0),
        g.gauss(0.0, 1.0),
        g.gauss(5.0, 2.0),
        g.gauss(0.0, 1.0),
        g.lognormvariate(0.0, 0.5).unwrap_or(f64::NAN),
        g.expovariate(1.5).unwrap_or(f64::NAN),
        g.vonmisesvariate(1.0, 4.0).unwrap_or(f64::NAN),
        g.vonmisesvariate(1.0, 0.0).unwrap_or(f64::NAN),
        g.gammavariate(2.5, 1.0).unwrap_or(f64::NAN),
        g.gammavariate(1.0, 2.0).unwrap_or(f64::NAN),
        g.gammavariate(0.5, 1.0).unwrap_or(f64::NAN),
        g.betavariate(2.0, 3.0).unwrap_or(f64::NAN),
        g.paretovariate(3.0).unwrap_or(f64::NAN),
        g.weibullvariate(1.0, 1.5).unwrap_or(f64::NAN),
        g.triangular(2.0, 2.0, Some(2.0)).unwrap_or(f64::NAN),
    ];
    let want = [
        1.9047591070196372,
        4.448789954040175,
        0.8053343687546892,
        -0.1197342552581593,
        -0.5450651753285951,
        4.333051882823525,
        -1.4059737006818736,
        1.3197157436927918,
        0.24103048907002042,
        1.071528325966164,
        0.26314191413875526,
        3.436501191191041,
        0.3427492160889382,
        0.0003154164744679354,
        0.18423217313811666,
        1.231007513202489,
        0.6960943961397292,
        2.0,
    ];
    assert_eq!(got, want);
}

/// Distribution errors: `random.expovariate(0)`, `random.gammavariate(0, 1)`,
/// `random.lognormvariate(1000, 1)`, `random.paretovariate(1e-300)`.
#[test]
fn distribution_errors() {
    let mut g = Random::new(0);
    let e = g.expovariate(0.0).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::ZeroDivisionError, "float division by zero")
    );
    let e = g.gammavariate(0.0, 1.0).unwrap_err();
    assert_eq!(e.message, "gammavariate: alpha and beta must be > 0.0");
    let e = g.lognormvariate(1000.0, 1.0).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::OverflowError, "math range error")
    );
    let e = g.paretovariate(1e-300).unwrap_err();
    assert_eq!(e.message, "(34, 'Numerical result out of range')");
    assert_eq!(
        g.vonmisesvariate(0.0, f64::NAN).unwrap_err().kind,
        ErrorKind::NeverReturns
    );
    assert_eq!(
        g.gammavariate(f64::NAN, 1.0).unwrap_err().kind,
        ErrorKind::NeverReturns
    );
    assert_eq!(
        g.gammavariate(f64::INFINITY, 1.0).unwrap_err().kind,
        ErrorKind::NeverReturns
    );
}

/// `python3 -c "import random; g = random.Random(42); s = g.getstate(); print(s[1][:3], s[1][-1], s[2]);
/// g.random(); s = g.getstate(); print(s[1][:3], s[1][-1])"` and, after `g.gauss(0, 1)` on a fresh
/// `Random(42)`, `g.getstate()[2]`.
#[test]
fn getstate_setstate() {
    let mut g = Random::new(42);
    let s = g.getstate();
    assert_eq!(s.words()[..3], [2147483648, 3564348608, 1266698288]);
    assert_eq!((s.index(), s.gauss_next()), (624, None));
    let first = g.random();
    let s2 = g.getstate();
    assert_eq!(s2.words()[..3], [2468570525, 44967195, 2667364560]);
    assert_eq!(s2.index(), 2);
    g.setstate(&s);
    assert_eq!(g.random(), first);

    let mut g = Random::new(42);
    g.gauss(0.0, 1.0);
    let s = g.getstate();
    assert_eq!(s.gauss_next(), Some(-0.1729036003315193));
    let next = g.gauss(0.0, 1.0);
    g.setstate(&s);
    assert_eq!(g.gauss(0.0, 1.0), next);
    // Seeding clears the cached value, as CPython's seed() does.
    g.setstate(&s);
    g.seed_u64(42);
    assert_eq!(g, Random::new(42));

    // Round trip through the tuple form.
    let items: Vec<BigInt> = s
        .words()
        .iter()
        .map(|&w| BigInt::from(w))
        .chain(std::iter::once(BigInt::from(s.index())))
        .collect();
    assert_eq!(
        RandomState::from_tuple(&items, s.gauss_next()),
        Ok(s.clone())
    );
    let signed: Vec<BigInt> = items
        .iter()
        .map(|x| x - (BigInt::from(1u64 << 32)))
        .collect();
    let mut signed = signed;
    if let Some(last) = signed.last_mut() {
        *last = BigInt::from(s.index());
    }
    assert_eq!(
        RandomState::from_version2_tuple(&signed, s.gauss_next()),
        Ok(s.clone())
    );
}

/// `setstate` errors, from python3: wrong size, negative word, word >= 2**64, index out of range.
#[test]
fn setstate_errors() {
    let good: Vec<BigInt> = (0..625).map(|_| BigInt::from(0)).collect();
    let msg =
        |items: &[BigInt]| RandomState::from_tuple(items, None).map_err(|e| (e.kind, e.message));
    assert_eq!(
        msg(&good[..10]),
        Err((
            ErrorKind::ValueError,
            "state vector is the wrong size".to_string()
        ))
    );
    let mut v = good.clone();
    v[0] = BigInt::from(-1);
    assert_eq!(
        msg(&v),
        Err((
            ErrorKind::OverflowError,
            "can't convert negative value to unsigned int".to_string()
        ))
    );
    v[0] = big("18446744073709551616");
    assert_eq!(
        msg(&v),
        Err((
            ErrorKind::OverflowError,
            "Python int too large to convert to C unsigned long".to_string()
        ))
    );
    v[0] = big("4294967301");
    assert!(msg(&v).is_ok_and(|s| s.words()[0] == 5));
    for (index, err) in [
        ("-1", (ErrorKind::ValueError, "invalid state")),
        ("625", (ErrorKind::ValueError, "invalid state")),
        (
            "9223372036854775808",
            (
                ErrorKind::OverflowError,
                "Python int too large to convert to C long",
            ),
        ),
    ] {
        let mut v = good.clone();
        v[624] = big(index);
        assert_eq!(msg(&v), Err((err.0, err.1.to_string())), "index {index}");
    }
    let mut v = good.clone();
    v[624] = BigInt::from(-1);
    assert_eq!(
        RandomState::from_version2_tuple(&v, None).map_err(|e| e.message),
        Err("invalid state".to_string())
    );
    assert_eq!(
        RandomState::version_error("4").message,
        "state with version 4 passed to Random.setstate() of version 3"
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use num_bigint::BigInt;
    use num_traits::{One, Signed};
    use proptest::prelude::*;

    use super::super::Random;

    proptest! {
        #[test]
        fn getrandbits_is_below_two_to_the_k(seed in any::<u64>(), k in 0i64..300) {
            let mut r = Random::new(seed);
            let v = r.getrandbits(k).unwrap_or_default();
            prop_assert!(!v.is_negative());
            prop_assert!(v < (BigInt::one() << k as usize));
        }

        #[test]
        fn u128_and_big_paths_agree(seed in any::<u64>(), k in 0u32..=128) {
            let mut a = Random::new(seed);
            let mut b = Random::new(seed);
            let small = a.getrandbits_u128(k);
            prop_assert_eq!(BigInt::from(small), BigInt::from(b.getrandbits_big(k)));
            prop_assert_eq!(a, b);
        }

        #[test]
        fn randbelow_is_below_n(seed in any::<u64>(), n in 1u64.., shift in 0usize..100) {
            let mut r = Random::new(seed);
            prop_assert!(r.randbelow_u64(n) < n);
            let big_n = BigInt::from(n) << shift;
            let v = r.randbelow(&big_n);
            prop_assert!(!v.is_negative() && v < big_n);
        }

        #[test]
        fn randrange_i64_agrees_with_big(seed in any::<u64>(), a in any::<i64>(), b in any::<i64>(), step in any::<i64>()) {
            let mut x = Random::new(seed);
            let mut y = Random::new(seed);
            let small = x.randrange_i64(a, Some(b), Some(step)).map(BigInt::from);
            // Force the big-integer path by going through a width that does not fit i64.
            let big_result = {
                let (ba, bb, bs) = (BigInt::from(a), BigInt::from(b), BigInt::from(step));
                y.randrange_big_for_tests(&ba, &bb, &bs)
            };
            prop_assert_eq!(small, big_result);
            prop_assert_eq!(x, y);
        }

        #[test]
        fn randrange_stays_in_range(seed in any::<u64>(), a in -1000i64..1000, b in -1000i64..1000, step in -50i64..50) {
            let mut r = Random::new(seed);
            if let Ok(v) = r.randrange_i64(a, Some(b), Some(step)) {
                prop_assert!(step != 0);
                prop_assert_eq!((v - a) % step, 0);
                if step > 0 { prop_assert!(a <= v && v < b) } else { prop_assert!(b < v && v <= a) }
            }
        }

        #[test]
        fn sample_has_no_duplicates(seed in any::<u64>(), n in 0u64..2000, k in 0i64..200) {
            let mut r = Random::new(seed);
            match r.sample(n, k) {
                Ok(s) => {
                    prop_assert_eq!(s.len() as i64, k);
                    let mut sorted = s.clone();
                    sorted.sort_unstable();
                    sorted.dedup();
                    prop_assert_eq!(sorted.len(), s.len());
                    prop_assert!(s.iter().all(|&i| i < n));
                }
                Err(_) => prop_assert!(k as u64 > n),
            }
        }

        #[test]
        fn shuffle_is_a_permutation(seed in any::<u64>(), n in 0usize..300) {
            let mut r = Random::new(seed);
            let mut p = r.shuffle_indices(n);
            p.sort_unstable();
            prop_assert_eq!(p, (0..n).collect::<Vec<_>>());
        }

        #[test]
        fn choices_stay_in_range(seed in any::<u64>(), w in proptest::collection::vec(0.0f64..10.0, 1..20), k in 0i64..50) {
            let mut r = Random::new(seed);
            let n = w.len() as u64;
            if let Ok(v) = r.choices(n, Some(&w), None, k) {
                prop_assert!(v.iter().all(|&i| i < n));
            }
            prop_assert!(r.choices(n, None, None, k).is_ok_and(|v| v.iter().all(|&i| i < n)));
        }

        #[test]
        fn seeding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300), f in any::<f64>(), i in any::<i64>()) {
            let mut r = Random::new(0);
            r.seed_bytes(&bytes);
            r.seed_bytes_version1(&bytes);
            r.seed_float(f);
            r.seed_i64(i);
            r.seed_int(&(BigInt::from(i) << 200));
            let _ = r.random();
        }

        #[test]
        fn distributions_never_panic(seed in any::<u64>(), a in any::<f64>(), b in any::<f64>()) {
            let mut r = Random::new(seed);
            let _ = r.uniform(a, b);
            let _ = r.triangular(a, b, Some(a));
            let _ = r.normalvariate(a, b);
            let _ = r.gauss(a, b);
            let _ = r.lognormvariate(a, b);
            let _ = r.expovariate(a);
            let _ = r.vonmisesvariate(a, b.abs().min(1e6));
            let _ = r.gammavariate(a.abs().min(1e6), b);
            let _ = r.betavariate(a.abs().min(1e6), b.abs().min(1e6));
            let _ = r.paretovariate(a);
            let _ = r.weibullvariate(a, b);
        }
    }
}
