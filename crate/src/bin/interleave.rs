//! `interleave`: the native command-line runner.
//!
//! `interleave factorize N...` prints each number's divisors as the notes' Python generator gives
//! them (one line per number, `N: d1 d2 ...`), the same format as
//! `tests/fixtures/factorize/factorize.py`. The Python runner (`interleave run FILE.py`) arrives
//! with the VM; until then it says so.

use std::process::ExitCode;

fn usage() -> &'static str {
    "usage: interleave factorize N [N ...]\n       interleave run FILE.py   (not built yet: the Python VM is in progress)"
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("factorize") => {
            let text = args[1..].join(" ");
            match interleave::factorize::validate_numbers(&text) {
                Ok(numbers) => {
                    for (n, ds) in numbers
                        .iter()
                        .zip(interleave::factorize::factorize_all(&numbers))
                    {
                        let ds: Vec<String> = ds.iter().map(u32::to_string).collect();
                        println!("{n}: {}", ds.join(" "));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("interleave: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Some("run") => {
            eprintln!(
                "interleave: `run` is not implemented yet: the Python VM is being built (issue 3)."
            );
            ExitCode::from(2)
        }
        _ => {
            eprintln!("{}", usage());
            ExitCode::from(2)
        }
    }
}
