//! Architecture rules for `src/`, checked by reading the source code.
//!
//! The layering is explained in `docs/ARCHITECTURE.md`. This test enforces it, so the
//! structure cannot erode one convenient import at a time:
//!
//! - `no_import_cycles`: the file-level import graph has no cycles. A cycle means two
//!   files cannot be understood, tested or moved apart.
//! - `layers_point_down`: every top-level module of `src/` is in [`LAYERS`], and a file
//!   imports only files of its own layer or lower ones.
//! - `pure_modules_stay_pure`: [`PURE_MODULES`] hold value types and algorithms and do
//!   not mention the database, the web framework, the runtime or mail ([`IMPURE`]).
//! - `handlers_hold_no_diesel`: HTTP handlers under [`HANDLER_DIR`] call use cases and
//!   do not build queries themselves.
//! - `files_stay_short`: no file is longer than [`MAX_LINES`] (its tests not counted),
//!   but those still listed in [`STILL_LONG`], which may only shrink.
//!
//! How the graph is built. Standard library only: a small tokenizer drops comments
//! (doc comments too), string/char literals and `#[cfg(test)] mod ... { }` blocks; then
//! `use` declarations (nested groups, `self`, `as`, globs) and inline paths
//! (`crate::a::f()`, `super::T`, `self::x`, `child::y`, `alias::z`) are read from the
//! tokens. Each path is resolved to the file that *defines* the item: walk the module
//! tree as far as files exist, then look the next name up in that module's file and
//! follow `use`/`pub use` re-exports (globs too) to the definition. Re-exports are not
//! edges of the re-exporting file unless it uses the name itself: a `mod.rs` facade does
//! not depend on its children, its users do. `mod x;` declarations are no imports.
//! Known limits: code inside inline non-test modules counts as code of the file; a `use`
//! inside a function is taken to apply to the whole file; macro-generated items (diesel
//! `table!`) resolve to the file that invokes the macro; a glob import counts only the
//! names the file spells out (not trait methods); paths in strings (`#[serde(with)]`)
//! are not seen.
//!
//! Runs under cargo (`cargo test --test architecture`) or alone, without cargo:
//! `rustc --edition 2024 --test tests/architecture.rs -o /tmp/archtest && /tmp/archtest`
//! from the crate directory.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Layers, lowest first: a file may import files of its own layer or of an earlier
/// (lower) one, never of a later one. Entries are top-level modules of `src/` (`src/x.rs`
/// or `src/x/`); the crate root files are listed by file name. Edit this table when a
/// top-level module is added, moved or renamed (and docs/ARCHITECTURE.md with it).
const LAYERS: &[&[&str]] = &[
    /* 0 */ &["domain", "secrets"],
    /* 1 */ &["text", "calendar"],
    /* 2 */ &["i18n", "matching"],
    /* 3 */ &["clock", "config", "telemetry"],
    /* 4 */ &["db", "storage"],
    /* 5 */ &["events"],
    /* 6 */ &["email"],
    /* 7 */ &["notify"],
    /* 8 */ &["app"],
    /* 9 */ &["web"],
    /* 10 */ &["cli", "lib.rs", "main.rs"],
];
/// Top-level modules that must stay free of I/O frameworks.
const PURE_MODULES: &[&str] = &["domain", "matching", "text", "calendar"];
/// What pure modules must not mention in code (paths are matched token by token).
const IMPURE: &[&str] = &["diesel", "actix_web", "tokio", "lettre", "crate::db"];
/// Where the HTTP handlers live (relative to `src/`), and what they must not mention.
const HANDLER_DIR: &str = "web/routes/";
const HANDLER_FORBIDDEN: &[&str] = &["diesel"];
/// Longest a file may be, in lines, not counting its `#[cfg(test)] mod tests { }`.
const MAX_LINES: usize = 500;

/// Generated files, which no reader splits: diesel's `table!` schema.
const GENERATED: &[&str] = &["db/schema.rs"];

/// Files still longer than [`MAX_LINES`], each with the most lines it may have: a ratchet.
/// A listed file may shrink but not grow; once it is short, the test asks for its line to
/// go; a file not listed may not pass the limit. Empty since issue 12 split the last
/// fourteen: a file that grows past the limit is split, not listed here.
const STILL_LONG: &[(&str, usize)] = &[];
/// Name of the library crate, as `src/main.rs` spells paths into it (`pfp::cli::main`).
const LIB_CRATE: &str = "pfp";

// ---------------------------------------------------------------------------------------
// Tokenizer

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Ident,
    Punct,
    Literal,
    Lifetime,
}

#[derive(Clone, Debug)]
struct Tok {
    kind: Kind,
    text: String,
    line: usize,
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}
fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Splits Rust source into identifiers, punctuation (`::` is one token), literals
/// (content dropped) and lifetimes. Comments and whitespace disappear.
fn tokenize(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    // Skips a quoted literal starting at the opening quote; returns the index after it.
    let skip_quoted = |mut i: usize, line: &mut usize| {
        let quote = c[i];
        i += 1;
        while i < c.len() && c[i] != quote {
            let step = if c[i] == '\\' { 2 } else { 1 }; // an escape, maybe of a newline
            *line += c[i..(i + step).min(c.len())]
                .iter()
                .filter(|&&ch| ch == '\n')
                .count();
            i += step;
        }
        i + 1
    };
    while i < c.len() {
        let (ch, start) = (c[i], line);
        let mut push = |kind, text: String| {
            out.push(Tok {
                kind,
                text,
                line: start,
            })
        };
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += (c[i] == '\n') as usize;
                    i += 1;
                }
            }
        } else if let Some((hashes, body)) = raw_string_start(&c, i) {
            i = body;
            while i < c.len() && !(c[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#')) {
                line += (c[i] == '\n') as usize;
                i += 1;
            }
            i += 1 + hashes;
            push(Kind::Literal, "\"\"".into());
        } else if ch == '"' || ((ch == 'b' || ch == 'c') && at(i + 1) == '"') {
            i = skip_quoted(if ch == '"' { i } else { i + 1 }, &mut line);
            push(Kind::Literal, "\"\"".into());
        } else if ch == 'b' && at(i + 1) == '\'' {
            i = skip_quoted(i + 1, &mut line);
            push(Kind::Literal, "''".into());
        } else if ch == '\'' {
            if at(i + 1) == '\\' || at(i + 2) == '\'' {
                i = skip_quoted(i, &mut line); // char literal: 'x', '\n', '\'', '\u{..}'
                push(Kind::Literal, "''".into());
            } else {
                let s = i; // lifetime or label: 'a, 'static
                i += 1;
                while i < c.len() && is_ident_char(c[i]) {
                    i += 1;
                }
                push(Kind::Lifetime, c[s..i].iter().collect());
            }
        } else if is_ident_start(ch) {
            if ch == 'r' && at(i + 1) == '#' && is_ident_start(at(i + 2)) {
                i += 2; // raw identifier r#type
            }
            let s = i;
            while i < c.len() && is_ident_char(c[i]) {
                i += 1;
            }
            push(Kind::Ident, c[s..i].iter().collect());
        } else if ch.is_ascii_digit() {
            while i < c.len() && is_ident_char(c[i]) {
                i += 1;
            }
            push(Kind::Literal, "0".into());
        } else if ch == ':' && at(i + 1) == ':' {
            i += 2;
            push(Kind::Punct, "::".into());
        } else {
            i += 1;
            push(Kind::Punct, ch.to_string());
        }
    }
    out
}

/// `r"`, `r#"`, `br##"`, `cr"`: the number of `#` and where the content starts.
fn raw_string_start(c: &[char], i: usize) -> Option<(usize, usize)> {
    let mut k = i;
    if matches!(c.get(k), Some('b' | 'c')) {
        k += 1;
    }
    if c.get(k) != Some(&'r') {
        return None;
    }
    k += 1;
    let hashes = c[k..].iter().take_while(|&&ch| ch == '#').count();
    (c.get(k + hashes) == Some(&'"')).then_some((hashes, k + hashes + 1))
}

/// Index of the bracket closing the one at `open` (brackets of all kinds nest).
fn closing(toks: &[Tok], open: usize) -> usize {
    let mut depth = 0i32;
    for (j, t) in toks.iter().enumerate().skip(open) {
        match t.text.as_str() {
            "(" | "[" | "{" if t.kind == Kind::Punct => depth += 1,
            ")" | "]" | "}" if t.kind == Kind::Punct => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return j;
        }
    }
    toks.len() - 1
}

/// Removes `#[cfg(test)] mod name { ... }` blocks; returns the code tokens and the line
/// ranges (inclusive) of the removed blocks.
fn strip_tests(toks: Vec<Tok>) -> (Vec<Tok>, Vec<(usize, usize)>) {
    let (mut out, mut ranges, mut i) = (Vec::new(), Vec::new(), 0);
    let text = |j: usize| toks.get(j).map_or("", |t: &Tok| t.text.as_str());
    while i < toks.len() {
        if (0..7)
            .map(|k| text(i + k))
            .eq(["#", "[", "cfg", "(", "test", ")", "]"])
        {
            let mut j = i + 7;
            while text(j) == "#" && text(j + 1) == "[" {
                j = closing(&toks, j + 1) + 1; // further attributes
            }
            if text(j) == "pub" {
                j += 1;
                if text(j) == "(" {
                    j = closing(&toks, j) + 1;
                }
            }
            if text(j) == "mod" && text(j + 2) == "{" {
                let end = closing(&toks, j + 2);
                ranges.push((toks[i].line, toks[end].line));
                i = end + 1;
                continue;
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    (out, ranges)
}

// ---------------------------------------------------------------------------------------
// One file: its uses, definitions and inline paths

#[derive(Clone, Debug, PartialEq)]
struct UseEntry {
    path: Vec<String>,
    /// The name the import binds (`as` alias, or the last segment); empty for globs.
    bound: String,
    glob: bool,
    reexport: bool,
}

/// Flattens one use tree starting at `*pos` (after `use`) into entries.
fn parse_use_tree(toks: &[Tok], pos: &mut usize, prefix: Vec<String>, out: &mut Vec<UseEntry>) {
    let mut path = prefix.clone();
    let entry = |path, bound, glob| UseEntry {
        path,
        bound,
        glob,
        reexport: false,
    };
    while let Some(t) = toks.get(*pos) {
        *pos += 1;
        match t.text.as_str() {
            "::" => {}
            "*" => return out.push(entry(path, String::new(), true)),
            "{" => {
                while toks.get(*pos).is_some_and(|t| t.text != "}") {
                    parse_use_tree(toks, pos, path.clone(), out);
                    if toks.get(*pos).is_some_and(|t| t.text == ",") {
                        *pos += 1;
                    }
                }
                *pos += 1;
                return;
            }
            _ if t.kind == Kind::Ident => {
                let group_self = t.text == "self" && path == prefix && !prefix.is_empty();
                if !group_self {
                    path.push(t.text.clone());
                }
                if toks.get(*pos).is_some_and(|t| t.text == "::") {
                    continue;
                }
                let mut bound = path.last().cloned().unwrap_or_default();
                if toks.get(*pos).is_some_and(|t| t.text == "as") {
                    bound = toks.get(*pos + 1).map_or(bound, |t| t.text.clone());
                    *pos += 2;
                }
                return out.push(entry(path, bound, false));
            }
            _ => return, // malformed: give up on this tree
        }
    }
}

/// Keywords that introduce an item; the identifier after one is the item's name.
const ITEM_KEYWORDS: &[&str] = &[
    "struct", "enum", "fn", "trait", "type", "const", "static", "union", "mod",
];
/// Words after an item keyword that are no name (`const fn`, `const unsafe fn`).
const NOT_NAMES: &[&str] = &["fn", "unsafe", "async", "extern"];

#[derive(Debug, Default)]
struct SourceFile {
    /// Path relative to `src/`, e.g. `auth/mod.rs`.
    rel: String,
    module: Vec<String>,
    toks: Vec<Tok>,
    uses: Vec<UseEntry>,
    /// Names of items defined at the top level of the file.
    defined: HashSet<String>,
    /// Identifiers in the code outside `use` declarations.
    idents: BTreeSet<String>,
    /// Paths (`a::b::c`) in the code outside `use` declarations.
    paths: Vec<Vec<String>>,
    lines: usize,
    test_lines: usize,
}

fn module_of(rel: &str) -> Vec<String> {
    if rel == "lib.rs" || rel == "main.rs" {
        return vec![];
    }
    let mut m: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if m.last().is_some_and(|s| s == "mod") {
        m.pop();
    }
    m
}

fn analyse(rel: &str, src: &str) -> SourceFile {
    let (toks, tests) = strip_tests(tokenize(src));
    let mut f = SourceFile {
        rel: rel.to_string(),
        module: module_of(rel),
        lines: src.lines().count(),
        test_lines: tests.iter().map(|(a, b)| b - a + 1).sum(),
        ..Default::default()
    };
    let text = |j: usize| toks.get(j).map_or("", |t: &Tok| t.text.as_str());
    let (mut i, mut depth, mut public) = (0, 0i32, false);
    while i < toks.len() {
        let t = &toks[i];
        let was_public = std::mem::take(&mut public);
        match (t.kind, t.text.as_str()) {
            (Kind::Punct, "{") => depth += 1,
            (Kind::Punct, "}") => depth -= 1,
            (Kind::Ident, "pub") => {
                public = true; // skip `pub(crate)`, `pub(in crate::x)`: not imports
                i = if text(i + 1) == "(" {
                    closing(&toks, i + 1) + 1
                } else {
                    i + 1
                };
                continue;
            }
            (Kind::Ident, "use") => {
                let (mut pos, first) = (i + 1, f.uses.len());
                parse_use_tree(&toks, &mut pos, vec![], &mut f.uses);
                f.uses[first..]
                    .iter_mut()
                    .for_each(|u| u.reexport = was_public);
                while pos < toks.len() && toks[pos].text != ";" {
                    pos += 1;
                }
                i = pos + 1;
                continue;
            }
            (Kind::Ident, word) => {
                // `struct Name`, `pub(crate) fn name`, `mod name {`; not `const fn`, `mod x;`
                let next = toks.get(i + 1).filter(|n| n.kind == Kind::Ident);
                if depth == 0
                    && ITEM_KEYWORDS.contains(&word)
                    && !(word == "mod" && text(i + 2) == ";")
                    && let Some(n) = next.filter(|n| !NOT_NAMES.contains(&n.text.as_str()))
                {
                    f.defined.insert(n.text.clone());
                }
                if depth == 0 && word == "macro_rules" && text(i + 1) == "!" {
                    f.defined.insert(text(i + 2).to_string());
                }
                if text(i.wrapping_sub(1)) != "mod" {
                    f.idents.insert(word.to_string()); // not `mod rank;`: a declaration is no use
                }
                if text(i.wrapping_sub(1)) != "::" && text(i + 1) == "::" {
                    let (mut segs, mut j) = (vec![word.to_string()], i);
                    while text(j + 1) == "::"
                        && toks.get(j + 2).is_some_and(|t| t.kind == Kind::Ident)
                    {
                        segs.push(toks[j + 2].text.clone());
                        j += 2;
                    }
                    if segs.len() > 1 {
                        f.paths.push(segs);
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    f.toks = toks;
    f
}

// ---------------------------------------------------------------------------------------
// The crate: module tree, name resolution, import graph

struct Crate {
    files: Vec<SourceFile>,
    by_module: HashMap<Vec<String>, usize>,
}

/// What a path leads to: an item defined in a file (and the name used), a module, or
/// something outside the crate (std, diesel, ...).
#[derive(Clone, Debug, PartialEq)]
enum Res {
    Item(usize, String),
    Module(Vec<String>),
    External,
}

type Seen = HashSet<(Vec<String>, String)>;
/// Import graph: (from file, to file) → names used.
type Edges = BTreeMap<(usize, usize), BTreeSet<String>>;

impl Crate {
    fn new(mut sources: Vec<(String, String)>) -> Crate {
        sources.sort();
        let files: Vec<SourceFile> = sources.iter().map(|(rel, src)| analyse(rel, src)).collect();
        let mut by_module = HashMap::new();
        for (i, f) in files.iter().enumerate() {
            if f.rel != "main.rs" || !by_module.contains_key(&f.module) {
                by_module.insert(f.module.clone(), i); // the crate root is lib.rs if any
            }
        }
        Crate { files, by_module }
    }

    fn load(src: &Path) -> Crate {
        fn walk(dir: &Path, src: &Path, out: &mut Vec<(String, String)>) {
            let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
                panic!(
                    "cannot read {}: {e} (rerun if files are being moved)",
                    dir.display()
                )
            });
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, src, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                        panic!(
                            "cannot read {}: {e} (rerun if files are being moved)",
                            path.display()
                        )
                    });
                    let rel = path
                        .strip_prefix(src)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/");
                    out.push((rel, text));
                }
            }
        }
        let mut sources = Vec::new();
        walk(src, src, &mut sources);
        Crate::new(sources)
    }

    fn name(&self, f: usize) -> String {
        format!("src/{}", self.files[f].rel)
    }

    /// Where a path written in module `ctx` starts: (module, segments consumed), or None
    /// if it leaves the crate or names something local to the file.
    fn anchor(&self, ctx: &[String], segs: &[String]) -> Option<(Vec<String>, usize)> {
        let supers = segs.iter().take_while(|s| *s == "super").count();
        match segs.first()?.as_str() {
            "crate" => Some((vec![], 1)),
            "self" => Some((ctx.to_vec(), 1)),
            "super" => Some((ctx[..ctx.len().checked_sub(supers)?].to_vec(), supers)),
            first => {
                let child = [ctx, &[first.to_string()]].concat();
                if self.by_module.contains_key(&child) {
                    Some((ctx.to_vec(), 0)) // uniform path into a child module
                } else if first == LIB_CRATE {
                    Some((vec![], 1))
                } else {
                    None
                }
            }
        }
    }

    /// Walks `segs` from module `base`: down the module tree while files exist, then
    /// through the definitions and re-exports of the module reached.
    fn resolve(&self, base: Vec<String>, segs: &[String], seen: &mut Seen) -> Res {
        let mut m = base;
        for s in segs {
            let child = [&m[..], std::slice::from_ref(s)].concat();
            if self.by_module.contains_key(&child) {
                m = child;
                continue;
            }
            let Some(&file) = self.by_module.get(&m) else {
                return Res::External;
            };
            match self.lookup(&m, s, seen) {
                Some(Res::Module(q)) => m = q, // a re-exported module: keep walking
                Some(Res::Item(g, _)) => return Res::Item(g, s.clone()),
                Some(Res::External) => return Res::External,
                None => return Res::Item(file, s.clone()), // unknown (e.g. macro-made): the module's file
            }
        }
        Res::Module(m)
    }

    fn resolve_use(&self, ctx: &[String], u: &UseEntry, seen: &mut Seen) -> Res {
        match self.anchor(ctx, &u.path) {
            Some((base, k)) => self.resolve(base, &u.path[k..], seen),
            None => Res::External,
        }
    }

    /// Looks a name up in the file of module `m`: defined there, imported or re-exported
    /// by name, or reachable through a glob. None if not found.
    fn lookup(&self, m: &[String], name: &str, seen: &mut Seen) -> Option<Res> {
        let f = *self.by_module.get(m)?;
        if !seen.insert((m.to_vec(), name.to_string())) {
            return None; // a re-export loop
        }
        let file = &self.files[f];
        if file.defined.contains(name) {
            return Some(Res::Item(f, name.to_string()));
        }
        if let Some(u) = file.uses.iter().find(|u| !u.glob && u.bound == name) {
            return Some(self.resolve_use(m, u, seen));
        }
        for u in file.uses.iter().filter(|u| u.glob) {
            if let Res::Module(q) = self.resolve_use(m, u, seen)
                && let Some(r @ Res::Item(..)) = self.lookup(&q, name, seen)
            {
                return Some(r);
            }
        }
        None
    }

    /// The file-level import graph, self-edges dropped.
    fn edges(&self) -> Edges {
        let mut edges = Edges::new();
        for (f, file) in self.files.iter().enumerate() {
            let ctx = &file.module;
            let mut add = |to: usize, name: &str| {
                if to != f {
                    edges.entry((f, to)).or_default().insert(name.to_string());
                }
            };
            // Names bound by `use` (anywhere in the file): a path starting with one
            // continues the imported path (`use crate::db::queries; queries::people::x`).
            let aliases: HashMap<&str, &UseEntry> = file
                .uses
                .iter()
                .filter(|u| !u.glob)
                .map(|u| (u.bound.as_str(), u))
                .collect();
            for u in &file.uses {
                match (self.resolve_use(ctx, u, &mut Seen::new()), u.glob) {
                    (Res::Module(q), true) if !u.reexport => {
                        for id in &file.idents {
                            if let Some(Res::Item(g, _)) = self.lookup(&q, id, &mut Seen::new()) {
                                add(g, id);
                            }
                        }
                    }
                    (Res::Item(g, n), _) if !u.reexport || file.idents.contains(&u.bound) => {
                        add(g, &n)
                    }
                    _ => {}
                }
            }
            for p in &file.paths {
                let full = match aliases.get(p[0].as_str()) {
                    Some(u) => [&u.path[..], &p[1..]].concat(),
                    None => p.clone(),
                };
                let Some((base, k)) = self.anchor(ctx, &full) else {
                    continue;
                };
                match self.resolve(base, &full[k..], &mut Seen::new()) {
                    Res::Item(g, n) => add(g, &n),
                    Res::Module(q) => {
                        if let Some(&g) = self.by_module.get(&q) {
                            add(g, q.last().map_or("crate", |s| s));
                        }
                    }
                    Res::External => {}
                }
            }
        }
        edges
    }

    /// The top-level module a file belongs to (`lib.rs`/`main.rs` for the roots).
    fn top(&self, f: usize) -> String {
        let file = &self.files[f];
        file.module
            .first()
            .cloned()
            .unwrap_or_else(|| file.rel.clone())
    }

    /// Lines where the code of file `f` mentions `pattern` (`diesel`, `crate::db`).
    fn mentions(&self, f: usize, pattern: &str) -> Vec<usize> {
        let want: Vec<&str> = pattern.split("::").collect();
        let toks = &self.files[f].toks;
        (0..toks.len())
            .filter(|&i| {
                want.iter().enumerate().all(|(k, w)| {
                    toks.get(i + 2 * k).is_some_and(|t| t.text == *w)
                        && (k == 0 || toks[i + 2 * k - 1].text == "::")
                })
            })
            .map(|i| toks[i].line)
            .collect()
    }
}

/// Strongly connected components (Tarjan), each sorted.
fn components(n: usize, edges: &Edges) -> Vec<Vec<usize>> {
    struct Tarjan {
        adj: Vec<Vec<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut Tarjan, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on_stack[v] = true;
        for w in t.adj[v].clone() {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on_stack[w] => t.low[v] = t.low[v].min(iw),
                _ => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on_stack[w] = false;
                comp.push(w);
                if w == v {
                    break;
                }
            }
            comp.sort();
            t.out.push(comp);
        }
    }
    let mut adj = vec![Vec::new(); n];
    edges.keys().for_each(|&(a, b)| adj[a].push(b));
    let mut t = Tarjan {
        adj,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: vec![],
        next: 0,
        out: vec![],
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

fn load() -> (Crate, Edges) {
    let root = option_env!("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::current_dir().unwrap());
    let krate = Crate::load(&root.join("src"));
    let edges = krate.edges();
    (krate, edges)
}

fn names(set: &BTreeSet<String>) -> String {
    set.iter().cloned().collect::<Vec<_>>().join(", ")
}

/// Prints the report and the summary; fails with the summary if anything was found.
fn finish(summary: String, report: Vec<String>, advice: &str) {
    for line in &report {
        println!("{line}");
    }
    if !report.is_empty() {
        panic!("{summary}\n{advice}");
    }
    println!("{summary}");
}

// ---------------------------------------------------------------------------------------
// The rules

#[test]
fn no_import_cycles() {
    let (krate, edges) = load();
    let cycles: Vec<Vec<usize>> = components(krate.files.len(), &edges)
        .into_iter()
        .filter(|c| c.len() > 1)
        .collect();
    let mut report = Vec::new();
    for (k, comp) in cycles.iter().enumerate() {
        let files: Vec<String> = comp.iter().map(|&f| krate.name(f)).collect();
        report.push(format!(
            "cycle {} ({} files): {}",
            k + 1,
            comp.len(),
            files.join(", ")
        ));
        for ((a, b), used) in edges
            .range((comp[0], 0)..)
            .filter(|((a, b), _)| comp.contains(a) && comp.contains(b))
        {
            report.push(format!(
                "    {} -> {}: {}",
                krate.name(*a),
                krate.name(*b),
                names(used)
            ));
        }
    }
    let summary = format!(
        "checked {} files, {} imports: {} cycles",
        krate.files.len(),
        edges.len(),
        cycles.len()
    );
    finish(
        summary,
        report,
        "break each cycle: move the shared item down to the lower file, or pass it in (see docs/ARCHITECTURE.md)",
    );
}

#[test]
fn layers_point_down() {
    let (krate, edges) = load();
    let layer_of = |top: &str| LAYERS.iter().position(|l| l.contains(&top));
    let mut report = Vec::new();
    let tops: BTreeSet<String> = (0..krate.files.len()).map(|f| krate.top(f)).collect();
    let missing: Vec<&String> = tops.iter().filter(|t| layer_of(t).is_none()).collect();
    for top in &missing {
        let single =
            top.ends_with(".rs") || krate.files.iter().any(|f| f.rel == format!("{top}.rs"));
        let shown = if single {
            format!(
                "src/{}",
                if top.ends_with(".rs") {
                    top.to_string()
                } else {
                    format!("{top}.rs")
                }
            )
        } else {
            format!("src/{top}/")
        };
        report.push(format!("{shown} is in no layer: add `{top}` to LAYERS at the top of tests/architecture.rs, or move it into a module that is"));
    }
    let mut violations = 0;
    for ((a, b), used) in &edges {
        if let (Some(la), Some(lb)) = (layer_of(&krate.top(*a)), layer_of(&krate.top(*b)))
            && lb > la
        {
            violations += 1;
            report.push(format!(
                "{} -> {} (layer {la} imports layer {lb}): {}",
                krate.name(*a),
                krate.name(*b),
                names(used)
            ));
        }
    }
    let absent: Vec<&str> = LAYERS
        .iter()
        .flat_map(|l| l.iter().copied())
        .filter(|t| !tops.contains(*t))
        .collect();
    if !absent.is_empty() {
        println!("note: in LAYERS but not in src/ yet: {}", absent.join(", "));
    }
    let summary = format!(
        "checked {} files, {} imports: {violations} layer violations, {} top-level modules missing from LAYERS",
        krate.files.len(),
        edges.len(),
        missing.len()
    );
    finish(
        summary,
        report,
        "a file may import its own layer or lower ones: move the item down, or invert the dependency (see docs/ARCHITECTURE.md)",
    );
}

#[test]
fn pure_modules_stay_pure() {
    let (krate, _) = load();
    let pure: Vec<usize> = (0..krate.files.len())
        .filter(|&f| PURE_MODULES.contains(&krate.top(f).as_str()))
        .collect();
    let mut report = Vec::new();
    for &f in &pure {
        for pattern in IMPURE {
            let lines = krate.mentions(f, pattern);
            if !lines.is_empty() {
                report.push(format!(
                    "{} mentions {pattern} (lines {})",
                    krate.name(f),
                    lines
                        .iter()
                        .map(|l| l.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    let summary = format!(
        "checked {} files of {}: {} mentions of {}",
        pure.len(),
        PURE_MODULES.join(", "),
        report.len(),
        IMPURE.join(", ")
    );
    finish(
        summary,
        report,
        "pure modules hold value types and algorithms: move the I/O to db/, app/ or web/",
    );
}

#[test]
fn handlers_hold_no_diesel() {
    let (krate, _) = load();
    let handlers: Vec<usize> = (0..krate.files.len())
        .filter(|&f| krate.files[f].rel.starts_with(HANDLER_DIR))
        .collect();
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for &f in &handlers {
        for pattern in HANDLER_FORBIDDEN {
            let n = krate.mentions(f, pattern).len();
            if n > 0 {
                found.push((n, f, pattern));
            }
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let report = found
        .iter()
        .map(|(n, f, p)| {
            format!(
                "{}: {n} mention{} of {p}",
                krate.name(*f),
                if *n == 1 { "" } else { "s" }
            )
        })
        .collect();
    if handlers.is_empty() {
        println!("note: no files under src/{HANDLER_DIR} yet");
    }
    let summary = format!(
        "checked {} handler files under src/{HANDLER_DIR}: {} mention {}",
        handlers.len(),
        found.len(),
        HANDLER_FORBIDDEN.join(", ")
    );
    finish(
        summary,
        report,
        "handlers call use cases in app/; move the queries to db/queries/",
    );
}

#[test]
fn files_stay_short() {
    let (krate, _) = load();
    let mut report = Vec::new();
    let mut long = 0;
    let mut sizes: Vec<(usize, &SourceFile)> = krate
        .files
        .iter()
        .filter(|f| !GENERATED.contains(&f.rel.as_str()))
        .map(|f| (f.lines - f.test_lines, f))
        .collect();
    sizes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.rel.cmp(&b.1.rel)));
    for (n, f) in &sizes {
        let allowed = STILL_LONG
            .iter()
            .find(|(rel, _)| *rel == f.rel)
            .map(|x| x.1);
        if *n > MAX_LINES {
            long += 1;
        }
        match allowed {
            None if *n > MAX_LINES => report.push(format!(
                "src/{}: {n} lines, over {MAX_LINES}: split it",
                f.rel
            )),
            Some(max) if *n > max => report.push(format!(
                "src/{}: {n} lines, grew past its {max} in STILL_LONG: split it",
                f.rel
            )),
            Some(_) if *n <= MAX_LINES => report.push(format!(
                "src/{}: {n} lines, short now: remove it from STILL_LONG",
                f.rel
            )),
            _ => {}
        }
    }
    for (rel, _) in STILL_LONG {
        if !sizes.iter().any(|(_, f)| f.rel == *rel) {
            report.push(format!(
                "src/{rel}: in STILL_LONG but gone: remove its line"
            ));
        }
    }
    let largest = sizes
        .first()
        .map(|(n, f)| format!("; the largest is src/{} ({n})", f.rel))
        .unwrap_or_default();
    let summary = format!(
        "checked {} files: {long} longer than {MAX_LINES} lines (tests and generated files \
         not counted), {} listed in STILL_LONG{largest}",
        sizes.len(),
        STILL_LONG.len()
    );
    finish(
        summary,
        report,
        "split long files along their responsibilities",
    );
}

// ---------------------------------------------------------------------------------------
// Tests of the checker itself, on in-memory sources

fn crate_of(files: &[(&str, &str)]) -> Crate {
    Crate::new(
        files
            .iter()
            .map(|(p, s)| (p.to_string(), s.to_string()))
            .collect(),
    )
}

#[test]
fn checker_flattens_nested_use_groups() {
    let f = analyse(
        "x.rs",
        "pub use crate::{a::{b, c as d}, e::*, f::{self as g}};\nuse ::std::io;",
    );
    let got: Vec<(String, &str, bool, bool)> = f
        .uses
        .iter()
        .map(|u| (u.path.join("::"), u.bound.as_str(), u.glob, u.reexport))
        .collect();
    let want = vec![
        ("crate::a::b".to_string(), "b", false, true),
        ("crate::a::c".to_string(), "d", false, true),
        ("crate::e".to_string(), "", true, true),
        ("crate::f".to_string(), "g", false, true),
        ("std::io".to_string(), "io", false, false),
    ];
    assert_eq!(got, want);
}

#[test]
fn checker_ignores_comments_literals_and_tests() {
    let src = r####"
        // crate::line::comment
        /// crate::doc::comment
        /* crate::block /* nested crate::x */ still::comment */
        fn f<'a>(s: &'a str) -> char { let _ = "crate::string"; let _ = r#"crate::raw "q" "#; 'x' }
        fn g() -> char { let _ = b'\''; let _ = "continued \
            crate::still::string"; '\'' }
        fn h() { crate::real::thing(); }
        #[cfg(test)]
        mod tests {
            use crate::only::in_tests;
        }
    "####;
    let f = analyse("x.rs", src);
    assert_eq!(
        f.paths,
        vec![vec!["crate".to_string(), "real".into(), "thing".into()]]
    );
    let real = f.toks.iter().find(|t| t.text == "real").unwrap();
    assert_eq!(real.line, 8, "line numbers survive literals spanning lines");
    assert!(f.uses.is_empty());
    assert_eq!(f.test_lines, 4);
    assert!(f.defined.contains("f") && f.defined.contains("h"));
}

#[test]
fn checker_resolves_super_and_reexports_to_the_defining_file() {
    let krate = crate_of(&[
        ("lib.rs", "pub mod a; pub mod n;"),
        (
            "a/mod.rs",
            "pub mod b; pub mod c; pub use c::Thing; pub struct Top;",
        ),
        (
            "a/b.rs",
            "use super::Thing; use crate::n; fn f() { super::Top; n::Deep; crate::a::c::helper(); }",
        ),
        (
            "a/c.rs",
            "pub struct Thing; pub fn helper() {} fn g() -> super::Top { todo!() }",
        ),
        ("n/mod.rs", "mod inner; pub use inner::*;"),
        ("n/inner.rs", "pub struct Deep;"),
    ]);
    let edges = krate.edges();
    let named: BTreeMap<(String, String), String> = edges
        .iter()
        .map(|((a, b), n)| ((krate.name(*a), krate.name(*b)), names(n)))
        .collect();
    let e = |a: &str, b: &str| {
        named
            .get(&(format!("src/{a}"), format!("src/{b}")))
            .cloned()
    };
    assert_eq!(e("a/b.rs", "a/c.rs").as_deref(), Some("Thing, helper")); // through the re-export
    assert_eq!(e("a/b.rs", "a/mod.rs").as_deref(), Some("Top")); // super of a non-mod.rs file
    assert_eq!(e("a/b.rs", "n/inner.rs").as_deref(), Some("Deep")); // alias + glob re-export
    assert_eq!(e("a/mod.rs", "a/c.rs"), None); // a facade does not depend on its child
    assert_eq!(
        components(krate.files.len(), &edges)
            .iter()
            .filter(|c| c.len() > 1)
            .count(),
        0
    );
}
