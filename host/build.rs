//! Compiles the shipped plugins (`plugins/*`) into components that the
//! `docflow` binary embeds, so `plugin = "clean"` works without any file.

use std::path::Path;

const BUILTIN_PLUGINS: &[&str] = &["clean", "tag", "export-json"];

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("host/ is inside the workspace");
    for plugin in BUILTIN_PLUGINS {
        docflow_guest_build::watch(&workspace.join("plugins").join(plugin));
    }
    let guests = docflow_guest_build::build(workspace, BUILTIN_PLUGINS);
    docflow_guest_build::write_constants("builtin_plugins.rs", "BUILTIN_PLUGINS", &guests);
}
