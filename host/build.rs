//! Compiles the shipped plugins (`plugins/*`) into components that the
//! `docflow` binary embeds, so `plugin = "clean"` works without any file,
//! and the test plugins of `tests/plugins`, whose paths the e2e tests read.

use std::path::PathBuf;

const BUILTIN_PLUGINS: &[&str] = &[
    "clean",
    "tag",
    "export-json",
    "export-jsonl",
    "export-csv",
    "export-markdown",
    "export-html",
];
/// Built with wasm SIMD: measured faster with it (the others were not).
const SIMD_PLUGINS: &[&str] = &["clean"];
/// Plugins only the end-to-end tests in `tests/` use; not embedded.
const TEST_PLUGINS: &[&str] = &["misbehave", "future-plugin", "hello_cli"];

fn main() {
    // Read at run time: a compiled build script is reused by a target
    // directory shared between checkouts, and `env!` would keep the path of
    // the checkout that first built it.
    let manifest_dir = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let workspace = manifest_dir
        .parent()
        .expect("host/ is inside the workspace");
    // The fuzz targets (fuzz/) build the host with nightly and sanitizers;
    // they load no plugin, and building the guests there too would double
    // that build. Such a binary has no built-in plugins.
    println!("cargo::rerun-if-env-changed=DOCFLOW_WITHOUT_PLUGINS");
    if std::env::var_os("DOCFLOW_WITHOUT_PLUGINS").is_some() {
        docflow_guest_build::write_constants("builtin_plugins.rs", "BUILTIN_PLUGINS", &[]);
        docflow_guest_build::write_paths("test_plugins.rs", &[]);
        return;
    }
    for plugin in BUILTIN_PLUGINS {
        docflow_guest_build::watch(&workspace.join("plugins").join(plugin));
    }
    docflow_guest_build::watch(&workspace.join("tests").join("plugins"));
    let all: Vec<&str> = BUILTIN_PLUGINS
        .iter()
        .chain(TEST_PLUGINS)
        .copied()
        .collect();
    let (simd, plain): (Vec<&str>, Vec<&str>) = all
        .iter()
        .partition(|package| SIMD_PLUGINS.contains(package));
    let mut guests = docflow_guest_build::build_simd(workspace, &simd);
    guests.extend(docflow_guest_build::build(workspace, &plain));
    let (builtin, test): (Vec<_>, Vec<_>) = guests
        .into_iter()
        .partition(|guest| BUILTIN_PLUGINS.contains(&guest.package.as_str()));
    docflow_guest_build::write_constants("builtin_plugins.rs", "BUILTIN_PLUGINS", &builtin);
    docflow_guest_build::write_paths("test_plugins.rs", &test);
}
