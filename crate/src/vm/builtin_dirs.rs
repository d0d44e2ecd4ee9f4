//! `dir()` of CPython 3.11's builtin types (`dir("abc")`, `dir([])`, `dir(int)`), from
//! `data/builtin_dirs.txt`, which `scripts/gen-builtin-dirs.py` writes from python3: one line
//! `TYPE: NAME ...` per type, each exactly what CPython's `dir(TYPE)` returns.

/// The generated lists.
const DATA: &str = include_str!("data/builtin_dirs.txt");

/// CPython's `dir()` of builtin type `type_name` (`"str"`, `"NoneType"`, ...), if listed.
pub fn builtin_dir(type_name: &str) -> Option<std::str::Split<'static, char>> {
    DATA.lines().find_map(|line| {
        let (t, names) = line.split_once(": ")?;
        (t == type_name).then(|| names.split(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::builtin_dir;

    #[test]
    fn every_listed_type_has_its_methods_and_objects_dunders() {
        let str_names: Vec<&str> = builtin_dir("str").into_iter().flatten().collect();
        assert!(str_names.contains(&"upper") && str_names.contains(&"__iter__"));
        assert!(!str_names.contains(&"__module__"));
        assert!(
            str_names.windows(2).all(|w| w[0] < w[1]),
            "sorted, as dir() returns"
        );
        for t in ["int", "list", "dict", "NoneType", "object"] {
            let names: Vec<&str> = builtin_dir(t).into_iter().flatten().collect();
            assert!(names.contains(&"__class__"), "{t}");
        }
        assert!(builtin_dir("Thread").is_none());
    }
}
