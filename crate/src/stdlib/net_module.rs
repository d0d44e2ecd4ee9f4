//! `_net`: the native part of the simulated I/O modules (`select`, `socket`, `requests`).
//!
//! There is no network under Interleave. What a real network would decide is decided here,
//! deterministically: how long a request takes (drawn from the run's seeded *world* generator,
//! the one `os.urandom` uses, so a seed replays the same latencies and another seed gives
//! others) and what a web page contains (a pure function of its host and path). The Python
//! modules turn latencies into timers on the virtual clock.
//!
//! Functions:
//! - `timeout_ns(t)` → `None` for `None`, else `t` seconds in ns (may be negative), with the
//!   checks and messages of CPython's `select.select` (`timeout must be a float or None`,
//!   `Invalid value NaN (not a number)`, the two OverflowErrors); floats are rounded away from
//!   zero, as CPython rounds timeouts.
//! - `draw_ns(lo, hi)` → a number of ns in `lo..=hi` from the world generator.
//! - `page(host, path)` → `(status, body)`, see [`page`].

use super::time_module::seconds_to_ns;
use crate::vm::call::Kwargs;
use crate::vm::modules::add_fn;
use crate::vm::native::Flow;
use crate::vm::value::{Obj, Value};
use crate::vm::{PyResult, Vm};

/// Hosts with a fixed page size: the two sites of the notes' download lesson (the sizes the
/// lesson's source printed for them) and `example.com`'s well-known page.
pub const KNOWN_SIZES: &[(&str, usize)] = &[
    ("www.jython.org", 10_966),
    ("olympus.realpython.org", 276),
    ("example.com", 1_256),
    ("www.example.com", 1_256),
];

/// Fill the `_net` module.
pub fn install(vm: &mut Vm, m: &Obj) {
    add_fn(vm, m, "timeout_ns", timeout_ns);
    add_fn(vm, m, "draw_ns", draw_ns);
    add_fn(vm, m, "page", page_fn);
}

fn timeout_ns(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let v = a.first().cloned().unwrap_or(Value::None);
    if matches!(v, Value::None) {
        return Ok(Flow::Value(Value::None));
    }
    let numeric = matches!(v, Value::Float(_) | Value::Bool(_)) || v.as_bigint().is_some();
    if !numeric {
        return Err(vm.type_error("timeout must be a float or None"));
    }
    let mut ns = seconds_to_ns(vm, &v)?;
    if let Value::Float(f) = v {
        // CPython rounds timeouts away from zero (`_PyTime_ROUND_TIMEOUT`): 1e-10 s is 1 ns.
        let scaled = f * 1e9;
        ns = if scaled >= 0.0 {
            scaled.ceil()
        } else {
            scaled.floor()
        } as i128;
    }
    let ns = i64::try_from(ns).unwrap_or(if ns < 0 { i64::MIN } else { i64::MAX });
    Ok(Flow::Value(Value::Int(ns)))
}

fn draw_ns(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let bound = |i: usize| {
        a.get(i)
            .and_then(Value::as_i64)
            .and_then(|n| u64::try_from(n).ok())
    };
    let (Some(lo), Some(hi)) = (bound(0), bound(1)) else {
        return Err(vm.type_error("draw_ns() needs two non-negative ints"));
    };
    let n = vm.sched.world.between(lo, hi);
    Ok(Flow::Value(Value::Int(
        i64::try_from(n).unwrap_or(i64::MAX),
    )))
}

fn page_fn(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (Some(Value::Str(host)), Some(Value::Str(path))) = (a.first(), a.get(1)) else {
        return Err(vm.type_error("page() needs a host and a path (str)"));
    };
    let (status, body) = page(host, path);
    let body = match vm.new_bytes(body)? {
        Flow::Value(v) => v,
        other => return Ok(other),
    };
    Ok(Flow::Value(
        vm.new_tuple(vec![Value::Int(i64::from(status)), body]),
    ))
}

/// FNV-1a, 64 bits: a stable hash for page sizes (Python's `hash()` of a str would do, but this
/// one is simpler to document).
pub fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The simulated web: the status and body of `http(s)://host/path`.
///
/// - A path `/status/N` (httpbin.org's convention) answers with status N (100..=599) and an
///   empty body.
/// - Otherwise the status is 200 and the body is an HTML page of a size fixed by the host
///   ([`KNOWN_SIZES`]) or, for other hosts, `512 + fnv1a(host + path) % 16384` bytes.
/// - The body is ASCII text that names the host and path, so it is the same on every run.
pub fn page(host: &str, path: &str) -> (u16, Vec<u8>) {
    if let Some(code) = path.strip_prefix("/status/") {
        if let Ok(n) = code.parse::<u16>() {
            if (100..=599).contains(&n) {
                return (n, Vec::new());
            }
        }
    }
    let size = KNOWN_SIZES
        .iter()
        .find(|(h, _)| *h == host)
        .map(|(_, n)| *n)
        .unwrap_or_else(|| 512 + (fnv1a(&format!("{host}{path}")) % 16_384) as usize);
    (200, html(host, path, size))
}

/// An HTML page of exactly `size` bytes about `host` and `path`.
fn html(host: &str, path: &str, size: usize) -> Vec<u8> {
    let head = format!(
        "<!DOCTYPE html>\n<html>\n<head><title>{host}</title></head>\n<body>\n\
         <!-- simulated by Interleave: no network was used -->\n"
    );
    let tail = "</body>\n</html>\n";
    let mut out = String::with_capacity(size + 64);
    out.push_str(&head);
    let mut line = 1;
    while out.len() + tail.len() < size {
        out.push_str(&format!("<p>{host}{path} line {line}</p>\n"));
        line += 1;
    }
    out.push_str(tail);
    let mut bytes = out.into_bytes();
    if bytes.len() > size {
        if size >= tail.len() {
            // Cut the last paragraph so the page still ends with the closing tags.
            bytes.truncate(size - tail.len());
            bytes.extend_from_slice(tail.as_bytes());
        } else {
            bytes.truncate(size);
        }
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_have_the_documented_sizes() {
        assert_eq!(page("www.jython.org", "/").1.len(), 10_966);
        assert_eq!(page("olympus.realpython.org", "/dice").1.len(), 276);
        let other = page("python.org", "/about");
        assert_eq!(
            other.1.len(),
            512 + (fnv1a("python.org/about") % 16_384) as usize
        );
        assert_eq!(other.0, 200);
        assert!(other.1.ends_with(b"</html>\n"));
        assert_eq!(page("httpbin.org", "/status/404"), (404, Vec::new()));
        assert_eq!(
            page("a", "/").1.len(),
            512 + (fnv1a("a/") % 16_384) as usize
        );
    }

    #[test]
    fn tiny_pages_are_cut_to_size() {
        for size in [0, 5, 20, 100] {
            assert_eq!(html("h", "/", size).len(), size);
        }
    }
}
