//! Walking expression trees without recursion: direct children, and tree depth.
//!
//! The parser uses [`expr_depth`] to keep every tree within
//! [`MAX_EXPR_DEPTH`](super::ast::MAX_EXPR_DEPTH); since it never recurses, it is safe on any tree.

use super::ast::{Arguments, Comprehension, Expr, ExprKind};

fn push_args<'e>(a: &'e Arguments, out: &mut Vec<&'e Expr>) {
    for d in &a.defaults {
        out.push(d);
    }
    for d in a.kw_defaults.iter().flatten() {
        out.push(d);
    }
    let all = a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg);
    for arg in all {
        if let Some(ann) = &arg.annotation {
            out.push(ann);
        }
    }
}

fn push_generators<'e>(gens: &'e [Comprehension], out: &mut Vec<&'e Expr>) {
    for g in gens {
        out.push(&g.target);
        out.push(&g.iter);
        out.extend(g.ifs.iter());
    }
}

/// Push the direct sub-expressions of `e` onto `out`, in source order.
pub fn push_children<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values.iter()),
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::Lambda { args, body } => {
            push_args(args, out);
            out.push(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(body);
            out.push(test);
            out.push(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    out.push(k);
                }
                out.push(v);
            }
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            out.extend(elts.iter())
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            push_generators(generators, out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push(key);
            out.push(value);
            push_generators(generators, out);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => out.push(value),
        ExprKind::Yield { value } => {
            if let Some(v) = value {
                out.push(v);
            }
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators.iter());
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(func);
            out.extend(args.iter());
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(value);
            if let Some(f) = format_spec {
                out.push(f);
            }
        }
        ExprKind::JoinedStr { values } => out.extend(values.iter()),
        ExprKind::Constant(_) | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => out.push(value),
        ExprKind::Subscript { value, slice, .. } => {
            out.push(value);
            out.push(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                out.push(part);
            }
        }
    }
}

/// The depth of the tree under `e` (1 for a leaf), computed with an explicit stack.
pub fn expr_depth(e: &Expr) -> usize {
    let mut max = 0;
    let mut stack: Vec<(&Expr, usize)> = vec![(e, 1)];
    let mut kids = Vec::new();
    while let Some((node, d)) = stack.pop() {
        max = max.max(d);
        kids.clear();
        push_children(node, &mut kids);
        for k in kids.drain(..) {
            stack.push((k, d + 1));
        }
    }
    max
}
