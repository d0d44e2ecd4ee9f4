//! The builtin classes (`object`, `int`, `str`, `list`, ..., and the exception hierarchy),
//! created once per VM, so that `type(x)`, `isinstance` and subclassing work uniformly.

use super::dict::Dict;
use super::object::{Class, ObjData};
use super::value::Obj;
use std::collections::HashMap;
use std::rc::Rc;

/// Which builtin class a class object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum TypeId {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Bytes,
    ByteArray,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Coroutine,
    Range,
    Slice,
    Module,
    Cell,
    Iterator,
    Super,
    StaticMethod,
    ClassMethod,
    Property,
    NotImplementedType,
    Ellipsis,
    /// BaseException and every builtin exception class.
    Exception,
}

/// The builtin classes of one VM.
#[derive(Debug)]
pub struct Types {
    /// By builtin kind (exceptions excluded).
    pub by_id: HashMap<TypeId, Obj>,
    /// Exception classes by name.
    pub exceptions: HashMap<&'static str, Obj>,
    /// Iterator classes by name (`list_iterator`, ...).
    pub iterators: HashMap<&'static str, Obj>,
    /// The classes of `__traceback__` objects: `traceback`, `frame` and `code`.
    pub introspection: HashMap<&'static str, Obj>,
}

/// Names of the builtin iterator classes.
pub const ITERATOR_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "list_reverseiterator",
    "callable_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "iterator",
];

/// The builtin exception hierarchy: (name, base).
/// The OSError subclass CPython's `OSError(errno, strerror)` constructs for an errno (Linux
/// numbering), as in `Objects/exceptions.c`.
pub fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        4 => "InterruptedError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

pub const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

const NAMED: &[(TypeId, &str)] = &[
    (TypeId::Object, "object"),
    (TypeId::Type, "type"),
    (TypeId::NoneType, "NoneType"),
    (TypeId::Int, "int"),
    (TypeId::Bool, "bool"),
    (TypeId::Float, "float"),
    (TypeId::Str, "str"),
    (TypeId::List, "list"),
    (TypeId::Tuple, "tuple"),
    (TypeId::Dict, "dict"),
    (TypeId::Set, "set"),
    (TypeId::FrozenSet, "frozenset"),
    (TypeId::Bytes, "bytes"),
    (TypeId::ByteArray, "bytearray"),
    (TypeId::Function, "function"),
    (TypeId::BuiltinFunction, "builtin_function_or_method"),
    (TypeId::Method, "method"),
    (TypeId::Generator, "generator"),
    (TypeId::Coroutine, "coroutine"),
    (TypeId::Range, "range"),
    (TypeId::Slice, "slice"),
    (TypeId::Module, "module"),
    (TypeId::Cell, "cell"),
    (TypeId::Iterator, "iterator"),
    (TypeId::Super, "super"),
    (TypeId::StaticMethod, "staticmethod"),
    (TypeId::ClassMethod, "classmethod"),
    (TypeId::Property, "property"),
    (TypeId::NotImplementedType, "NotImplementedType"),
    (TypeId::Ellipsis, "ellipsis"),
];

/// The C3 linearisation of `bases` (CPython's `mro_implementation`): the new class's MRO after
/// the class itself, or the TypeError message CPython gives when there is none.
pub fn c3_merge(bases: &[Obj]) -> Result<Vec<Obj>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(format!("duplicate base class {}", class_name(b)));
        }
    }
    let mut lists: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| match &*b.data() {
            ObjData::Class(c) => c.mro.clone(),
            _ => vec![b.clone()],
        })
        .collect();
    lists.push(bases.to_vec());
    let mut remain = vec![0usize; lists.len()];
    let mut out: Vec<Obj> = Vec::new();
    'again: loop {
        let mut empty = 0;
        for i in 0..lists.len() {
            let Some(candidate) = lists[i].get(remain[i]).cloned() else {
                empty += 1;
                continue;
            };
            let in_tail = lists
                .iter()
                .zip(&remain)
                .any(|(l, &r)| l.iter().skip(r + 1).any(|x| x.is(&candidate)));
            if in_tail {
                continue;
            }
            for (l, r) in lists.iter().zip(remain.iter_mut()) {
                if l.get(*r).is_some_and(|x| x.is(&candidate)) {
                    *r += 1;
                }
            }
            out.push(candidate);
            continue 'again;
        }
        if empty == lists.len() {
            return Ok(out);
        }
        // The heads of the lists left, each once, in order.
        let mut heads: Vec<Obj> = Vec::new();
        for (l, &r) in lists.iter().zip(&remain) {
            if let Some(h) = l.get(r) {
                if !heads.iter().any(|x| x.is(h)) {
                    heads.push(h.clone());
                }
            }
        }
        let names: Vec<String> = heads.iter().map(|h| class_name(h).to_string()).collect();
        return Err(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ));
    }
}

/// Make a class object (builtin or user) with its MRO computed from single-inheritance bases.
pub fn make_class(
    alloc: &mut dyn FnMut(ObjData) -> Obj,
    name: &str,
    bases: Vec<Obj>,
    dict: Dict,
    builtin: Option<TypeId>,
    module: &str,
) -> Obj {
    let mro_tail: Vec<Obj> = match bases.first() {
        Some(b) => match &*b.data() {
            ObjData::Class(c) => c.mro.clone(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    let cls = alloc(ObjData::Class(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        bases,
        mro: Vec::new(),
        dict,
        builtin,
        module: Rc::from(module),
    }));
    let mut mro = vec![cls.clone()];
    mro.extend(mro_tail);
    if let ObjData::Class(c) = &mut *cls.data_mut() {
        c.mro = mro;
    }
    cls
}

impl Types {
    /// Create every builtin class.
    pub fn new(alloc: &mut dyn FnMut(ObjData) -> Obj) -> Types {
        let mut by_id = HashMap::new();
        let object = make_class(
            alloc,
            "object",
            Vec::new(),
            Dict::new(),
            Some(TypeId::Object),
            "builtins",
        );
        by_id.insert(TypeId::Object, object.clone());
        for &(id, name) in NAMED.iter().skip(1) {
            let base = if id == TypeId::Bool {
                by_id.get(&TypeId::Int).cloned()
            } else {
                Some(object.clone())
            };
            let cls = make_class(
                alloc,
                name,
                base.into_iter().collect(),
                Dict::new(),
                Some(id),
                "builtins",
            );
            by_id.insert(id, cls);
        }
        let mut exceptions: HashMap<&'static str, Obj> = HashMap::new();
        for &(name, base) in EXCEPTIONS {
            let bases = if base.is_empty() {
                vec![object.clone()]
            } else {
                exceptions.get(base).cloned().into_iter().collect()
            };
            let cls = make_class(
                alloc,
                name,
                bases,
                Dict::new(),
                Some(TypeId::Exception),
                "builtins",
            );
            exceptions.insert(name, cls);
        }
        let mut iterators = HashMap::new();
        for &name in ITERATOR_NAMES {
            let cls = make_class(
                alloc,
                name,
                vec![object.clone()],
                Dict::new(),
                Some(TypeId::Iterator),
                "builtins",
            );
            iterators.insert(name, cls);
        }
        let mut introspection = HashMap::new();
        for name in ["traceback", "frame", "code"] {
            let cls = make_class(
                alloc,
                name,
                vec![object.clone()],
                Dict::new(),
                None,
                "builtins",
            );
            introspection.insert(name, cls);
        }
        Types {
            by_id,
            exceptions,
            iterators,
            introspection,
        }
    }

    /// A builtin class by kind.
    pub fn get(&self, id: TypeId) -> Obj {
        match self.by_id.get(&id) {
            Some(c) => c.clone(),
            None => self
                .by_id
                .get(&TypeId::Object)
                .cloned()
                .unwrap_or_else(unreachable_class),
        }
    }

    /// A builtin exception class by name (falls back to Exception).
    pub fn exc(&self, name: &str) -> Obj {
        self.exceptions
            .get(name)
            .or_else(|| self.exceptions.get("Exception"))
            .cloned()
            .unwrap_or_else(|| self.get(TypeId::Object))
    }
}

fn unreachable_class() -> Obj {
    // Types::new always creates `object`; this keeps the signature total without panicking.
    Obj(Rc::new(super::object::ObjBox {
        id: 0,
        charge: super::ledger::Charge::new(&super::ledger::Ledger::default(), 0),
        data: std::cell::RefCell::new(ObjData::Cell(None)),
    }))
}

/// The class name of a class object ("?" for non-classes).
pub fn class_name(cls: &Obj) -> Rc<str> {
    match &*cls.data() {
        ObjData::Class(c) => c.name.clone(),
        _ => Rc::from("?"),
    }
}

/// Whether `cls` is `base` or inherits from it.
pub fn is_subclass(cls: &Obj, base: &Obj) -> bool {
    match &*cls.data() {
        ObjData::Class(c) => c.mro.iter().any(|m| m.is(base)),
        _ => false,
    }
}

/// The builtin kind a class is or inherits from (the first builtin in its MRO).
pub fn builtin_base(cls: &Obj) -> Option<TypeId> {
    match &*cls.data() {
        ObjData::Class(c) => c.mro.iter().find_map(|m| match &*m.data() {
            ObjData::Class(mc) => mc.builtin.filter(|b| *b != TypeId::Object),
            _ => None,
        }),
        _ => None,
    }
}
