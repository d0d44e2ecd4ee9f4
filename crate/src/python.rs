//! The Python-subset front end: source text in, syntax tree out (see docs/python-subset.md).
//!
//! This is the first stage of the simulator engine; the compiler and VM build on it.
