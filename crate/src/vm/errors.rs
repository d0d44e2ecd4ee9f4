//! Exceptions: creating them with CPython's messages, matching `except` clauses, chaining,
//! and printing tracebacks exactly as CPython 3.11 does (without the `^^^` position markers yet).

use super::dict::Dict;
use super::frame::Frame;
use super::object::{ExcState, Instance, ObjData, TbEntry};
use super::types::is_subclass;
use super::value::{Obj, Value};
use super::{PyErr, PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// A new exception of a builtin class with one message argument (none if empty).
    pub fn new_error(&mut self, class: &str, msg: &str) -> PyErr {
        let args = if msg.is_empty() {
            Vec::new()
        } else {
            vec![Value::str(msg)]
        };
        self.new_exception(class, args)
    }

    /// A new exception of a builtin class with these args.
    pub fn new_exception(&mut self, class: &str, args: Vec<Value>) -> PyErr {
        let cls = self.types.exc(class);
        self.exception_of(cls, args)
    }

    /// A new exception instance of `cls`.
    pub fn exception_of(&mut self, cls: Obj, args: Vec<Value>) -> PyErr {
        PyErr(self.new_obj(ObjData::Instance(Instance {
            class: cls,
            dict: super::dict::Dict::new(),
            exc: Some(Box::new(ExcState {
                args,
                ..Default::default()
            })),
            payload: None,
        })))
    }

    /// `TypeError(msg)`.
    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_error("TypeError", msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(&mut self, msg: &str) -> PyErr {
        self.new_error("RuntimeError", msg)
    }

    /// `NameError: name 'x' is not defined`, with CPython's "Did you mean" hint for tracebacks.
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let e = self.new_error("NameError", &format!("name '{name}' is not defined"));
        let mut candidates: Vec<String> = Vec::new();
        if let Some(Activation::Py(f)) = self.frames.last() {
            candidates.extend(f.code.varnames.iter().map(|s| s.to_string()));
            if let ObjData::Module(m) = &*f.globals.data() {
                candidates.extend(m.dict.keys().iter().filter_map(|k| {
                    if let Value::Str(s) = k {
                        Some(s.to_string())
                    } else {
                        None
                    }
                }));
            }
        }
        if let ObjData::Module(m) = &*self.builtins.data() {
            candidates.extend(m.dict.keys().iter().filter_map(|k| {
                if let Value::Str(s) = k {
                    Some(s.to_string())
                } else {
                    None
                }
            }));
        }
        if let Some(s) = suggest(name, &candidates) {
            self.set_hint(&e, format!("Did you mean: '{s}'?"));
        }
        e
    }

    /// An AttributeError with a "Did you mean" hint drawn from the object's attributes.
    pub fn attribute_error(&mut self, obj: &Value, msg: &str, name: &str) -> PyErr {
        let e = self.new_error("AttributeError", msg);
        let mut candidates = Vec::new();
        if let Value::Obj(o) = obj {
            let (dict_keys, cls) = match &*o.data() {
                ObjData::Instance(i) => (i.dict.keys(), Some(i.class.clone())),
                ObjData::Class(c) => (c.dict.keys(), None),
                ObjData::Module(m) => (m.dict.keys(), None),
                _ => (Vec::new(), None),
            };
            candidates.extend(dict_keys.iter().filter_map(|k| {
                if let Value::Str(s) = k {
                    Some(s.to_string())
                } else {
                    None
                }
            }));
            if let Some(cls) = cls {
                if let ObjData::Class(c) = &*cls.data() {
                    for m in &c.mro {
                        if let ObjData::Class(mc) = &*m.data() {
                            candidates.extend(mc.dict.keys().iter().filter_map(|k| {
                                if let Value::Str(s) = k {
                                    Some(s.to_string())
                                } else {
                                    None
                                }
                            }));
                        }
                    }
                }
            }
        }
        if let Some(s) = suggest(name, &candidates) {
            self.set_hint(&e, format!("Did you mean: '{s}'?"));
        }
        e
    }

    fn set_hint(&mut self, e: &PyErr, hint: String) {
        if let Value::Obj(o) = &e.0 {
            if let ObjData::Instance(i) = &mut *o.data_mut() {
                if let Some(x) = &mut i.exc {
                    x.hint = Some(hint);
                }
            }
        }
    }

    /// `TypeError: unhashable type: 'list'`.
    pub fn unhashable(&mut self, u: super::dict::Unhashable) -> PyErr {
        if u.0 == super::dict::COMPARE_TOO_DEEP {
            return self.new_error(
                "RecursionError",
                "maximum recursion depth exceeded in comparison",
            );
        }
        if u.0 == super::dict::TOO_DEEP {
            return self.new_error(
                "RecursionError",
                "maximum recursion depth exceeded while hashing a nested key",
            );
        }
        self.type_error(&format!("unhashable type: '{}'", u.0))
    }

    /// `StopIteration(value)` (no args when the value is None).
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let args = if matches!(value, Value::None) {
            Vec::new()
        } else {
            vec![value]
        };
        self.new_exception("StopIteration", args)
    }

    /// The `value` of a StopIteration.
    pub fn stop_iteration_value(&self, exc: &Value) -> Value {
        self.exc_args(exc).into_iter().next().unwrap_or(Value::None)
    }

    /// The args of an exception instance.
    pub fn exc_args(&self, exc: &Value) -> Vec<Value> {
        match exc {
            Value::Obj(o) => match &*o.data() {
                ObjData::Instance(Instance { exc: Some(x), .. }) => x.args.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// Whether `v` is an instance of the builtin exception class `name`.
    pub fn is_instance_of(&self, v: &Value, name: &str) -> bool {
        let cls = self.types.exc(name);
        is_subclass(&self.type_of(v), &cls)
    }

    /// `except X:` matching: X is a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, spec: &Value) -> PyResult<bool> {
        let cls = self.type_of(exc);
        match spec {
            Value::Obj(o) => {
                let tuple = match &*o.data() {
                    ObjData::Tuple(items) => Some(items.clone()),
                    ObjData::Class(_) => None,
                    _ => return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    )),
                };
                match tuple {
                    Some(items) => {
                        for it in items {
                            if self.exception_matches(exc, &it)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    None => {
                        if !is_subclass(o, &self.types.exc("BaseException")) {
                            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                        }
                        Ok(is_subclass(&cls, o))
                    }
                }
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn exc_state_mut<R>(&self, e: &Value, f: impl FnOnce(&mut ExcState) -> R) -> Option<R> {
        match e {
            Value::Obj(o) => match &mut *o.data_mut() {
                ObjData::Instance(Instance { exc: Some(x), .. }) => Some(f(x)),
                _ => None,
            },
            _ => None,
        }
    }

    /// Implicit chaining: `err.__context__ = prev` (unless that would make a cycle).
    pub fn set_context(&mut self, err: &PyErr, prev: Value) {
        if err.0.is(&prev) {
            return;
        }
        self.exc_state_mut(&err.0, |x| {
            if x.context.is_none() {
                x.context = Some(prev);
            }
        });
    }

    /// Explicit chaining: `raise err from cause`.
    pub fn set_cause(&mut self, err: &PyErr, cause: Value) {
        self.exc_state_mut(&err.0, |x| {
            x.cause = if matches!(cause, Value::None) {
                None
            } else {
                Some(cause)
            };
            x.suppress_context = true;
        });
    }

    /// Record that `err` passed through `frame`.
    pub fn add_traceback(&mut self, err: &PyErr, frame: &Frame) {
        let at = frame.ip.saturating_sub(1);
        let span = frame.code.spans.get(at).copied();
        let line = span.map(|s| s.line).unwrap_or(frame.line);
        let entry = if frame.code.library {
            // Library frames are hidden, except the ones CPython shows (see stdlib.rs).
            let Some(alias) = crate::stdlib::cpython_frame(&frame.code.filename, line) else {
                return;
            };
            TbEntry {
                filename: Rc::from(alias.path.as_str()),
                line: alias.line,
                name: frame.code.name.clone(),
                span,
                text: Some(Rc::from(alias.source.as_str())),
            }
        } else {
            TbEntry {
                filename: frame.code.filename.clone(),
                line,
                name: frame.code.name.clone(),
                span,
                text: None,
            }
        };
        let serial = frame.serial;
        self.exc_state_mut(&err.0, |x| {
            if x.traceback.last().map(|(_, s)| *s) != Some(serial) {
                x.traceback.push((entry, serial));
            }
        });
    }

    /// `raise`, `raise exc` or `raise exc from cause` (operands on the stack).
    pub fn do_raise(&mut self, n: u8) -> PyResult<PyErr> {
        let f = match self.frames.last_mut() {
            Some(Activation::Py(f)) => f,
            _ => return Err(self.runtime_error("internal: raise outside a frame")),
        };
        match n {
            0 => match f.handling.last().cloned() {
                Some(e) => Ok(PyErr(e)),
                None => Ok(self.runtime_error("No active exception to reraise")),
            },
            _ => {
                let cause = if n == 2 { f.stack.pop() } else { None };
                let exc = f.stack.pop().unwrap_or(Value::None);
                let err = self.make_exception(exc)?;
                if let Some(c) = cause {
                    let c = if matches!(c, Value::None) {
                        c
                    } else {
                        self.make_exception(c)?.0
                    };
                    self.set_cause(&err, c);
                }
                Ok(err)
            }
        }
    }

    /// Turn `raise X` operands into an instance: instances pass, classes are instantiated.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        let base = self.types.exc("BaseException");
        if let Value::Obj(o) = &v {
            let is_class = matches!(&*o.data(), ObjData::Class(_));
            if is_class && is_subclass(o, &base) {
                let inst = self.call_sync(v.clone(), Vec::new())?;
                return Ok(PyErr(inst));
            }
            if !is_class && is_subclass(&self.type_of(&v), &base) {
                return Ok(PyErr(v));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `exc.__traceback__`: a chain of `traceback` objects (`tb_lineno`, `tb_next`, `tb_frame`
    /// with `f_lineno` and `f_code.co_name` / `co_filename`), outermost first; None if the
    /// exception was never raised.
    pub fn traceback_object(&mut self, exc: &Obj) -> Value {
        let (entries, mut built): (Vec<TbEntry>, Vec<Value>) = match &*exc.data() {
            ObjData::Instance(Instance { exc: Some(x), .. }) => {
                let done = x.tb_objects.len().min(x.traceback.len());
                let new = x.traceback[done..].iter().map(|(e, _)| e.clone());
                (new.collect(), x.tb_objects[..done].to_vec())
            }
            _ => (Vec::new(), Vec::new()),
        };
        if entries.is_empty() {
            return built.last().cloned().unwrap_or(Value::None);
        }
        let class = |vm: &Vm, name: &str| vm.types.introspection.get(name).cloned();
        let (Some(tb_cls), Some(frame_cls), Some(code_cls)) = (
            class(self, "traceback"),
            class(self, "frame"),
            class(self, "code"),
        ) else {
            return Value::None;
        };
        let mut next = built.last().cloned().unwrap_or(Value::None);
        for e in entries {
            let mut code = Dict::new();
            code.set_str("co_name", Value::str(&e.name));
            code.set_str("co_filename", Value::str(&e.filename));
            let code = self.plain_instance(&code_cls, code);
            let mut frame = Dict::new();
            frame.set_str("f_code", code);
            frame.set_str("f_lineno", Value::Int(i64::from(e.line)));
            let frame = self.plain_instance(&frame_cls, frame);
            let mut tb = Dict::new();
            tb.set_str("tb_frame", frame);
            tb.set_str("tb_lineno", Value::Int(i64::from(e.line)));
            tb.set_str("tb_next", next);
            next = self.plain_instance(&tb_cls, tb);
            built.push(next.clone());
        }
        if let ObjData::Instance(Instance { exc: Some(x), .. }) = &mut *exc.data_mut() {
            x.tb_objects = built;
        }
        next
    }

    fn plain_instance(&mut self, cls: &Obj, dict: Dict) -> Value {
        self.new_obj(ObjData::Instance(Instance {
            class: cls.clone(),
            dict,
            exc: None,
            payload: None,
        }))
    }

    /// Exception attributes read from its state (`args`, `__cause__`, `value`, ...).
    pub fn exception_attr(&mut self, o: &Obj, name: &str) -> Option<Value> {
        let (args, cause, context, suppress) = match &*o.data() {
            ObjData::Instance(Instance { exc: Some(x), .. }) => (
                x.args.clone(),
                x.cause.clone(),
                x.context.clone(),
                x.suppress_context,
            ),
            _ => return None,
        };
        Some(match name {
            "args" => self.new_tuple(args),
            "__cause__" => cause.unwrap_or(Value::None),
            "__context__" => context.unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(suppress),
            "__traceback__" => self.traceback_object(o),
            "value" if self.is_instance_of(&Value::Obj(o.clone()), "StopIteration") => {
                args.into_iter().next().unwrap_or(Value::None)
            }
            "encoding" | "object" | "start" | "end" | "reason"
                if args.len() == 5
                    && (self.is_instance_of(&Value::Obj(o.clone()), "UnicodeDecodeError")
                        || self.is_instance_of(&Value::Obj(o.clone()), "UnicodeEncodeError")) =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                args[i].clone()
            }
            "errno" | "strerror" | "filename" | "filename2"
                if self.is_instance_of(&Value::Obj(o.clone()), "OSError") =>
            {
                Value::None
            }
            "code" if self.is_instance_of(&Value::Obj(o.clone()), "SystemExit") => {
                match args.len() {
                    0 => Value::None,
                    1 => args.into_iter().next().unwrap_or(Value::None),
                    _ => self.new_tuple(args),
                }
            }
            _ => return None,
        })
    }

    /// The exit status if `e` is a SystemExit.
    pub fn system_exit_status(&mut self, e: &PyErr) -> Option<i32> {
        if !self.is_instance_of(&e.0, "SystemExit") {
            return None;
        }
        let args = self.exc_args(&e.0);
        match args.first() {
            None | Some(Value::None) => Some(0),
            Some(v) => match v.as_i64() {
                Some(n) => Some(n as i32),
                None => {
                    let s = self.str_plain(v);
                    self.stderr.push_str(&s);
                    self.stderr.push('\n');
                    Some(1)
                }
            },
        }
    }

    /// CPython's OSError argument rules: with 2 to 5 arguments they are errno, strerror,
    /// filename, winerror, filename2 (set as attributes, None when absent), and `args` keeps
    /// only errno and strerror. Returns the args to keep.
    pub fn os_error_init(&mut self, inst: &Value, args: &[Value]) -> Vec<Value> {
        let parsed = (2..=5).contains(&args.len());
        let at = |i: usize| {
            if parsed {
                args.get(i).cloned().unwrap_or(Value::None)
            } else {
                Value::None
            }
        };
        let attrs = [
            ("errno", at(0)),
            ("strerror", at(1)),
            ("filename", at(2)),
            ("filename2", at(4)),
        ];
        if let Value::Obj(o) = inst {
            if let ObjData::Instance(i) = &mut *o.data_mut() {
                for (k, v) in attrs {
                    i.dict.set_str(k, v);
                }
            }
        }
        if parsed {
            args[..2].to_vec()
        } else {
            args.to_vec()
        }
    }

    /// `str(exc)` for an exception, without calling Python code.
    pub fn exception_message(&mut self, exc: &Value) -> String {
        let args = self.exc_args(exc);
        for (class, decode) in [("UnicodeDecodeError", true), ("UnicodeEncodeError", false)] {
            if args.len() == 5 && self.is_instance_of(exc, class) {
                if let Some(m) = super::bytes::unicode_error_message(decode, &args) {
                    return m;
                }
            }
        }
        if self.is_instance_of(exc, "OSError") {
            if let Value::Obj(o) = exc {
                let get = |k: &str| super::dict::obj_dict_get(o, k).unwrap_or(Value::None);
                let (errno, strerror) = (get("errno"), get("strerror"));
                let (filename, filename2) = (get("filename"), get("filename2"));
                let (e, s) = (self.str_plain(&errno), self.str_plain(&strerror));
                if !matches!(filename, Value::None) {
                    let f = self.repr_plain(&filename);
                    if !matches!(filename2, Value::None) {
                        let f2 = self.repr_plain(&filename2);
                        return format!("[Errno {e}] {s}: {f} -> {f2}");
                    }
                    return format!("[Errno {e}] {s}: {f}");
                }
                if !matches!(errno, Value::None) && !matches!(strerror, Value::None) {
                    return format!("[Errno {e}] {s}");
                }
            }
        }
        let is_key = self.is_instance_of(exc, "KeyError");
        match args.len() {
            0 => String::new(),
            1 if is_key => self.repr_plain(&args[0]),
            1 => self.str_plain(&args[0]),
            _ => {
                let t = self.new_tuple(args);
                self.repr_plain(&t)
            }
        }
    }

    /// `str(exc)` as the traceback printer shows it: a `__str__` defined in Python is called
    /// (`<exception str() failed>` when it raises or returns a non-string, as in CPython).
    pub fn exception_str(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        if let Some(m) = self.lookup_class_attr(&cls, "__str__") {
            return match self.call_sync(m, vec![exc.clone()]) {
                Ok(Value::Str(s)) => s.to_string(),
                _ => "<exception str() failed>".to_string(),
            };
        }
        self.exception_message(exc)
    }

    /// What CPython prints for an uncaught exception (with its chain).
    pub fn format_exception(&mut self, e: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(&e.0, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<u64>) {
        if let Value::Obj(o) = exc {
            seen.push(o.id());
        }
        let (cause, context, suppress) = match exc {
            Value::Obj(o) => match &*o.data() {
                ObjData::Instance(Instance { exc: Some(x), .. }) => {
                    (x.cause.clone(), x.context.clone(), x.suppress_context)
                }
                _ => (None, None, false),
            },
            _ => (None, None, false),
        };
        let fresh =
            |v: &Value, seen: &Vec<u64>| matches!(v, Value::Obj(o) if !seen.contains(&o.id()));
        if let Some(c) = cause.filter(|c| fresh(c, seen)) {
            self.format_chain(&c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) = context.filter(|c| !suppress && fresh(c, seen)) {
            self.format_chain(&c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        self.format_one(exc, out);
    }

    fn format_one(&mut self, exc: &Value, out: &mut String) {
        let (tb, hint) = match exc {
            Value::Obj(o) => match &*o.data() {
                ObjData::Instance(Instance { exc: Some(x), .. }) => {
                    (x.traceback.clone(), x.hint.clone())
                }
                _ => (Vec::new(), None),
            },
            _ => (Vec::new(), None),
        };
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
            let mut repeats = 0usize;
            let entries: Vec<TbEntry> = tb.into_iter().rev().map(|(e, _)| e).collect();
            let flush = |out: &mut String, repeats: usize| {
                if repeats > 3 {
                    let n = repeats - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n == 1 { "" } else { "s" }
                    ));
                }
            };
            for e in entries {
                let key = (e.filename.clone(), e.line, e.name.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats > 3 {
                        continue;
                    }
                } else {
                    flush(out, repeats);
                    repeats = 1;
                    last = Some(key);
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    e.filename, e.line, e.name
                ));
                if let Some(text) = &e.text {
                    out.push_str("    ");
                    out.push_str(text.trim());
                    out.push('\n');
                    if let Some(span) = e.span {
                        out.push_str(&super::carets::caret_line(text, span));
                    }
                } else if let Some(src) = self.source_lines.get((e.line as usize).wrapping_sub(1)) {
                    let t = src.trim_start();
                    if !t.is_empty() {
                        out.push_str("    ");
                        out.push_str(t);
                        out.push('\n');
                        if let Some(span) = e.span {
                            out.push_str(&super::carets::caret_line(src, span));
                        }
                    }
                }
            }
            flush(out, repeats);
        }
        let cls = self.type_of(exc);
        let mut name = super::types::class_name(&cls).to_string();
        // A class that sets `__module__` (asyncio's `CancelledError` says
        // `asyncio.exceptions`) is printed with it, as CPython does.
        if let Some(Value::Str(m)) = super::dict::obj_dict_get(&cls, "__module__") {
            if &*m != "builtins" && &*m != "__main__" {
                name = format!("{m}.{name}");
            }
        }
        let msg = self.exception_str(exc);
        if msg.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {msg}"));
        }
        if let Some(h) = hint {
            out.push_str(". ");
            out.push_str(&h);
        }
        out.push('\n');
    }
}

use super::frame::Activation;

/// CPython's "Did you mean" suggestion: the closest name by Levenshtein distance.
fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name || c.starts_with("__") {
            continue;
        }
        let d = levenshtein(name, c);
        let max = (name.len() + c.len() + 3) * 2 / 6;
        if d <= max && best.map(|(bd, _)| d < bd).unwrap_or(true) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

/// Edit distance with substitutions costing 2 and case-only changes 1, as CPython's
/// suggestion algorithm weighs them.
fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * 2; b.len() + 1];
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].to_lowercase().eq(b[j - 1].to_lowercase()) {
                1
            } else {
                2
            };
            cur[j] = (prev[j] + 2).min(cur[j - 1] + 2).min(prev[j - 1] + sub);
        }
        prev = cur;
    }
    prev[b.len()]
}
