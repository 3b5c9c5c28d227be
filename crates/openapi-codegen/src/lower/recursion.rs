//! Recursive types: `Box` where types would contain themselves by value, and newtypes
//! where a type alias would be recursive (Rust rejects recursive aliases outright).

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{AdditionalProperties, TypeDef, TypeKind, TypeRef};

pub(crate) fn break_cycles(types: &mut [TypeDef]) {
    aliases_to_newtypes(types);
    // Each round boxes the back edges one depth-first search finds; boxing never
    // creates edges, so this ends, usually after one round.
    loop {
        let back_edges = find_back_edges(types);
        if back_edges.is_empty() {
            break;
        }
        for def in types.iter_mut() {
            if let Some(targets) = back_edges.get(&def.name) {
                box_in_kind(&mut def.kind, targets);
            }
        }
    }
}

/// Every type reference inside a definition, with whether it is held by value.
fn references(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct(def) => {
            let mut refs: Vec<&TypeRef> = def.fields.iter().map(|field| &field.ty).collect();
            if let AdditionalProperties::Typed(ty) = &def.additional {
                refs.push(ty);
            }
            refs
        }
        TypeKind::Enum(_) => Vec::new(),
        TypeKind::TaggedUnion(union) => union
            .variants
            .iter()
            .filter_map(|v| v.ty.as_ref())
            .collect(),
        TypeKind::UntaggedUnion(union) => union.variants.iter().map(|v| &v.ty).collect(),
        TypeKind::Alias(alias) | TypeKind::Newtype(alias) => vec![&alias.target],
    }
}

/// Named types held by value (not behind `Vec`, a map or `Box`).
fn by_value(ty: &TypeRef, out: &mut Vec<String>) {
    match ty {
        TypeRef::Named(name) => out.push(name.clone()),
        TypeRef::Option(inner) | TypeRef::Patch(inner) => by_value(inner, out),
        _ => {}
    }
}

/// Named types mentioned anywhere.
fn mentioned(ty: &TypeRef, out: &mut Vec<String>) {
    match ty {
        TypeRef::Named(name) => out.push(name.clone()),
        TypeRef::Option(inner)
        | TypeRef::Patch(inner)
        | TypeRef::Box(inner)
        | TypeRef::Vec(inner)
        | TypeRef::Map(inner) => mentioned(inner, out),
        _ => {}
    }
}

fn graph(
    types: &[TypeDef],
    edges_of: fn(&TypeRef, &mut Vec<String>),
) -> BTreeMap<String, Vec<String>> {
    types
        .iter()
        .map(|def| {
            let mut out = Vec::new();
            for ty in references(&def.kind) {
                edges_of(ty, &mut out);
            }
            (def.name.clone(), out)
        })
        .collect()
}

fn aliases_to_newtypes(types: &mut [TypeDef]) {
    let graph = graph(types, mentioned);
    let recursive: BTreeSet<String> = types
        .iter()
        .filter(|def| {
            matches!(def.kind, TypeKind::Alias(_)) && reaches(&graph, &def.name, &def.name)
        })
        .map(|def| def.name.clone())
        .collect();
    for def in types.iter_mut() {
        if recursive.contains(&def.name)
            && let TypeKind::Alias(alias) = &def.kind
        {
            def.kind = TypeKind::Newtype(alias.clone());
        }
    }
}

/// Whether `to` can be reached from `from` in one or more steps.
fn reaches(graph: &BTreeMap<String, Vec<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&str> = graph
        .get(from)
        .map(|next| next.iter().map(String::as_str).collect())
        .unwrap_or_default();
    while let Some(node) = stack.pop() {
        if node == to {
            return true;
        }
        if seen.insert(node)
            && let Some(next) = graph.get(node)
        {
            stack.extend(next.iter().map(String::as_str));
        }
    }
    false
}

/// (type → targets to box): edges closing a by-value cycle in a depth-first search.
fn find_back_edges(types: &[TypeDef]) -> BTreeMap<String, BTreeSet<String>> {
    let graph = graph(types, by_value);
    let mut state: BTreeMap<&str, Visit> = BTreeMap::new();
    let mut back_edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for start in graph.keys() {
        if state.contains_key(start.as_str()) {
            continue;
        }
        // Iterative DFS: (node, index of the next edge to follow).
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        state.insert(start, Visit::OnStack);
        while let Some((node, next_edge)) = stack.pop() {
            let edges = graph.get(node).map(Vec::as_slice).unwrap_or_default();
            match edges.get(next_edge) {
                Some(target) => {
                    stack.push((node, next_edge + 1));
                    match state.get(target.as_str()) {
                        Some(Visit::OnStack) => {
                            back_edges
                                .entry(node.to_string())
                                .or_default()
                                .insert(target.clone());
                        }
                        Some(Visit::Done) => {}
                        None if graph.contains_key(target) => {
                            state.insert(target, Visit::OnStack);
                            stack.push((target, 0));
                        }
                        None => {}
                    }
                }
                None => {
                    state.insert(node, Visit::Done);
                }
            }
        }
    }
    back_edges
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    OnStack,
    Done,
}

fn box_in_kind(kind: &mut TypeKind, targets: &BTreeSet<String>) {
    match kind {
        TypeKind::Struct(def) => {
            for field in &mut def.fields {
                box_by_value(&mut field.ty, targets);
            }
            if let AdditionalProperties::Typed(ty) = &mut def.additional {
                box_by_value(ty, targets);
            }
        }
        TypeKind::Enum(_) => {}
        TypeKind::TaggedUnion(union) => {
            for variant in &mut union.variants {
                if let Some(ty) = &mut variant.ty {
                    box_by_value(ty, targets);
                }
            }
        }
        TypeKind::UntaggedUnion(union) => {
            for variant in &mut union.variants {
                box_by_value(&mut variant.ty, targets);
            }
        }
        TypeKind::Alias(alias) | TypeKind::Newtype(alias) => {
            box_by_value(&mut alias.target, targets)
        }
    }
}

fn box_by_value(ty: &mut TypeRef, targets: &BTreeSet<String>) {
    match ty {
        TypeRef::Named(name) if targets.contains(name.as_str()) => {
            *ty = TypeRef::Box(Box::new(ty.clone()));
        }
        TypeRef::Option(inner) | TypeRef::Patch(inner) => box_by_value(inner, targets),
        _ => {}
    }
}
