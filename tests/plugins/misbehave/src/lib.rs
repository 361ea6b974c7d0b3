//! A plugin for docflow's own tests. It passes documents through unchanged
//! unless their text contains one of these markers:
//!
//! - `TRAP-ME`: panics (a trap in the host)
//! - `BAD-SPAN`: returns an entity that ends past the text
//! - `LOOP-FOREVER`: never returns
//! - `EAT-MEMORY`: allocates until memory runs out
//! - `SAY-NO`: returns a typed invalid-input error
//! - `SLOW-DOWN`: busy-waits a while (plugins have no clock), then passes
//! - `OPEN-FILE`: tries to read a file of the host machine
//! - `MANY-ENTITIES`: returns a million entities
//! - `HUGE-OUTPUT`: returns a 100 MB text
//!
//! With the config `{"echo": true}` it hands every document back whole
//! instead of `unchanged` (the benchmarks' measure of the return copy).

use docflow_sdk::{Document, Output, Plugin, PluginError, PluginInfo};

pub struct Misbehave {
    echo: bool,
}

impl Plugin for Misbehave {
    type Config = serde_json::Value;

    fn info() -> PluginInfo {
        PluginInfo::transform("Misbehaves on request (test fixture)")
    }

    fn new(config: serde_json::Value) -> Result<Self, PluginError> {
        Ok(Misbehave {
            echo: config["echo"].as_bool().unwrap_or(false),
        })
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
        if text.contains("ALLOC-HUGE") {
            // One 2 GiB allocation (the most a 32-bit guest can ask for), far over the cap.
            let huge: Vec<u8> = Vec::with_capacity(std::hint::black_box(usize::MAX / 2));
            std::hint::black_box(&huge);
        }
        if text.contains("SLOW-DOWN") {
            let mut n: u64 = 0;
            for i in 0..60_000_000u64 {
                n = std::hint::black_box(n.wrapping_add(i));
            }
            std::hint::black_box(n);
        }
        if text.contains("OPEN-FILE") {
            return match std::fs::read_to_string("/etc/hostname") {
                Ok(content) => Err(PluginError::internal(format!(
                    "read the host's file: {content}"
                ))),
                Err(err) => Err(PluginError::internal(format!(
                    "cannot open /etc/hostname: {err}"
                ))),
            };
        }
        if text.contains("READ-DATA") {
            // Readable only when the stage is granted a folder (seen as /data).
            return match std::fs::read_to_string("/data/words.txt") {
                Ok(words) => {
                    doc.metadata.set("data", words.trim());
                    Ok(doc.into())
                }
                Err(err) => Err(PluginError::internal(format!(
                    "cannot read /data/words.txt: {err}"
                ))),
            };
        }
        if text.contains("WRITE-DATA") {
            return match std::fs::write("/data/planted.txt", "x") {
                Ok(()) => Err(PluginError::internal("wrote into the granted folder")),
                Err(err) => Err(PluginError::internal(format!(
                    "cannot write /data/planted.txt: {err}"
                ))),
            };
        }
        if text.contains("MANY-ENTITIES") {
            doc.entities = (0..1_000_000)
                .map(|_| docflow_sdk::Entity::new("X", 0..0))
                .collect();
            return Ok(doc.into());
        }
        if text.contains("HUGE-OUTPUT") {
            doc.text = "x".repeat(100 << 20);
            return Ok(doc.into());
        }
        if text.contains("SAY-NO") {
            return Err(PluginError::invalid_input("this document says no"));
        }
        if self.echo {
            return Ok(doc.into());
        }
        Ok(Output::unchanged())
    }
}

docflow_sdk::register_plugin!(Misbehave);
