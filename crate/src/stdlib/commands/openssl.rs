//! `openssl` (OpenSSL 3.0): the `enc` and `dgst` subcommands the course notes pipe data
//! through, plus `version` and the help listing.
//!
//! # `openssl enc` is a stand-in, not real cryptography
//! `openssl enc -des3 -pass env:password` in the notes only has to turn bytes into bytes that
//! look encrypted. Real OpenSSL picks a random salt, so its output differs on every run; a
//! deterministic simulator cannot do that, and implementing DES would not make the output
//! match anyway. The stand-in keeps OpenSSL's *format* and *lengths*:
//! - `Salted__` + 8 salt bytes + ciphertext as long as the input padded PKCS#7-style to the
//!   cipher's block (8 bytes for DES ciphers, 16 for AES): 10 bytes in → 32 bytes out;
//!   `-nosalt` drops the 16-byte header.
//! - salt = the first 8 bytes of SHA-512("interleave-salt" ‖ 0 ‖ password ‖ 0 ‖ input);
//!   keystream block i = SHA-512("interleave-enc" ‖ 0 ‖ cipher ‖ 0 ‖ password ‖ 0 ‖ salt ‖
//!   i as 8 big-endian bytes); ciphertext = padded input XOR keystream.
//! - `-d` reverses it (wrong password → `bad decrypt`, exit 1, as OpenSSL reports).
//! - stderr carries OpenSSL 3's `*** WARNING : deprecated key derivation used.` unless
//!   `-pbkdf2` or `-iter N` is given, and its password errors (`No environment variable X`,
//!   `Invalid password argument, missing ':' within the first 5 chars` for the notes' typo
//!   `env.password`, ...), each followed by `Error getting password`, exit 1.
//!
//! Without a cipher option `enc` copies its input, as OpenSSL does.
//!
//! # `openssl dgst` is real
//! `-whirlpool` (implemented in `whirlpool.rs`; stock OpenSSL 3 needs `-provider legacy` for
//! it, the simulated one does not) and `-sha512` compute the true digests. Output: `-binary`
//! raw bytes, `-r` `HEX *stdin`, otherwise `WHIRLPOOL(stdin)= HEX` / `SHA2-512(stdin)= HEX`.
//! Other digests (including the default SHA-256) report that Interleave does not simulate them.
//!
//! OpenSSL's error lines start with a thread id (`40D7FFD79E7F0000:error:...`); the simulated
//! ones use the fixed [`THREAD_ID`].

use super::{Invocation, Output};
use crate::random::sha512::sha512;

/// The thread id printed at the start of OpenSSL error-stack lines.
const THREAD_ID: &str = "40E7C1F2A67F0000";

/// What `openssl` with no subcommand prints (on stderr, exit 0), captured from OpenSSL 3.0.
const HELP: &str = include_str!("openssl_help.txt");

/// Run `openssl`.
pub(super) fn main(inv: &Invocation) -> Output {
    let Some((sub, args)) = inv.args.split_first() else {
        return Output {
            stderr: HELP.as_bytes().to_vec(),
            ..Output::default()
        };
    };
    match sub.as_str() {
        "enc" => enc(inv, args, None),
        "dgst" => dgst(inv, args, None),
        "sha512" => dgst(inv, args, Some(Digest::Sha512)),
        "des3" | "des-ede3-cbc" | "aes-128-cbc" | "aes-192-cbc" | "aes-256-cbc" => {
            enc(inv, args, Some(sub.as_str()))
        }
        "version" => Output::ok(
            b"OpenSSL 3.0.19 27 Jan 2026 (Library: OpenSSL 3.0.19 27 Jan 2026)\n".to_vec(),
        ),
        "help" => Output {
            stderr: HELP.as_bytes().to_vec(),
            ..Output::default()
        },
        other => Output::fail(
            format!("Invalid command '{other}'; type \"help\" for a list.\n"),
            1,
        ),
    }
}

/// OpenSSL's `Use -help` line for subcommand `sub`.
fn use_help(sub: &str) -> String {
    format!("{sub}: Use -help for summary.\n")
}

/// The error-stack line OpenSSL prints when an algorithm name is unknown.
fn fetch_error(name: &str, props: &str) -> String {
    format!(
        "{THREAD_ID}:error:0308010C:digital envelope routines:inner_evp_generic_fetch:unsupported:\
         ../crypto/evp/evp_fetch.c:386:Global default library context, Algorithm ({name} : 0), \
         Properties ({props})\n"
    )
}

/// The ciphers `enc` accepts: (name, block size, OpenSSL's canonical name).
const CIPHERS: &[(&str, usize, &str)] = &[
    ("des3", 8, "DES-EDE3-CBC"),
    ("des-ede3-cbc", 8, "DES-EDE3-CBC"),
    ("des-ede3", 8, "DES-EDE3"),
    ("des", 8, "DES-CBC"),
    ("des-cbc", 8, "DES-CBC"),
    ("aes-128-cbc", 16, "AES-128-CBC"),
    ("aes-192-cbc", 16, "AES-192-CBC"),
    ("aes-256-cbc", 16, "AES-256-CBC"),
    ("aes128", 16, "AES-128-CBC"),
    ("aes192", 16, "AES-192-CBC"),
    ("aes256", 16, "AES-256-CBC"),
];

/// `openssl enc`.
fn enc(inv: &Invocation, args: &[String], preset: Option<&str>) -> Output {
    let mut cipher: Option<(usize, &str)> = preset
        .and_then(|p| CIPHERS.iter().find(|(n, _, _)| *n == p))
        .map(|(_, bs, canon)| (*bs, *canon));
    let mut decrypt = false;
    let mut pass: Option<String> = None;
    let mut salted = true;
    let mut modern_kdf = false;
    let mut i = 0;
    let value = |i: &mut usize, opt: &str| -> Result<String, Output> {
        *i += 1;
        match args.get(*i - 1) {
            Some(v) => Ok(v.clone()),
            None => Err(Output::fail(
                format!("enc: Option -{opt} needs a value\n{}", use_help("enc")),
                1,
            )),
        }
    };
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let Some(name) = arg.strip_prefix('-') else {
            return Output::fail(use_help("enc"), 1);
        };
        let name = name.strip_prefix('-').unwrap_or(name);
        match name {
            "e" => decrypt = false,
            "d" => decrypt = true,
            "salt" => salted = true,
            "nosalt" => salted = false,
            "pbkdf2" => modern_kdf = true,
            "pass" | "k" => match value(&mut i, name) {
                Ok(v) => pass = Some(if name == "k" { format!("pass:{v}") } else { v }),
                Err(out) => return out,
            },
            "iter" => match value(&mut i, name) {
                Ok(v) if v.parse::<u32>().is_ok() => modern_kdf = true,
                Ok(v) => {
                    return Output::fail(
                        format!("enc: Can't parse \"{v}\" as a number\n{}", use_help("enc")),
                        1,
                    )
                }
                Err(out) => return out,
            },
            "md" | "provider" | "provider-path" | "propquery" => {
                if let Err(out) = value(&mut i, name) {
                    return out;
                }
            }
            "in" | "out" => {
                let file = match value(&mut i, name) {
                    Ok(v) => v,
                    Err(out) => return out,
                };
                let mode = if name == "in" { "rb" } else { "wb" };
                return Output::fail(
                    format!(
                        "Can't open \"{file}\" for {}, No such file or directory\n\
                         {THREAD_ID}:error:80000002:system library:BIO_new_file:No such file or directory:\
                         ../crypto/bio/bss_file.c:67:calling fopen({file}, {mode})\n\
                         {THREAD_ID}:error:10000080:BIO routines:BIO_new_file:no such file:\
                         ../crypto/bio/bss_file.c:75:\n",
                        if name == "in" { "reading" } else { "writing" }
                    ),
                    1,
                );
            }
            other => match CIPHERS.iter().find(|(n, _, _)| *n == other) {
                Some((_, bs, canon)) => cipher = Some((*bs, *canon)),
                None => {
                    return Output::fail(
                        format!(
                            "enc: Unknown cipher: {other}\n{}{}",
                            use_help("enc"),
                            fetch_error(other, "<null>")
                        ),
                        1,
                    )
                }
            },
        }
    }
    let mut out = Output {
        read: inv.stdin.len(),
        ..Output::default()
    };
    let Some((block, canon)) = cipher else {
        out.stdout = inv.stdin.to_vec();
        return out;
    };
    let password = match pass {
        Some(spec) => match password(inv, &spec) {
            Ok(p) => p,
            Err(msg) => {
                out.stderr = format!("{msg}Error getting password\n").into_bytes();
                out.code = 1;
                return out;
            }
        },
        None => {
            // OpenSSL would prompt on the terminal; a child of a learner's program has none.
            let what = if decrypt { "decryption" } else { "encryption" };
            out.stderr = format!(
                "enter {canon} {what} password:\nbad password read\n\
                 {THREAD_ID}:error:1400006B:UI routines:UI_process:processing error:\
                 ../crypto/ui/ui_lib.c:573:while reading strings\n"
            )
            .into_bytes();
            out.code = 1;
            return out;
        }
    };
    // Decryption reads the salt header before deriving the key (and warning about it).
    if decrypt && salted {
        if inv.stdin.len() < 16 {
            out.err_line("error reading input file");
            out.code = 1;
            return out;
        }
        if &inv.stdin[..8] != b"Salted__" {
            out.err_line("bad magic number");
            out.code = 1;
            return out;
        }
    }
    if !modern_kdf {
        out.stderr.extend_from_slice(
            b"*** WARNING : deprecated key derivation used.\nUsing -iter or -pbkdf2 would be better.\n",
        );
    }
    if decrypt {
        let body = if salted { &inv.stdin[16..] } else { inv.stdin };
        let salt = if salted { &inv.stdin[8..16] } else { &[][..] };
        let mut plain = xor_stream(body, canon, &password, salt);
        let pad = plain.last().copied().map(usize::from).unwrap_or(0);
        let valid = !plain.is_empty()
            && plain.len().is_multiple_of(block)
            && (1..=block).contains(&pad)
            && plain[plain.len() - pad..]
                .iter()
                .all(|&b| usize::from(b) == pad);
        if valid {
            plain.truncate(plain.len() - pad);
        } else {
            let whole = plain.len() / block * block;
            let reason = if whole == plain.len() && whole > 0 {
                "1C800064:Provider routines:ossl_cipher_unpadblock:bad decrypt:\
                 ../providers/implementations/ciphers/ciphercommon_block.c:124:"
            } else {
                "1C80006B:Provider routines:ossl_cipher_generic_block_final:wrong final block \
                 length:../providers/implementations/ciphers/ciphercommon.c:440:"
            };
            // OpenSSL writes every block but the one it is still holding back.
            plain.truncate(if whole == plain.len() {
                whole.saturating_sub(block)
            } else {
                whole
            });
            out.stderr
                .extend_from_slice(format!("bad decrypt\n{THREAD_ID}:error:{reason}\n").as_bytes());
            out.code = 1;
        }
        out.stdout = plain;
        return out;
    }
    let mut padded = inv.stdin.to_vec();
    let pad = block - inv.stdin.len() % block;
    padded.extend(std::iter::repeat_n(pad as u8, pad));
    let salt: Vec<u8> = if salted {
        let mut seed = b"interleave-salt\0".to_vec();
        seed.extend_from_slice(password.as_bytes());
        seed.push(0);
        seed.extend_from_slice(inv.stdin);
        sha512(&seed)[..8].to_vec()
    } else {
        Vec::new()
    };
    if salted {
        out.stdout.extend_from_slice(b"Salted__");
        out.stdout.extend_from_slice(&salt);
    }
    out.stdout
        .extend_from_slice(&xor_stream(&padded, canon, &password, &salt));
    out
}

/// `data` XOR the stand-in keystream for (cipher, password, salt).
fn xor_stream(data: &[u8], cipher: &str, password: &str, salt: &[u8]) -> Vec<u8> {
    let mut key = b"interleave-enc\0".to_vec();
    key.extend_from_slice(cipher.as_bytes());
    key.push(0);
    key.extend_from_slice(password.as_bytes());
    key.push(0);
    key.extend_from_slice(salt);
    let base = key.len();
    let mut out = Vec::with_capacity(data.len());
    for (i, chunk) in data.chunks(64).enumerate() {
        key.truncate(base);
        key.extend_from_slice(&(i as u64).to_be_bytes());
        let stream = sha512(&key);
        out.extend(chunk.iter().zip(stream.iter()).map(|(a, b)| a ^ b));
    }
    out
}

/// Resolve a `-pass` argument (`pass:X`, `env:NAME`, ...) to the password, or OpenSSL's error
/// text (without the final `Error getting password`).
fn password(inv: &Invocation, spec: &str) -> Result<String, String> {
    let head: String = spec.chars().take(5).collect();
    if !head.contains(':') {
        return Err("Invalid password argument, missing ':' within the first 5 chars\n".into());
    }
    let (kind, rest) = spec.split_once(':').unwrap_or((spec, ""));
    match kind {
        "pass" => Ok(rest.to_string()),
        "env" => inv
            .getenv(rest)
            .map(str::to_string)
            .ok_or_else(|| format!("No environment variable {rest}\n")),
        "file" => Err(format!(
            "Can't open file {rest}\n\
             {THREAD_ID}:error:80000002:system library:BIO_new_file:No such file or directory:\
             ../crypto/bio/bss_file.c:67:calling fopen({rest}, r)\n\
             {THREAD_ID}:error:10000080:BIO routines:BIO_new_file:no such file:\
             ../crypto/bio/bss_file.c:75:\n"
        )),
        "fd" => Err("Error reading password from BIO\n".into()),
        _ => Err(format!(
            "Invalid password argument, starting with \"{kind}:\"\n"
        )),
    }
}

/// The digests `dgst` computes.
#[derive(Clone, Copy)]
enum Digest {
    Whirlpool,
    Sha512,
}

impl Digest {
    fn label(self) -> &'static str {
        match self {
            Digest::Whirlpool => "WHIRLPOOL",
            Digest::Sha512 => "SHA2-512",
        }
    }

    fn hash(self, data: &[u8]) -> [u8; 64] {
        match self {
            Digest::Whirlpool => super::whirlpool::whirlpool(data),
            Digest::Sha512 => sha512(data),
        }
    }
}

/// Digest names OpenSSL knows but the simulation does not compute.
const OTHER_DIGESTS: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512-224",
    "sha512-256",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "blake2b512",
    "blake2s256",
    "sm3",
    "rmd160",
    "md4",
    "shake128",
    "shake256",
];

/// `openssl dgst`.
fn dgst(inv: &Invocation, args: &[String], preset: Option<Digest>) -> Output {
    let mut digest = preset;
    let mut binary = false;
    let mut reverse = false;
    let mut files = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        let Some(name) = arg.strip_prefix('-') else {
            files.extend(args[i - 1..].iter().cloned());
            break;
        };
        let name = name.strip_prefix('-').unwrap_or(name);
        match name {
            // Provider selection changes nothing here (Whirlpool needs no legacy provider).
            "provider" | "provider-path" | "propquery" => {
                if args.get(i).is_none() {
                    return Output::fail(
                        format!("dgst: Option -{name} needs a value\n{}", use_help("dgst")),
                        1,
                    );
                }
                i += 1;
            }
            "binary" => binary = true,
            "hex" => binary = false,
            "r" => reverse = true,
            "whirlpool" => digest = Some(Digest::Whirlpool),
            "sha512" | "sha2-512" => digest = Some(Digest::Sha512),
            other if OTHER_DIGESTS.contains(&other) => {
                return Output::fail(
                    format!("dgst: the {other} digest is not simulated by Interleave (try -sha512 or -whirlpool)\n"),
                    1,
                )
            }
            other => {
                return Output::fail(
                    format!(
                        "dgst: Unknown option or message digest: {other}\n{}{}",
                        use_help("dgst"),
                        fetch_error(other, "<null>")
                    ),
                    1,
                )
            }
        }
    }
    let Some(digest) = digest else {
        return Output::fail(
            "dgst: the default sha256 digest is not simulated by Interleave (try -sha512 or -whirlpool)\n",
            1,
        );
    };
    let mut out = Output::default();
    if let Some(file) = files.first() {
        out.stderr = format!(
            "{file}: No such file or directory\n\
             {THREAD_ID}:error:80000002:system library:file_ctrl:No such file or directory:\
             ../crypto/bio/bss_file.c:297:calling fopen({file}, r)\n\
             {THREAD_ID}:error:10080002:BIO routines:file_ctrl:system lib:\
             ../crypto/bio/bss_file.c:300:\n"
        )
        .into_bytes();
        out.code = 1;
        return out;
    }
    out.read = inv.stdin.len();
    let hash = digest.hash(inv.stdin);
    if binary {
        out.stdout = hash.to_vec();
        return out;
    }
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    out.stdout = if reverse {
        format!("{hex} *stdin\n")
    } else {
        format!("{}(stdin)= {hex}\n", digest.label())
    }
    .into_bytes();
    out
}

#[cfg(test)]
mod tests {
    use crate::stdlib::commands::tests::argv;
    use crate::stdlib::commands::{run, Completed};

    const WARNING: &str =
        "*** WARNING : deprecated key derivation used.\nUsing -iter or -pbkdf2 would be better.\n";

    fn ssl(args: &[&str], env: &[(&str, &str)], input: &[u8]) -> Completed {
        let mut all = vec!["openssl"];
        all.extend_from_slice(args);
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        run(&argv(&all), &env, input).unwrap()
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    #[test]
    fn enc_format_and_lengths() {
        let env = [("password", "zf7ShyBhZOraQDdE/FiZpm/m/8f9X+M1")];
        for (n, len) in [(0, 24), (5, 24), (7, 24), (8, 32), (10, 32), (16, 40)] {
            let input = vec![7u8; n];
            let done = ssl(&["enc", "-des3", "-pass", "env:password"], &env, &input);
            assert_eq!(done.code, 0);
            assert_eq!(done.stdout.len(), len, "{n} bytes in");
            assert_eq!(&done.stdout[..8], b"Salted__");
            assert_eq!(text(&done.stderr), WARNING);
        }
        let done = ssl(
            &["enc", "-aes-256-cbc", "-pass", "pass:x", "-pbkdf2"],
            &[],
            b"hi",
        );
        assert_eq!(done.stdout.len(), 32);
        assert!(done.stderr.is_empty());
        let done = ssl(&["enc", "-des3", "-nosalt", "-pass", "pass:x"], &[], b"hi");
        assert_eq!(done.stdout.len(), 8);
        let done = ssl(&["enc", "-pass", "pass:x"], &[], b"hi");
        assert_eq!(done.stdout, b"hi");
    }

    #[test]
    fn enc_depends_on_input_and_password() {
        let a = ssl(&["enc", "-des3", "-pass", "pass:a"], &[], b"0123456789");
        let b = ssl(&["enc", "-des3", "-pass", "pass:b"], &[], b"0123456789");
        let c = ssl(&["enc", "-des3", "-pass", "pass:a"], &[], b"0123456788");
        assert_ne!(a.stdout, b.stdout);
        assert_ne!(a.stdout, c.stdout);
        assert_ne!(&a.stdout[16..26], b"0123456789");
    }

    #[test]
    fn enc_round_trip() {
        let input = b"attack at dawn, or maybe a little later";
        let enc = ssl(&["enc", "-des3", "-pass", "pass:pw"], &[], input);
        let dec = ssl(
            &["enc", "-des3", "-d", "-pass", "pass:pw"],
            &[],
            &enc.stdout,
        );
        assert_eq!((dec.stdout.as_slice(), dec.code), (&input[..], 0));
        let bad = ssl(
            &["enc", "-des3", "-d", "-pass", "pass:wrong"],
            &[],
            &enc.stdout,
        );
        assert_eq!(bad.code, 1);
        assert!(text(&bad.stderr).contains("bad decrypt\n"));
        let short = ssl(&["enc", "-des3", "-d", "-pass", "pass:pw"], &[], b"hi");
        assert_eq!(text(&short.stderr), "error reading input file\n");
        let magic = ssl(
            &["enc", "-des3", "-d", "-pass", "pass:pw"],
            &[],
            &[b'x'; 24],
        );
        assert_eq!(text(&magic.stderr), "bad magic number\n");
    }

    #[test]
    fn enc_password_errors() {
        let done = ssl(
            &["enc", "-des3", "-pass", "env.password"],
            &[("password", "x")],
            b"hi",
        );
        assert_eq!(done.code, 1);
        assert!(done.stdout.is_empty());
        assert_eq!(
            text(&done.stderr),
            "Invalid password argument, missing ':' within the first 5 chars\nError getting password\n"
        );
        let done = ssl(&["enc", "-des3", "-pass", "env:nope"], &[], b"hi");
        assert_eq!(
            text(&done.stderr),
            "No environment variable nope\nError getting password\n"
        );
        let done = ssl(&["enc", "-des3", "-pass", "foo:x"], &[], b"hi");
        assert_eq!(
            text(&done.stderr),
            "Invalid password argument, starting with \"foo:\"\nError getting password\n"
        );
        let done = ssl(&["enc", "-des3", "-pass"], &[], b"hi");
        assert_eq!(
            text(&done.stderr),
            "enc: Option -pass needs a value\nenc: Use -help for summary.\n"
        );
        let done = ssl(&["enc", "-des3"], &[], b"hi");
        assert!(text(&done.stderr).starts_with("enter DES-EDE3-CBC encryption password:\n"));
        let done = ssl(&["enc", "-bogus"], &[], b"hi");
        assert!(text(&done.stderr).starts_with("enc: Unknown cipher: bogus\nenc: Use -help"));
        assert_eq!(done.code, 1);
    }

    #[test]
    fn dgst() {
        let done = ssl(&["dgst", "-whirlpool"], &[], b"hello");
        assert_eq!(
            text(&done.stdout),
            "WHIRLPOOL(stdin)= 0a25f55d7308eca6b9567a7ed3bd1b46327f0f1ffdc804dd8bb5af40e88d78b8\
             8df0d002a89e2fdbd5876c523f1b67bc44e9f87047598e7548298ea1c81cfd73\n"
        );
        let done = ssl(&["dgst", "-whirlpool", "-binary"], &[], b"hello");
        assert_eq!(done.stdout.len(), 64);
        assert_eq!(done.stdout[0], 0x0a);
        let done = ssl(&["dgst", "-sha512", "-r"], &[], b"hello");
        assert!(text(&done.stdout).starts_with("9b71d224bd62f378"));
        assert!(text(&done.stdout).ends_with(" *stdin\n"));
        let done = ssl(&["sha512"], &[], b"hello");
        assert!(text(&done.stdout).starts_with("SHA2-512(stdin)= 9b71d224"));
        let done = ssl(&["dgst", "-nosuch"], &[], b"");
        assert!(text(&done.stderr)
            .starts_with("dgst: Unknown option or message digest: nosuch\ndgst: Use -help"));
        assert_eq!(ssl(&["dgst", "-md5"], &[], b"").code, 1);
        let done = ssl(&["dgst", "-sha512", "nofile"], &[], b"");
        assert!(text(&done.stderr).starts_with("nofile: No such file or directory\n"));
    }

    #[test]
    fn subcommands() {
        let done = ssl(&["foo"], &[], b"");
        assert_eq!(
            (text(&done.stderr), done.code),
            (
                "Invalid command 'foo'; type \"help\" for a list.\n".into(),
                1
            )
        );
        let done = ssl(&[], &[], b"");
        assert_eq!(done.code, 0);
        assert!(text(&done.stderr).starts_with("help:\n\nStandard commands\n"));
        assert!(text(&ssl(&["version"], &[], b"").stdout).starts_with("OpenSSL 3.0"));
    }
}
