//! `bytes` and `bytearray`: CPython's repr, the constructors, the methods, and the three codecs
//! the VM knows (`utf-8`, `ascii`, `latin-1`) with CPython's `UnicodeDecodeError` and
//! `UnicodeEncodeError` messages. The operators (`+`, `*`, `in`, indexing, comparison) are in
//! `ops.rs`; they use the helpers here.

use super::call::Kwargs;
use super::native::{Collect, Flow};
use super::object::{BuiltinFn, ObjData};
use super::value::Value;
use super::{PyErr, PyResult, Vm};
use std::rc::Rc;

/// CPython's repr of a bytes object's contents: `b'...'`, with double quotes when the data has
/// a single quote and no double quote, `\t \n \r \\` escapes, `\xNN` for other bytes outside
/// printable ASCII.
pub fn bytes_repr(b: &[u8]) -> String {
    escaped(b, false)
}

/// The `b'...'` part of a repr; a bytearray's escapes every single quote, even inside double
/// quotes (CPython's `bytearray_repr` does).
fn escaped(b: &[u8], bytearray: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote || (bytearray && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// The repr of a bytearray: `bytearray(b'...')`.
pub fn bytearray_repr(b: &[u8]) -> String {
    format!("bytearray({})", escaped(b, true))
}

/// The contents of a `bytes` or `bytearray` value (a copy), or None for anything else.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Obj(o) => match &*o.data() {
            ObjData::Bytes(b) | ObjData::ByteArray(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a bytearray.
pub fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::ByteArray(_)))
}

/// Whether `v` is a bytes or bytearray object.
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&*o.data(), ObjData::Bytes(_) | ObjData::ByteArray(_)))
}

/// Whitespace as `bytes.isspace()` and `bytes.split()` see it (ASCII, including `\x0b`).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

impl Vm {
    /// A new `bytes` value.
    pub fn bytes_value(&mut self, bytes: Vec<u8>) -> Value {
        self.new_obj(ObjData::Bytes(bytes))
    }

    /// The object for a bytes constant: made once, then shared (bytes are immutable).
    pub fn bytes_const(&mut self, b: &Rc<[u8]>) -> Value {
        let key = Rc::as_ptr(b) as *const u8 as usize;
        if let Some(o) = self.bytes_consts.get(&key) {
            if matches!(&*o.data(), ObjData::Bytes(d) if d[..] == b[..]) {
                return Value::Obj(o.clone());
            }
        }
        let v = self.bytes_value(b.to_vec());
        if let Value::Obj(o) = &v {
            self.bytes_consts.insert(key, o.clone());
        }
        v
    }

    /// A new `bytearray` value.
    pub fn bytearray_value(&mut self, bytes: Vec<u8>) -> Value {
        self.new_obj(ObjData::ByteArray(bytes))
    }

    /// A new bytes value, or a bytearray when `bytearray` is set (methods of a bytearray return
    /// bytearrays).
    pub fn bytes_or_bytearray(&mut self, bytes: Vec<u8>, bytearray: bool) -> Value {
        if bytearray {
            self.bytearray_value(bytes)
        } else {
            self.bytes_value(bytes)
        }
    }

    /// The contents of a bytes-like argument, or CPython's
    /// `TypeError: a bytes-like object is required, not 'str'`.
    pub fn bytes_arg(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        match bytes_of(v) {
            Some(b) => Ok(b),
            None => {
                let t = self.type_name(v);
                Err(self.type_error(&format!("a bytes-like object is required, not '{t}'")))
            }
        }
    }

    /// An int in `range(0, 256)` (an item of a bytes object being built or stored).
    pub fn byte_arg(&mut self, v: &Value, msg: &str) -> PyResult<u8> {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Big(_) => match v.as_i64() {
                Some(i) if (0..256).contains(&i) => Ok(i as u8),
                _ => Err(self.new_error("ValueError", msg)),
            },
            other => {
                let t = self.type_name(other);
                Err(self.type_error(&format!("'{t}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `obj[idx]` for bytes and bytearray: an int, or a bytes/bytearray for a slice.
    pub fn bytes_subscript(
        &mut self,
        data: &[u8],
        bytearray: bool,
        idx: &Value,
    ) -> PyResult<Value> {
        let slice = match idx {
            Value::Obj(o) => match &*o.data() {
                ObjData::Slice { start, stop, step } => {
                    Some((start.clone(), stop.clone(), step.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((a, b, c)) = slice {
            let picked = self.slice_indices(data.len(), &a, &b, &c)?;
            let out: Vec<u8> = picked
                .into_iter()
                .filter_map(|i| data.get(i).copied())
                .collect();
            return Ok(self.bytes_or_bytearray(out, bytearray));
        }
        let i = self.bytes_index(idx, data.len(), bytearray)?;
        Ok(Value::Int(i64::from(data[i])))
    }

    /// Normalise an index into a bytes object of `len` items, with CPython's messages.
    pub fn bytes_index(&mut self, idx: &Value, len: usize, bytearray: bool) -> PyResult<usize> {
        let what = if bytearray { "bytearray" } else { "byte" };
        let i = match idx {
            Value::Int(_) | Value::Bool(_) => idx.as_i64().unwrap_or(0),
            Value::Big(_) => {
                return Err(
                    self.new_error("IndexError", "cannot fit 'int' into an index-sized integer")
                )
            }
            other => {
                let t = self.type_name(other);
                return Err(self.type_error(&format!(
                    "{what} indices must be integers or slices, not {t}"
                )));
            }
        };
        let n = len as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            let msg = if bytearray {
                "bytearray index out of range"
            } else {
                "index out of range"
            };
            return Err(self.new_error("IndexError", msg));
        }
        Ok(j as usize)
    }

    /// `ba[idx] = v` for a bytearray (an index or a slice).
    pub fn bytearray_store(
        &mut self,
        o: &super::value::Obj,
        idx: &Value,
        v: &Value,
    ) -> PyResult<()> {
        let len = match &*o.data() {
            ObjData::ByteArray(b) => b.len(),
            _ => 0,
        };
        let slice = match idx {
            Value::Obj(so) => match &*so.data() {
                ObjData::Slice { start, stop, step } => {
                    Some((start.clone(), stop.clone(), step.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        let Some((a, b, c)) = slice else {
            let i = self.bytes_index(idx, len, true)?;
            let byte = self.byte_arg(v, "byte must be in range(0, 256)")?;
            if let ObjData::ByteArray(data) = &mut *o.data_mut() {
                if let Some(slot) = data.get_mut(i) {
                    *slot = byte;
                }
            }
            return Ok(());
        };
        let new = match bytes_of(v) {
            Some(b) => b,
            None => {
                if matches!(
                    v,
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Str(_)
                ) {
                    return Err(self.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ));
                }
                let items = self.items_sync(v)?;
                let mut out = Vec::with_capacity(items.len());
                for x in &items {
                    out.push(self.byte_arg(x, "byte must be in range(0, 256)")?);
                }
                out
            }
        };
        let picked = self.slice_indices(len, &a, &b, &c)?;
        let simple = matches!(c, Value::None) || c.as_i64() == Some(1);
        if !simple && picked.len() != new.len() {
            return Err(self.new_error(
                "ValueError",
                &format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    picked.len()
                ),
            ));
        }
        let (lo, hi) = if simple {
            let (start, stop, _) = self.slice_bounds(len, &a, &b, &c)?;
            let lo = start.clamp(0, len as i64) as usize;
            (lo, (stop.max(start) as usize).clamp(lo, len))
        } else {
            (0, 0)
        };
        self.grow_by(o, (new.len() / 64) as u64)?;
        if let ObjData::ByteArray(data) = &mut *o.data_mut() {
            if simple {
                data.splice(lo..hi, new);
            } else {
                for (i, byte) in picked.into_iter().zip(new) {
                    if let Some(slot) = data.get_mut(i) {
                        *slot = byte;
                    }
                }
            }
        }
        Ok(())
    }

    /// `del ba[idx]` for a bytearray.
    pub fn bytearray_delete(&mut self, o: &super::value::Obj, idx: &Value) -> PyResult<()> {
        let len = match &*o.data() {
            ObjData::ByteArray(b) => b.len(),
            _ => 0,
        };
        let slice = match idx {
            Value::Obj(so) => match &*so.data() {
                ObjData::Slice { start, stop, step } => {
                    Some((start.clone(), stop.clone(), step.clone()))
                }
                _ => None,
            },
            _ => None,
        };
        let mut picked = match slice {
            Some((a, b, c)) => self.slice_indices(len, &a, &b, &c)?,
            None => vec![self.bytes_index(idx, len, true)?],
        };
        picked.sort_unstable();
        if let ObjData::ByteArray(data) = &mut *o.data_mut() {
            for i in picked.into_iter().rev() {
                if i < data.len() {
                    data.remove(i);
                }
            }
        }
        Ok(())
    }

    /// `a + b`, `a * n`, `n * a` (and `+=`, `*=`, in place for a bytearray) when `a` or `b` is
    /// bytes-like; None when the operator does not apply (user classes may still handle it).
    pub fn bytes_op(
        &mut self,
        op: crate::compiler::code::BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use crate::compiler::code::BinOp;
        let (x, y) = (bytes_of(a), bytes_of(b));
        if x.is_none() && y.is_none() {
            return Ok(None);
        }
        let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_));
        match op {
            BinOp::Add => {
                let (Some(x), Some(y)) = (x, y) else {
                    return Ok(None);
                };
                self.check_memory(((x.len() + y.len()) / 64) as u64)?;
                if inplace && is_bytearray(a) {
                    if let Value::Obj(o) = a {
                        self.grow_by(o, (y.len() / 64) as u64)?;
                        if let ObjData::ByteArray(d) = &mut *o.data_mut() {
                            d.extend_from_slice(&y);
                        }
                    }
                    return Ok(Some(a.clone()));
                }
                let mut out = x;
                out.extend_from_slice(&y);
                Ok(Some(self.bytes_or_bytearray(out, is_bytearray(a))))
            }
            BinOp::Mul => {
                let (data, n, seq) = match (x, y) {
                    (Some(d), None) if is_int(b) => (d, b, a),
                    (None, Some(d)) if is_int(a) => (d, a, b),
                    _ => return Ok(None),
                };
                let count = match n.as_i64() {
                    Some(c) => c.max(0) as u64,
                    None => {
                        return Err(self.new_error(
                            "OverflowError",
                            "cannot fit 'int' into an index-sized integer",
                        ))
                    }
                };
                let total = count.saturating_mul(data.len() as u64);
                if total > 100_000_000 {
                    return Err(self.new_error("MemoryError", ""));
                }
                self.check_memory(total / 64)?;
                let out = data.repeat(count as usize);
                if inplace && is_bytearray(seq) && seq.is(a) {
                    if let Value::Obj(o) = a {
                        if let ObjData::ByteArray(d) = &mut *o.data_mut() {
                            *d = out;
                        }
                    }
                    return Ok(Some(a.clone()));
                }
                Ok(Some(self.bytes_or_bytearray(out, is_bytearray(seq))))
            }
            BinOp::Mod if is_bytes_like(a) => Err(self.new_error(
                "NotImplementedError",
                "not supported by Interleave yet: printf-style formatting of bytes (b'...' % values)",
            )),
            _ => Ok(None),
        }
    }

    /// `item in data` for a bytes-like container: an int is one byte, bytes-like is a
    /// subsequence.
    pub fn bytes_contains(&mut self, data: &[u8], item: &Value) -> PyResult<bool> {
        if let Some(sub) = bytes_of(item) {
            return Ok(find_in(data, &sub, false).is_some());
        }
        if matches!(item, Value::Int(_) | Value::Big(_) | Value::Bool(_)) {
            let b = self.byte_arg(item, "byte must be in range(0, 256)")?;
            return Ok(data.contains(&b));
        }
        let t = self.type_name(item);
        Err(self.type_error(&format!("a bytes-like object is required, not '{t}'")))
    }

    /// All items of an iterable, running Python code synchronously when it is not a container.
    fn items_sync(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.snapshot_items(v) {
            return items;
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_sync(&it)? {
            self.check_memory(1)?;
            out.push(x);
        }
        Ok(out)
    }
}

// ---- codecs ---------------------------------------------------------------------------------

/// A text encoding the VM implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8.
    Utf8,
    /// 7-bit ASCII.
    Ascii,
    /// ISO-8859-1: one byte per code point below 256.
    Latin1,
}

impl Codec {
    /// The codec for an encoding name, normalised as Python's `encodings` package does
    /// (case-insensitive, `-` and spaces as `_`), with its usual aliases.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
                Some(Codec::Utf8)
            }
            "ascii" | "us_ascii" | "us" | "646" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "iso_ir_6" => {
                Some(Codec::Ascii)
            }
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859"
            | "8859" | "cp819" | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => {
                Some(Codec::Latin1)
            }
            _ => None,
        }
    }

    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Encodings CPython has but the VM does not: named in a `not supported` error rather than
/// CPython's `unknown encoding`.
fn known_unsupported(name: &str) -> bool {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    n.starts_with("utf_16")
        || n.starts_with("utf_32")
        || n.starts_with("utf16")
        || n.starts_with("utf32")
        || n.starts_with("cp")
        || n.starts_with("iso8859")
        || n.starts_with("iso_8859")
        || n.starts_with("latin_")
        || n.starts_with("windows_")
        || matches!(
            n.as_str(),
            "utf_7"
                | "utf7"
                | "idna"
                | "punycode"
                | "shift_jis"
                | "euc_jp"
                | "gbk"
                | "gb2312"
                | "big5"
                | "koi8_r"
                | "mac_roman"
                | "unicode_escape"
                | "raw_unicode_escape"
        )
}

/// An error handler name (`strict`, `replace`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
}

impl Vm {
    fn codec(&mut self, name: &str) -> PyResult<Codec> {
        match Codec::lookup(name) {
            Some(c) => Ok(c),
            None if known_unsupported(name) => Err(self.new_error(
                "NotImplementedError",
                &format!("not supported by Interleave: the '{name}' codec (only utf-8, ascii and latin-1)"),
            )),
            None => Err(self.new_error("LookupError", &format!("unknown encoding: {name}"))),
        }
    }

    /// The handler, looked up only when an error occurs (as CPython does).
    fn handler(&mut self, name: &str, decoding: bool) -> PyResult<Handler> {
        match name {
            "strict" => Ok(Handler::Strict),
            "replace" => Ok(Handler::Replace),
            "ignore" => Ok(Handler::Ignore),
            "backslashreplace" => Ok(Handler::BackslashReplace),
            "xmlcharrefreplace" if !decoding => Ok(Handler::XmlCharRefReplace),
            "xmlcharrefreplace" => {
                Err(self
                    .type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            "surrogateescape" | "surrogatepass" | "namereplace" => Err(self.new_error(
                "NotImplementedError",
                &format!("not supported by Interleave: the '{name}' error handler"),
            )),
            _ => Err(self.new_error(
                "LookupError",
                &format!("unknown error handler name '{name}'"),
            )),
        }
    }

    fn decode_error(
        &mut self,
        codec: Codec,
        data: &[u8],
        start: usize,
        end: usize,
        reason: &str,
    ) -> PyErr {
        let obj = self.bytes_value(data.to_vec());
        self.new_exception(
            "UnicodeDecodeError",
            vec![
                Value::str(codec.name()),
                obj,
                Value::Int(start as i64),
                Value::Int(end as i64),
                Value::str(reason),
            ],
        )
    }

    /// Decode `data` with a codec name and an error handler name (`bytes.decode`).
    pub fn decode_bytes(&mut self, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
        let codec = self.codec(encoding)?;
        match codec {
            Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
            Codec::Ascii => {
                if data.is_ascii() {
                    return Ok(data.iter().map(|&b| b as char).collect());
                }
                let mut out = String::with_capacity(data.len());
                for (i, &b) in data.iter().enumerate() {
                    if b.is_ascii() {
                        out.push(b as char);
                        continue;
                    }
                    match self.handler(errors, true)? {
                        Handler::Strict | Handler::XmlCharRefReplace => {
                            return Err(self.decode_error(
                                codec,
                                data,
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            ))
                        }
                        Handler::Replace => out.push('\u{fffd}'),
                        Handler::Ignore => {}
                        Handler::BackslashReplace => out.push_str(&format!("\\x{b:02x}")),
                    }
                }
                Ok(out)
            }
            Codec::Utf8 => {
                let mut out = String::with_capacity(data.len());
                let mut pos = 0;
                loop {
                    let rest = &data[pos..];
                    match std::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            return Ok(out);
                        }
                        Err(e) => {
                            let good = e.valid_up_to();
                            out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                            let start = pos + good;
                            let (end, reason) = match e.error_len() {
                                None => (data.len(), "unexpected end of data"),
                                Some(n) => {
                                    let first = data[start];
                                    let bad_start = n == 1 && !(0xc2..=0xf4).contains(&first);
                                    (
                                        start + n,
                                        if bad_start {
                                            "invalid start byte"
                                        } else {
                                            "invalid continuation byte"
                                        },
                                    )
                                }
                            };
                            match self.handler(errors, true)? {
                                Handler::Strict | Handler::XmlCharRefReplace => {
                                    return Err(self.decode_error(codec, data, start, end, reason))
                                }
                                Handler::Replace => out.push('\u{fffd}'),
                                Handler::Ignore => {}
                                Handler::BackslashReplace => {
                                    for b in &data[start..end] {
                                        out.push_str(&format!("\\x{b:02x}"));
                                    }
                                }
                            }
                            pos = end;
                        }
                    }
                }
            }
        }
    }

    /// Encode `s` with a codec name and an error handler name (`str.encode`).
    pub fn encode_str(&mut self, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
        let codec = self.codec(encoding)?;
        let limit: u32 = match codec {
            Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        };
        let chars: Vec<char> = s.chars().collect();
        let mut out = Vec::with_capacity(chars.len());
        let mut i = 0;
        while i < chars.len() {
            let c = u32::from(chars[i]);
            if c < limit {
                out.push(c as u8);
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < chars.len() && u32::from(chars[end]) >= limit {
                end += 1;
            }
            match self.handler(errors, false)? {
                Handler::Strict => {
                    let obj = Value::str(s);
                    return Err(self.new_exception(
                        "UnicodeEncodeError",
                        vec![
                            Value::str(codec.name()),
                            obj,
                            Value::Int(i as i64),
                            Value::Int(end as i64),
                            Value::str(&format!("ordinal not in range({limit})")),
                        ],
                    ));
                }
                Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
                Handler::Ignore => {}
                Handler::BackslashReplace => {
                    for &ch in &chars[i..end] {
                        out.extend_from_slice(char_escape(ch).as_bytes());
                    }
                }
                Handler::XmlCharRefReplace => {
                    for &ch in &chars[i..end] {
                        out.extend_from_slice(format!("&#{};", u32::from(ch)).as_bytes());
                    }
                }
            }
            i = end;
        }
        Ok(out)
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character (CPython's `backslashreplace` and the
/// character in a `UnicodeEncodeError` message).
pub fn char_escape(ch: char) -> String {
    let c = u32::from(ch);
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// The message of a `UnicodeDecodeError`/`UnicodeEncodeError` built from its five arguments
/// (encoding, object, start, end, reason), as CPython's `__str__` writes it; None when the
/// arguments do not have that shape.
pub fn unicode_error_message(decode: bool, args: &[Value]) -> Option<String> {
    let [Value::Str(enc), obj, start, end, Value::Str(reason)] = args else {
        return None;
    };
    let (start, end) = (start.as_i64()?, end.as_i64()?);
    if decode {
        let data = bytes_of(obj)?;
        if end == start + 1 {
            let b = data.get(usize::try_from(start).ok()?)?;
            Some(format!(
                "'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ))
        } else {
            Some(format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ))
        }
    } else {
        let Value::Str(s) = obj else { return None };
        if end == start + 1 {
            let ch = s.chars().nth(usize::try_from(start).ok()?)?;
            Some(format!(
                "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
                char_escape(ch)
            ))
        } else {
            Some(format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ))
        }
    }
}

// ---- argument helpers -----------------------------------------------------------------------

/// Positional-or-keyword arguments after the receiver, by name; extra or unknown ones are
/// CPython's TypeErrors.
fn params(
    vm: &mut Vm,
    fname: &str,
    a: &[Value],
    kw: &Kwargs,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let pos = a.len().saturating_sub(1);
    if pos > names.len() {
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {} argument{} ({pos} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<Value>> = a.iter().skip(1).cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kw {
        match names.iter().position(|n| *n == &**k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => {
                return Err(vm.type_error(&format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    names.iter().position(|n| *n == &**k).unwrap_or(0) + 1
                )))
            }
            None => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// A str argument (`encoding`, `errors`) with its default.
fn str_param(
    vm: &mut Vm,
    fname: &str,
    pname: &str,
    v: Option<&Value>,
    default: &str,
) -> PyResult<crate::pystr::PyStr> {
    match v {
        None => Ok(crate::pystr::PyStr::from(default)),
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(&format!(
                "{fname}() argument '{pname}' must be str, not {t}"
            )))
        }
    }
}

/// The receiver of a bytes method: its data and whether it is a bytearray.
fn recv(vm: &mut Vm, a: &[Value]) -> PyResult<(Vec<u8>, bool)> {
    match a.first() {
        Some(v) => match bytes_of(v) {
            Some(b) => Ok((b, is_bytearray(v))),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(&format!(
                    "descriptor requires a 'bytes' object but received a '{t}'"
                )))
            }
        },
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn ret(v: Value) -> PyResult<Flow> {
    Ok(Flow::Value(v))
}

/// A `find`/`count`/`index` needle: bytes-like, or an int that is one byte.
fn needle(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<Vec<u8>> {
    match v {
        None => Err(vm.type_error(&format!("{fname}() takes at least 1 argument (0 given)"))),
        Some(v) => {
            if let Some(b) = bytes_of(v) {
                return Ok(b);
            }
            if matches!(v, Value::Int(_) | Value::Big(_) | Value::Bool(_)) {
                return Ok(vec![vm.byte_arg(v, "byte must be in range(0, 256)")?]);
            }
            let t = vm.type_name(v);
            Err(vm.type_error(&format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
    }
}

/// The `[start:end]` window optional arguments select, clamped as slicing does; None when
/// `start` is past the end (CPython's "nothing matches, not even b''").
fn window(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let mut get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => match v.as_i64() {
                Some(i) => Ok(if i < 0 { (i + n).max(0) } else { i }),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let s = get(start, 0)?;
    let e = get(end, n)?.min(n);
    if s > n {
        return Ok(None);
    }
    Ok(Some((s as usize, e.max(s) as usize)))
}

fn find_in(hay: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    if from_right {
        (0..=last)
            .rev()
            .find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        (0..=last).find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

fn find(vm: &mut Vm, a: Vec<Value>, from_right: bool, raise: bool) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let fname = match (from_right, raise) {
        (false, false) => "find",
        (true, false) => "rfind",
        (false, true) => "index",
        (true, true) => "rindex",
    };
    let sub = needle(vm, a.get(1), fname)?;
    let found = match window(vm, data.len(), a.get(2), a.get(3))? {
        Some((s, e)) => find_in(&data[s..e], &sub, from_right).map(|i| i + s),
        None => None,
    };
    match found {
        Some(i) => ret(Value::Int(i as i64)),
        None if raise => Err(vm.new_error("ValueError", "subsection not found")),
        None => ret(Value::Int(-1)),
    }
}

fn count(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let sub = needle(vm, a.get(1), "count")?;
    let n = match window(vm, data.len(), a.get(2), a.get(3))? {
        None => 0,
        Some((s, e)) => {
            let hay = &data[s..e];
            if sub.is_empty() {
                hay.len() + 1
            } else {
                let mut n = 0;
                let mut i = 0;
                while i + sub.len() <= hay.len() {
                    if hay[i..i + sub.len()] == sub[..] {
                        n += 1;
                        i += sub.len();
                    } else {
                        i += 1;
                    }
                }
                n
            }
        }
    };
    ret(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, a: Vec<Value>, prefix: bool) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let fname = if prefix { "startswith" } else { "endswith" };
    let Some(arg) = a.get(1) else {
        return Err(vm.type_error(&format!("{fname}() takes at least 1 argument (0 given)")));
    };
    let options: Vec<Vec<u8>> = match bytes_of(arg) {
        Some(b) => vec![b],
        None => {
            let items = match arg {
                Value::Obj(o) => match &*o.data() {
                    ObjData::Tuple(items) => Some(items.clone()),
                    _ => None,
                },
                _ => None,
            };
            match items {
                Some(items) => {
                    let mut out = Vec::new();
                    for x in &items {
                        match bytes_of(x) {
                            Some(b) => out.push(b),
                            None => {
                                let t = vm.type_name(x);
                                return Err(vm.type_error(&format!(
                                    "a bytes-like object is required, not '{t}'"
                                )));
                            }
                        }
                    }
                    out
                }
                None => {
                    let t = vm.type_name(arg);
                    return Err(vm.type_error(&format!(
                        "{fname} first arg must be bytes or a tuple of bytes, not {t}"
                    )));
                }
            }
        }
    };
    let Some((s, e)) = window(vm, data.len(), a.get(2), a.get(3))? else {
        return ret(Value::Bool(false));
    };
    let hay = &data[s..e];
    let hit = options.iter().any(|o| {
        if prefix {
            hay.starts_with(o)
        } else {
            hay.ends_with(o)
        }
    });
    ret(Value::Bool(hit))
}

fn split(vm: &mut Vm, a: Vec<Value>, k: Kwargs, from_right: bool) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let fname = if from_right { "rsplit" } else { "split" };
    let p = params(vm, fname, &a, &k, &["sep", "maxsplit"])?;
    let maxsplit = match &p[1] {
        None => -1,
        Some(v) => match v.as_i64() {
            Some(i) => i,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    let sep = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let b = vm.bytes_arg(v)?;
            if b.is_empty() {
                return Err(vm.new_error("ValueError", "empty separator"));
            }
            Some(b)
        }
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some(sep) => {
            if from_right {
                let mut end = data.len();
                while parts.len() < limit {
                    match find_in(&data[..end], &sep, true) {
                        Some(i) => {
                            parts.push(data[i + sep.len()..end].to_vec());
                            end = i;
                        }
                        None => break,
                    }
                }
                parts.push(data[..end].to_vec());
                parts.reverse();
            } else {
                let mut start = 0;
                while parts.len() < limit {
                    match find_in(&data[start..], &sep, false) {
                        Some(i) => {
                            parts.push(data[start..start + i].to_vec());
                            start += i + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push(data[start..].to_vec());
            }
        }
        None => {
            if from_right {
                let mut end = data.len();
                loop {
                    while end > 0 && is_space(data[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(data[..end].to_vec());
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !is_space(data[start - 1]) {
                        start -= 1;
                    }
                    parts.push(data[start..end].to_vec());
                    end = start;
                }
                parts.reverse();
            } else {
                let mut i = 0;
                loop {
                    while i < data.len() && is_space(data[i]) {
                        i += 1;
                    }
                    if i == data.len() {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push(data[i..].to_vec());
                        break;
                    }
                    let start = i;
                    while i < data.len() && !is_space(data[i]) {
                        i += 1;
                    }
                    parts.push(data[start..i].to_vec());
                }
            }
        }
    }
    list_of(vm, parts, ba)
}

fn list_of(vm: &mut Vm, parts: Vec<Vec<u8>>, ba: bool) -> PyResult<Flow> {
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| vm.bytes_or_bytearray(p, ba))
        .collect();
    ret(vm.new_list(items))
}

fn strip(vm: &mut Vm, a: Vec<Value>, left: bool, right: bool) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.bytes_arg(v)?),
    };
    let strip_it = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip_it(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(data[e - 1]) {
            e -= 1;
        }
    }
    ret(vm.bytes_or_bytearray(data[s..e].to_vec(), ba))
}

fn join(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (sep, ba) = recv(vm, &a)?;
    let Some(src) = a.get(1) else {
        return Err(vm.type_error("join() takes exactly one argument (0 given)"));
    };
    let items = vm.items_sync(src)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_of(x) else {
            let t = vm.type_name(x);
            return Err(vm.type_error(&format!(
                "sequence item {i}: expected a bytes-like object, {t} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
        if out.len() > 100_000_000 {
            return Err(vm.new_error("MemoryError", ""));
        }
    }
    vm.check_memory((out.len() / 64) as u64)?;
    ret(vm.bytes_or_bytearray(out, ba))
}

fn replace(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let (Some(old), Some(new)) = (a.get(1), a.get(2)) else {
        return Err(vm.type_error(&format!(
            "replace expected at least 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    };
    let old = vm.bytes_arg(old)?;
    let new = vm.bytes_arg(new)?;
    let count = match a.get(3) {
        None => -1,
        Some(v) => match v.as_i64() {
            Some(i) => i,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        for (i, &c) in data.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
            if i + 1 == data.len() && left > 0 {
                out.extend_from_slice(&new);
            }
        }
        if data.is_empty() && left > 0 {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        while i < data.len() {
            if left > 0 && data[i..].starts_with(&old) {
                out.extend_from_slice(&new);
                i += old.len();
                left -= 1;
            } else {
                out.push(data[i]);
                i += 1;
            }
            if out.len() > 100_000_000 {
                return Err(vm.new_error("MemoryError", ""));
            }
        }
    }
    vm.check_memory((out.len() / 64) as u64)?;
    ret(vm.bytes_or_bytearray(out, ba))
}

fn map_bytes(vm: &mut Vm, a: Vec<Value>, f: fn(u8) -> u8) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let out = data.into_iter().map(f).collect();
    ret(vm.bytes_or_bytearray(out, ba))
}

fn title(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let mut prev_cased = false;
    let out = data
        .into_iter()
        .map(|c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect();
    ret(vm.bytes_or_bytearray(out, ba))
}

fn capitalize(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let out = data
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    ret(vm.bytes_or_bytearray(out, ba))
}

/// `ljust`/`rjust`/`center` (`how` is `<`, `>` or `^`) and `zfill` (`0`).
fn pad(vm: &mut Vm, a: Vec<Value>, how: char, fname: &str) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let width = match a.get(1) {
        Some(v) => match v.as_i64() {
            Some(w) => w.max(0) as usize,
            None => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => return Err(vm.type_error("expected at least 1 argument, got 0")),
    };
    if width > 100_000_000 {
        return Err(vm.new_error("MemoryError", ""));
    }
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match bytes_of(v).as_deref() {
            Some([c]) => *c,
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(&format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    if data.len() >= width {
        return ret(vm.bytes_or_bytearray(data, ba));
    }
    let marg = width - data.len();
    let mut out = Vec::with_capacity(width);
    match how {
        '<' => {
            out.extend_from_slice(&data);
            out.resize(width, fill);
        }
        '>' => {
            out.resize(marg, fill);
            out.extend_from_slice(&data);
        }
        '^' => {
            let left = marg / 2 + (marg & width & 1);
            out.resize(left, fill);
            out.extend_from_slice(&data);
            out.resize(width, fill);
        }
        _ => {
            let signed = matches!(data.first(), Some(b'+' | b'-'));
            if signed {
                out.push(data[0]);
            }
            out.resize(out.len() + marg, b'0');
            out.extend_from_slice(&data[usize::from(signed)..]);
        }
    }
    vm.check_memory((width / 64) as u64)?;
    ret(vm.bytes_or_bytearray(out, ba))
}

fn pred(vm: &mut Vm, a: Vec<Value>, f: fn(u8) -> bool) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    ret(Value::Bool(!data.is_empty() && data.iter().all(|&c| f(c))))
}

fn cased(vm: &mut Vm, a: Vec<Value>, upper: bool) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let any_cased = data.iter().any(|c| c.is_ascii_alphabetic());
    let wrong = data.iter().any(|c| {
        if upper {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    });
    ret(Value::Bool(any_cased && !wrong))
}

fn splitlines(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let p = params(vm, "splitlines", &a, &k, &["keepends"])?;
    let keep = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        parts.push(data[start..if keep { end } else { i }].to_vec());
        start = end;
        i = end;
    }
    if start < data.len() {
        parts.push(data[start..].to_vec());
    }
    list_of(vm, parts, ba)
}

fn partition(vm: &mut Vm, a: Vec<Value>, from_right: bool) -> PyResult<Flow> {
    let (data, ba) = recv(vm, &a)?;
    let Some(sep) = a.get(1) else {
        return Err(vm.type_error("partition() takes exactly one argument (0 given)"));
    };
    let sep = vm.bytes_arg(sep)?;
    if sep.is_empty() {
        return Err(vm.new_error("ValueError", "empty separator"));
    }
    let parts = match find_in(&data, &sep, from_right) {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if from_right => [Vec::new(), Vec::new(), data.clone()],
        None => [data.clone(), Vec::new(), Vec::new()],
    };
    let items: Vec<Value> = parts
        .into_iter()
        .map(|p| vm.bytes_or_bytearray(p, ba))
        .collect();
    ret(vm.new_tuple(items))
}

fn hex(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let p = params(vm, "hex", &a, &k, &["sep", "bytes_per_sep"])?;
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let sep = match &p[0] {
        None => return ret(Value::Str(crate::pystr::PyStr::from(digits.concat()))),
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => match bytes_of(v) {
            Some(b) => b.iter().map(|&c| c as char).collect(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(&format!("sep must be str or bytes, not '{t}'")));
            }
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.new_error("ValueError", "sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.new_error("ValueError", "sep must be ASCII."));
    }
    let per = match &p[1] {
        None => 1,
        Some(v) => v.as_i64().unwrap_or(1),
    };
    if per == 0 || digits.is_empty() {
        return ret(Value::Str(crate::pystr::PyStr::from(digits.concat())));
    }
    let n = per.unsigned_abs() as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups counted from the right.
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    ret(Value::Str(crate::pystr::PyStr::from(groups.join(&sep))))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: `a[0]` is the class or an instance.
fn fromhex_impl(vm: &mut Vm, s: Option<&Value>, ba: bool) -> PyResult<Flow> {
    let text = match s {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(&format!("fromhex() argument must be str, not {t}")));
        }
        None => return Err(vm.type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &mut Vm, i: usize| {
        vm.new_error(
            "ValueError",
            &format!("non-hexadecimal number found in fromhex() arg at position {i}"),
        )
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && is_space(c as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = c.to_digit(16) else {
            return Err(bad(vm, i));
        };
        i += 1;
        let Some(lo) = chars.get(i).and_then(|c| c.to_digit(16)) else {
            return Err(bad(vm, i));
        };
        i += 1;
        out.push((hi * 16 + lo) as u8);
    }
    ret(vm.bytes_or_bytearray(out, ba))
}

/// `bytes.fromhex` as found on the class (`bytes.fromhex('ff')`).
pub fn fromhex_bytes(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    fromhex_impl(vm, a.first(), false)
}

/// `bytearray.fromhex` as found on the class.
pub fn fromhex_bytearray(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    fromhex_impl(vm, a.first(), true)
}

fn decode(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let p = params(vm, "decode", &a, &k, &["encoding", "errors"])?;
    let enc = str_param(vm, "decode", "encoding", p[0].as_ref(), "utf-8")?;
    let errors = str_param(vm, "decode", "errors", p[1].as_ref(), "strict")?;
    let s = vm.decode_bytes(&data, &enc, &errors)?;
    ret(Value::Str(crate::pystr::PyStr::from(s)))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(vm: &mut Vm, a: Vec<Value>, k: Kwargs) -> PyResult<Flow> {
    let s = match a.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("descriptor 'encode' for 'str' objects doesn't apply")),
    };
    let p = params(vm, "encode", &a, &k, &["encoding", "errors"])?;
    let enc = str_param(vm, "encode", "encoding", p[0].as_ref(), "utf-8")?;
    let errors = str_param(vm, "encode", "errors", p[1].as_ref(), "strict")?;
    vm.spend(super::work::Work::StrCopy, s.len() as u64);
    let b = vm.encode_str(&s, &enc, &errors)?;
    ret(vm.bytes_value(b))
}

// ---- bytearray mutators ---------------------------------------------------------------------

fn with_ba<R>(a: &[Value], f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match a.first() {
        Some(Value::Obj(o)) => match &mut *o.data_mut() {
            ObjData::ByteArray(b) => Some(f(b)),
            _ => None,
        },
        _ => None,
    }
}

fn append(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let Some(x) = a.get(1) else {
        return Err(vm.type_error("bytearray.append() takes exactly one argument (0 given)"));
    };
    let b = vm.byte_arg(x, "byte must be in range(0, 256)")?;
    if let Some(Value::Obj(o)) = a.first() {
        // A byte is 1/64 unit: charge what it holds now (each 64th append adds a unit).
        vm.grow_by(o, 0)?;
    }
    with_ba(&a, |d| d.push(b));
    ret(Value::None)
}

fn extend(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let Some(src) = a.get(1) else {
        return Err(vm.type_error("bytearray.extend() takes exactly one argument (0 given)"));
    };
    let new = match bytes_of(src) {
        Some(b) => b,
        None => {
            if matches!(
                src,
                Value::Int(_) | Value::Big(_) | Value::Bool(_) | Value::Float(_) | Value::None
            ) {
                let t = vm.type_name(src);
                return Err(vm.type_error(&format!("can't extend bytearray with {t}")));
            }
            let items = vm.items_sync(src)?;
            let mut out = Vec::with_capacity(items.len());
            for x in &items {
                out.push(vm.byte_arg(x, "byte must be in range(0, 256)")?);
            }
            out
        }
    };
    if let Some(Value::Obj(o)) = a.first() {
        vm.grow_by(o, (new.len() / 64) as u64)?;
    }
    with_ba(&a, |d| d.extend(new));
    ret(Value::None)
}

fn pop(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    if data.is_empty() {
        return Err(vm.new_error("IndexError", "pop from empty bytearray"));
    }
    let i = match a.get(1) {
        None => data.len() - 1,
        Some(v) => {
            let n = data.len() as i64;
            let Some(i) = v.as_i64() else {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(&format!("'{t}' object cannot be interpreted as an integer"))
                );
            };
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(vm.new_error("IndexError", "pop index out of range"));
            }
            j as usize
        }
    };
    let b = with_ba(&a, |d| d.remove(i)).unwrap_or(0);
    ret(Value::Int(i64::from(b)))
}

fn insert(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let (Some(i), Some(x)) = (a.get(1), a.get(2)) else {
        return Err(vm.type_error(&format!(
            "insert expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    };
    let Some(i) = i.as_i64() else {
        let t = vm.type_name(i);
        return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
    };
    let b = vm.byte_arg(x, "byte must be in range(0, 256)")?;
    let n = data.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    with_ba(&a, |d| d.insert(at, b));
    ret(Value::None)
}

fn remove(vm: &mut Vm, a: Vec<Value>, _k: Kwargs) -> PyResult<Flow> {
    let (data, _) = recv(vm, &a)?;
    let Some(x) = a.get(1) else {
        return Err(vm.type_error("bytearray.remove() takes exactly one argument (0 given)"));
    };
    let b = vm.byte_arg(x, "byte must be in range(0, 256)")?;
    let Some(i) = data.iter().position(|&c| c == b) else {
        return Err(vm.new_error("ValueError", "value not found in bytearray"));
    };
    with_ba(&a, |d| d.remove(i));
    ret(Value::None)
}

// ---- method tables --------------------------------------------------------------------------

/// Methods of `bytes` (bytearray has these too, returning bytearrays).
pub const BYTES_METHODS: &[(&str, BuiltinFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("fromhex", |vm, a, _| {
        let ba = a.first().map(is_bytearray).unwrap_or(false);
        fromhex_impl(vm, a.get(1), ba)
    }),
    ("find", |vm, a, _| find(vm, a, false, false)),
    ("rfind", |vm, a, _| find(vm, a, true, false)),
    ("index", |vm, a, _| find(vm, a, false, true)),
    ("rindex", |vm, a, _| find(vm, a, true, true)),
    ("count", count),
    ("startswith", |vm, a, _| affix(vm, a, true)),
    ("endswith", |vm, a, _| affix(vm, a, false)),
    ("split", |vm, a, k| split(vm, a, k, false)),
    ("rsplit", |vm, a, k| split(vm, a, k, true)),
    ("splitlines", splitlines),
    ("partition", |vm, a, _| partition(vm, a, false)),
    ("rpartition", |vm, a, _| partition(vm, a, true)),
    ("strip", |vm, a, _| strip(vm, a, true, true)),
    ("lstrip", |vm, a, _| strip(vm, a, true, false)),
    ("rstrip", |vm, a, _| strip(vm, a, false, true)),
    ("join", join),
    ("replace", replace),
    ("upper", |vm, a, _| {
        map_bytes(vm, a, |c| c.to_ascii_uppercase())
    }),
    ("lower", |vm, a, _| {
        map_bytes(vm, a, |c| c.to_ascii_lowercase())
    }),
    ("swapcase", |vm, a, _| {
        map_bytes(vm, a, |c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
    }),
    ("title", title),
    ("capitalize", capitalize),
    ("ljust", |vm, a, _| pad(vm, a, '<', "ljust")),
    ("rjust", |vm, a, _| pad(vm, a, '>', "rjust")),
    ("center", |vm, a, _| pad(vm, a, '^', "center")),
    ("zfill", |vm, a, _| pad(vm, a, '0', "zfill")),
    ("isdigit", |vm, a, _| pred(vm, a, |c| c.is_ascii_digit())),
    ("isalpha", |vm, a, _| {
        pred(vm, a, |c| c.is_ascii_alphabetic())
    }),
    ("isalnum", |vm, a, _| {
        pred(vm, a, |c| c.is_ascii_alphanumeric())
    }),
    ("isspace", |vm, a, _| pred(vm, a, is_space)),
    ("isascii", |vm, a, _| {
        let (data, _) = recv(vm, &a)?;
        ret(Value::Bool(data.is_ascii()))
    }),
    ("isupper", |vm, a, _| cased(vm, a, true)),
    ("islower", |vm, a, _| cased(vm, a, false)),
];

/// Methods only `bytearray` has (it has [`BYTES_METHODS`] too).
pub const BYTEARRAY_ONLY_METHODS: &[(&str, BuiltinFn)] = &[
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", |_, a, _| {
        with_ba(&a, |d| d.clear());
        ret(Value::None)
    }),
    ("reverse", |_, a, _| {
        with_ba(&a, |d| d.reverse());
        ret(Value::None)
    }),
    ("copy", |vm, a, _| {
        let (data, _) = recv(vm, &a)?;
        ret(vm.bytearray_value(data))
    }),
];

/// A bytes or bytearray method by name.
pub fn method(bytearray: bool, name: &str) -> Option<BuiltinFn> {
    let extra: &[(&str, BuiltinFn)] = if bytearray {
        BYTEARRAY_ONLY_METHODS
    } else {
        &[]
    };
    BYTES_METHODS
        .iter()
        .chain(extra.iter())
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f)
}

// ---- constructors ---------------------------------------------------------------------------

fn ints_to_bytes(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(vm.byte_arg(x, "bytes must be in range(0, 256)")?);
    }
    Ok(out)
}

/// `bytes(...)` and `bytearray(...)`: empty, a count of zero bytes, a copy of bytes, a str with
/// an encoding, or an iterable of ints.
pub fn construct(vm: &mut Vm, bytearray: bool, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Flow> {
    let name = if bytearray { "bytearray" } else { "bytes" };
    let mut src = args.first().cloned();
    let mut encoding = args.get(1).cloned();
    let mut errors = args.get(2).cloned();
    if args.len() > 3 {
        return Err(vm.type_error(&format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in &kwargs {
        let slot = match &**k {
            "source" => &mut src,
            "encoding" => &mut encoding,
            "errors" => &mut errors,
            _ => {
                return Err(vm.type_error(&format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        };
        *slot = Some(v.clone());
    }
    let make = |vm: &mut Vm, b: Vec<u8>| Ok(Flow::Value(vm.bytes_or_bytearray(b, bytearray)));
    let Some(src) = src else {
        if encoding.is_some() || errors.is_some() {
            let msg = if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return make(vm, Vec::new());
    };
    if let Value::Str(s) = &src {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = str_param(vm, name, "encoding", Some(&enc), "utf-8")?;
        let errors = str_param(vm, name, "errors", errors.as_ref(), "strict")?;
        let b = vm.encode_str(s, &enc, &errors)?;
        return make(vm, b);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_of(&src) {
        return make(vm, b);
    }
    match &src {
        Value::Int(_) | Value::Bool(_) | Value::Big(_) => {
            let n = match src.as_i64() {
                Some(n) => n,
                None => {
                    return Err(vm.new_error(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            };
            if n < 0 {
                return Err(vm.new_error("ValueError", "negative count"));
            }
            if n > 100_000_000 {
                return Err(vm.new_error("MemoryError", ""));
            }
            vm.check_memory(n as u64 / 64)?;
            return make(vm, vec![0; n as usize]);
        }
        Value::Float(_) | Value::None => {
            let t = vm.type_name(&src);
            return Err(vm.type_error(&format!("cannot convert '{t}' object to {name}")));
        }
        _ => {}
    }
    if let Some(items) = vm.snapshot_items(&src) {
        let items = items?;
        let b = ints_to_bytes(vm, &items)?;
        return make(vm, b);
    }
    // Any other iterable (a generator, an iterator): collected through native frames.
    if vm.get_iter(&src).is_err() {
        let t = vm.type_name(&src);
        return Err(vm.type_error(&format!("cannot convert '{t}' object to {name}")));
    }
    let then: fn(&mut Vm, Vec<Value>) -> PyResult<Value> = if bytearray {
        |vm, items| {
            let b = ints_to_bytes(vm, &items)?;
            Ok(vm.bytearray_value(b))
        }
    } else {
        |vm, items| {
            let b = ints_to_bytes(vm, &items)?;
            Ok(vm.bytes_value(b))
        }
    };
    Ok(Flow::Native(Box::new(Collect::new(name, src, then))))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values from `python3 -c "print(repr(b'...'))"`.
    #[test]
    fn repr_like_cpython() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"say \"hi\""), "b'say \"hi\"'");
        assert_eq!(bytes_repr(b"both ' and \""), "b'both \\' and \"'");
        assert_eq!(
            bytes_repr(b"\x7f\x80\\\t\n\r\x00"),
            "b'\\x7f\\x80\\\\\\t\\n\\r\\x00'"
        );
        assert_eq!(bytearray_repr(b"ab"), "bytearray(b'ab')");
        // python3 -c "print(repr(bytearray(b'a\'b')))"
        assert_eq!(bytearray_repr(b"a'b"), "bytearray(b\"a\\'b\")");
    }

    #[test]
    fn codec_names() {
        assert_eq!(Codec::lookup("UTF-8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("utf8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("Latin1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("iso-8859-1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("US-ASCII"), Some(Codec::Ascii));
        assert_eq!(Codec::lookup("utf-16"), None);
        assert!(known_unsupported("utf-16"));
        assert!(!known_unsupported("klingon"));
    }

    /// `python3 -c "b'\xf0\x9f\x98'.decode()"` and friends.
    #[test]
    fn unicode_error_messages() {
        let m = unicode_error_message(
            false,
            &[
                Value::str("ascii"),
                Value::str("hé€llo"),
                Value::Int(1),
                Value::Int(3),
                Value::str("ordinal not in range(128)"),
            ],
        );
        assert_eq!(
            m.as_deref(),
            Some(
                "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
            )
        );
        let m = unicode_error_message(
            false,
            &[
                Value::str("latin-1"),
                Value::str("h😀"),
                Value::Int(1),
                Value::Int(2),
                Value::str("ordinal not in range(256)"),
            ],
        );
        assert_eq!(
            m.as_deref(),
            Some("'latin-1' codec can't encode character '\\U0001f600' in position 1: ordinal not in range(256)")
        );
        assert_eq!(unicode_error_message(true, &[Value::Int(1)]), None);
    }

    #[test]
    fn find_in_both_directions() {
        assert_eq!(find_in(b"abcabc", b"bc", false), Some(1));
        assert_eq!(find_in(b"abcabc", b"bc", true), Some(4));
        assert_eq!(find_in(b"ab", b"abc", false), None);
        assert_eq!(find_in(b"ab", b"", true), Some(2));
    }
}
