//! A plugin built against `docflow:plugin@0.2.0` (a copy of the WIT with a
//! newer, incompatible version): the host must refuse it by name.
#![cfg(target_arch = "wasm32")]

wit_bindgen::generate!({ path: "wit", world: "docflow-plugin" });

use docflow::plugin::types::{Document, Output, PluginError, PluginInfo, PluginKind};
use exports::docflow::plugin::plugin::Guest;

struct Future;

impl Guest for Future {
    fn describe() -> PluginInfo {
        PluginInfo {
            name: "future-plugin".into(),
            version: "9.9.9".into(),
            description: "built for an interface from the future".into(),
            kind: PluginKind::Transform,
            config: Vec::new(),
        }
    }

    fn configure(_config_json: String) -> Result<(), PluginError> {
        Ok(())
    }

    fn process(_doc: Document) -> Result<Output, PluginError> {
        Ok(Output {
            document: None,
            artifacts: Vec::new(),
        })
    }
}

export!(Future);
