//! Assignment and deletion targets: which expressions may be assigned to, the names CPython
//! uses for the others in its messages, and marking targets as `Store`/`Del`.

use super::super::ast::{Constant, Expr, ExprContext, ExprKind, UnaryOp};

/// What kind of target list is being checked (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TargetsType {
    /// `a = ...`, `with ... as a`.
    Star,
    /// `for a in ...`.
    For,
    /// `del a`.
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first part of `e` that cannot be a target.
pub(crate) fn invalid_target(e: &Expr, ty: TargetsType) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ty))
        }
        ExprKind::Starred { value, .. } => {
            if ty == TargetsType::Del {
                Some(e)
            } else {
                invalid_target(value, ty)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if ty == TargetsType::For {
                if ops.first() == Some(&super::super::ast::CmpOp::In) {
                    return invalid_target(left, ty);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Whether `e` is (syntactically) a `bitwise_or`: no `not`, comparison, boolean operator,
/// conditional, lambda, starred or yield at its top (parenthesised groups are checked apart).
pub(crate) fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}

/// Mark a (valid) target and its parts as stored or deleted.
pub(crate) fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { ctx: c, value } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::List { ctx: c, elts } | ExprKind::Tuple { ctx: c, elts } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}
