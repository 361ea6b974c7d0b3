//! The plugins shipped inside the `docflow` binary, compiled by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/builtin_plugins.rs"));

/// The built-in plugin called `name`, with its component bytes.
pub fn find(name: &str) -> Option<(&'static str, &'static [u8])> {
    BUILTIN_PLUGINS.iter().find(|(n, _)| *n == name).copied()
}

pub fn names() -> Vec<&'static str> {
    BUILTIN_PLUGINS.iter().map(|(name, _)| *name).collect()
}
