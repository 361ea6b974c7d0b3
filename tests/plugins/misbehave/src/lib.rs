//! A plugin for docflow's own tests. It passes documents through unchanged
//! unless their text contains one of these markers:
//!
//! - `TRAP-ME`: panics (a trap in the host)
//! - `BAD-SPAN`: returns an entity that ends past the text
//! - `LOOP-FOREVER`: never returns
//! - `EAT-MEMORY`: allocates until memory runs out
//! - `SAY-NO`: returns a typed invalid-input error
//! - `SLOW-DOWN`: busy-waits a while (plugins have no clock), then passes

use docflow_sdk::{Document, Output, Plugin, PluginError, PluginInfo};

pub struct Misbehave;

impl Plugin for Misbehave {
    type Config = serde_json::Value;

    fn info() -> PluginInfo {
        PluginInfo::transform("Misbehaves on request (test fixture)")
    }

    fn new(_config: serde_json::Value) -> Result<Self, PluginError> {
        Ok(Misbehave)
    }

    fn process(&mut self, mut doc: Document) -> Result<Output, PluginError> {
        let text = doc.text.clone();
        if text.contains("TRAP-ME") {
            panic!("asked to trap on {}", doc.source_file);
        }
        if text.contains("BAD-SPAN") {
            doc.entities
                .push(docflow_sdk::Entity::new("PERSON", 0..text.len() + 10));
            return Ok(doc.into());
        }
        if text.contains("LOOP-FOREVER") {
            let mut n: u64 = 0;
            loop {
                n = std::hint::black_box(n.wrapping_add(1));
            }
        }
        if text.contains("EAT-MEMORY") {
            let mut hoard: Vec<Vec<u8>> = Vec::new();
            loop {
                hoard.push(vec![1; 1 << 20]);
                std::hint::black_box(&hoard);
            }
        }
        if text.contains("SLOW-DOWN") {
            let mut n: u64 = 0;
            for i in 0..60_000_000u64 {
                n = std::hint::black_box(n.wrapping_add(i));
            }
            std::hint::black_box(n);
        }
        if text.contains("SAY-NO") {
            return Err(PluginError::invalid_input("this document says no"));
        }
        Ok(Output::unchanged())
    }
}

docflow_sdk::register_plugin!(Misbehave);
