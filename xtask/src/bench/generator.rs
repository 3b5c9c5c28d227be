//! `cargo xtask bench-generator`: how long generation takes on `channels.yaml`, on the
//! largest document of the spec corpus, and on synthetic documents of growing size.
//! The phases are timed apart: loading (read, parse, reference check), lowering to the IR,
//! and emitting (tokens, then prettyplease's layout), which is all `cargo xtask regen` and
//! `cargo xtask generate` do besides writing the files. CPU time is reported beside wall
//! time, as the machine the bench runs on may be shared.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use openapi_codegen::GenerateOptions;
use openapi_codegen::load::load_file;
use openapi_codegen::lower::lower;
use openapi_codegen::workspace::generate_from_api;
use serde_json::{Value, json};

use crate::files::repo_root;

/// Operation counts of the synthetic documents.
const SIZES: [usize; 3] = [100, 1_000, 5_000];

pub fn run(specs: Option<PathBuf>) -> Result<bool> {
    let root = repo_root();
    let specs = specs.unwrap_or_else(|| root.join("..").join("shared").join("specs"));
    let work =
        std::env::temp_dir().join(format!("channels-bench-generator-{}", std::process::id()));
    std::fs::create_dir_all(&work)?;

    let mut documents = vec![(
        "openapi/channels.yaml".to_owned(),
        root.join("openapi/channels.yaml"),
    )];
    let (largest, most_operations) = corpus_extremes(&specs)?;
    if let Some(largest) = &largest {
        documents.push((
            format!("{} (largest file in the corpus)", file_name(largest)),
            largest.clone(),
        ));
    }
    if let Some(most) = most_operations.filter(|most| Some(most) != largest.as_ref()) {
        documents.push((
            format!("{} (most operations in the corpus)", file_name(&most)),
            most,
        ));
    }
    for operations in SIZES {
        let path = work.join(format!("synthetic-{operations}.json"));
        std::fs::write(&path, serde_json::to_string(&synthetic(operations))?)?;
        documents.push((format!("synthetic, {operations} operations"), path));
    }

    println!(
        "| document | operations | load ms | lower ms | emit ms | total ms | CPU ms | ms per operation |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (label, path) in &documents {
        let timing =
            time_document(path).with_context(|| format!("generating from {}", path.display()))?;
        let total = timing.total;
        let cpu = timing
            .cpu
            .map_or_else(|| "n/a".to_owned(), |cpu| format!("{:.0}", ms(cpu)));
        println!(
            "| {label} | {} | {:.0} | {:.0} | {:.0} | {:.0} | {cpu} | {:.2} |",
            timing.operations,
            ms(timing.load),
            ms(timing.lower),
            ms(timing.emit),
            ms(total),
            ms(total) / timing.operations.max(1) as f64
        );
    }
    let _ = std::fs::remove_dir_all(&work);
    Ok(true)
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The largest `.yaml`/`.yml`/`.json` file in `dir` by size, and the one with the most
/// operations (documents that do not parse are left out of the count).
fn corpus_extremes(dir: &Path) -> Result<(Option<PathBuf>, Option<PathBuf>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok((None, None));
    };
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry?.path();
        if matches!(
            path.extension().and_then(|ext| ext.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            paths.push(path);
        }
    }
    // Sorted, so ties are broken the same way on every machine.
    paths.sort();
    let mut largest: Option<(u64, PathBuf)> = None;
    let mut most: Option<(usize, PathBuf)> = None;
    for path in paths {
        let size = std::fs::metadata(&path)?.len();
        if largest.as_ref().is_none_or(|(best, _)| size > *best) {
            largest = Some((size, path.clone()));
        }
        let Ok(operations) = count_operations(&path) else {
            continue;
        };
        if most.as_ref().is_none_or(|(best, _)| operations > *best) {
            most = Some((operations, path));
        }
    }
    Ok((largest.map(|(_, path)| path), most.map(|(_, path)| path)))
}

/// One document's generation: the fastest of three rounds for documents of up to 1,000
/// operations (one round above), each phase as measured in that round.
struct Timing {
    operations: usize,
    load: Duration,
    lower: Duration,
    emit: Duration,
    /// The whole round, freeing what it built included.
    total: Duration,
    /// CPU time of the whole round (user and system), where the platform tells it.
    cpu: Option<Duration>,
}

fn time_document(path: &Path) -> Result<Timing> {
    let options = GenerateOptions::new(
        "bench",
        &path.display().to_string(),
        "cargo xtask bench-generator",
    );
    let operations = count_operations(path)?;
    let rounds = if operations > 1_000 { 1 } else { 3 };
    let mut best: Option<Timing> = None;
    for _ in 0..rounds {
        let cpu_before = process_cpu_time();
        let started = Instant::now();
        let document = load_file(path)?;
        let loaded = Instant::now();
        let api = lower(&document)?;
        let lowered = Instant::now();
        let files = generate_from_api(&api, &options)?;
        let emitted = Instant::now();
        // Freeing the trees is part of a run too (total, not emit).
        drop((files, api, document));
        let finished = Instant::now();
        let cpu = process_cpu_time()
            .zip(cpu_before)
            .map(|(after, before)| after.saturating_sub(before));
        let timing = Timing {
            operations,
            load: loaded - started,
            lower: lowered - loaded,
            emit: emitted - lowered,
            total: finished - started,
            cpu,
        };
        if best.as_ref().is_none_or(|best| timing.total < best.total) {
            best = Some(timing);
        }
    }
    best.context("no round ran")
}

/// User plus system CPU time of this process so far (Linux: `/proc/self/stat`, in clock
/// ticks of 10 ms).
fn process_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may contain spaces).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn count_operations(path: &Path) -> Result<usize> {
    let text = std::fs::read_to_string(path)?;
    let document: Value = if path.extension().is_some_and(|ext| ext == "json") {
        serde_json::from_str(&text)?
    } else {
        yaml_serde::from_str(&text)?
    };
    const METHODS: [&str; 8] = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    Ok(document["paths"]
        .as_object()
        .map(|paths| {
            paths
                .values()
                .map(|item| METHODS.iter().filter(|m| item.get(**m).is_some()).count())
                .sum()
        })
        .unwrap_or(0))
}

/// A document of `operations` operations in the shape of a typical CRUD API: per
/// resource a GET by id (path parameter, query parameter, a response schema) and a POST
/// with a request body, each resource with its own schemas.
pub fn synthetic(operations: usize) -> Value {
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    for n in 0..operations.div_ceil(2) {
        let item = format!("Item{n}");
        let create = format!("Item{n}Create");
        schemas.insert(
            item.clone(),
            json!({
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "name": {"type": "string", "maxLength": 100},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "active": {"type": "boolean"}
                }
            }),
        );
        schemas.insert(
            create.clone(),
            json!({
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 100},
                    "active": {"type": "boolean", "default": true}
                }
            }),
        );
        let item_ref = json!({"$ref": format!("#/components/schemas/{item}")});
        paths.insert(
            format!("/items{n}/{{item_id}}"),
            json!({"get": {
                "operationId": format!("get_item{n}"),
                "parameters": [
                    {"name": "item_id", "in": "path", "required": true,
                     "schema": {"type": "integer", "format": "int64"}},
                    {"name": "verbose", "in": "query", "required": false,
                     "schema": {"type": "boolean"}}
                ],
                "responses": {
                    "200": {"description": "found",
                            "content": {"application/json": {"schema": item_ref}}},
                    "404": {"description": "missing"}
                }
            }}),
        );
        if 2 * n + 1 < operations {
            paths.insert(
                format!("/items{n}"),
                json!({"post": {
                    "operationId": format!("create_item{n}"),
                    "requestBody": {"required": true, "content": {"application/json": {
                        "schema": {"$ref": format!("#/components/schemas/{create}")}}}},
                    "responses": {
                        "201": {"description": "created",
                                "content": {"application/json": {"schema": item_ref}}}
                    }
                }}),
            );
        }
    }
    json!({
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas}
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_documents_have_the_asked_number_of_operations() -> Result<()> {
        for operations in [1, 2, 7, 100] {
            let dir = std::env::temp_dir().join(format!("synthetic-test-{}", std::process::id()));
            std::fs::create_dir_all(&dir)?;
            let path = dir.join(format!("doc-{operations}.json"));
            std::fs::write(&path, serde_json::to_string(&synthetic(operations))?)?;
            assert_eq!(count_operations(&path)?, operations);
            std::fs::remove_file(&path)?;
        }
        Ok(())
    }
}
