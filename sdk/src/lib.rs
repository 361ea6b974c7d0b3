//! # docflow-sdk
//!
//! Everything a docflow plugin author needs: implement [`Plugin`] for a type,
//! register it with [`register_plugin!`], and build the crate for
//! `wasm32-wasip2`. The WebAssembly bindings stay private; the same code
//! compiles natively, so plugins are unit-tested with plain `cargo test`.
//!
//! ```
//! use docflow_sdk::{Document, Output, Plugin, PluginError, PluginInfo, ConfigOption};
//! use serde::Deserialize;
//!
//! #[derive(Deserialize)]
//! #[serde(deny_unknown_fields)]
//! struct Config {
//!     #[serde(default)]
//!     upper: bool,
//! }
//!
//! struct Shout { upper: bool }
//!
//! impl Plugin for Shout {
//!     type Config = Config;
//!
//!     fn info() -> PluginInfo {
//!         PluginInfo::transform("Upper-cases the text when asked to")
//!             .option(ConfigOption::new("upper", "bool", "upper-case the text").default_value(false))
//!     }
//!
//!     fn new(config: Config) -> Result<Self, PluginError> {
//!         Ok(Shout { upper: config.upper })
//!     }
//!
//!     fn process(&mut self, mut doc: Document) -> Result<Output, PluginError> {
//!         if self.upper {
//!             doc.text = doc.text.to_uppercase();
//!         }
//!         Ok(doc.into())
//!     }
//! }
//!
//! docflow_sdk::register_plugin!(Shout);
//!
//! let mut plugin = Shout::new(serde_json::from_str(r#"{"upper": true}"#).unwrap()).unwrap();
//! let out = plugin.process(Document::new("doc.txt", "xin chào")).unwrap();
//! assert_eq!(out.document.unwrap().text, "XIN CHÀO");
//! ```

#![warn(missing_docs)]

pub mod contract;
mod document;
pub mod log;
mod plugin;
pub mod text;

pub use document::{Document, Entity, Metadata, Step};
pub use plugin::{
    Artifact, ConfigOption, ErrorKind, Output, Plugin, PluginError, PluginInfo, PluginKind,
    configure,
};

/// The WIT package version this SDK implements (`docflow:plugin@…`).
pub const WIT_VERSION: &str = "0.1.0";

#[doc(hidden)]
#[cfg(target_arch = "wasm32")]
pub mod wit {
    wit_bindgen::generate!({
        path: "wit/since_v0.1.0",
        world: "docflow-plugin",
        pub_export_macro: true,
        export_macro_name: "__export_docflow_plugin",
        default_bindings_module: "docflow_sdk::wit",
    });
}

#[doc(hidden)]
pub mod __private {
    #[cfg(target_arch = "wasm32")]
    pub use crate::guest::*;
    pub use serde_json;
}

#[cfg(target_arch = "wasm32")]
mod guest;

/// Registers `$plugin` (a type implementing [`Plugin`]) as this crate's plugin.
///
/// Call it once, at the crate root. Natively it only checks the type; built
/// for `wasm32-wasip2` it exports the plugin interface.
///
/// ```
/// # use docflow_sdk::*;
/// struct Noop;
/// impl Plugin for Noop {
///     type Config = serde_json::Value;
///     fn info() -> PluginInfo { PluginInfo::transform("Does nothing") }
///     fn new(_: serde_json::Value) -> Result<Self, PluginError> { Ok(Noop) }
///     fn process(&mut self, _doc: Document) -> Result<Output, PluginError> { Ok(Output::unchanged()) }
/// }
/// docflow_sdk::register_plugin!(Noop);
/// ```
#[macro_export]
macro_rules! register_plugin {
    ($plugin:ty) => {
        const _: () = {
            // A readable error when the type does not implement the trait.
            const fn __docflow_requires_plugin_trait<T: $crate::Plugin>() {}
            __docflow_requires_plugin_trait::<$plugin>();
        };

        #[cfg(target_arch = "wasm32")]
        const _: () = {
            ::std::thread_local! {
                static INSTANCE: ::std::cell::RefCell<::std::option::Option<$plugin>> =
                    const { ::std::cell::RefCell::new(::std::option::Option::None) };
            }

            struct DocflowExports;

            impl $crate::wit::exports::docflow::plugin::plugin::Guest for DocflowExports {
                fn describe() -> $crate::wit::docflow::plugin::types::PluginInfo {
                    $crate::__private::describe::<$plugin>(
                        env!("CARGO_PKG_NAME"),
                        env!("CARGO_PKG_VERSION"),
                    )
                }

                fn configure(
                    config_json: ::std::string::String,
                ) -> ::std::result::Result<(), $crate::wit::docflow::plugin::types::PluginError>
                {
                    let plugin = $crate::__private::configure::<$plugin>(&config_json)?;
                    INSTANCE.with(|slot| *slot.borrow_mut() = ::std::option::Option::Some(plugin));
                    ::std::result::Result::Ok(())
                }

                fn process(
                    doc: $crate::wit::docflow::plugin::types::Document,
                ) -> ::std::result::Result<
                    $crate::wit::docflow::plugin::types::Output,
                    $crate::wit::docflow::plugin::types::PluginError,
                > {
                    INSTANCE.with(|slot| {
                        $crate::__private::process::<$plugin>(slot.borrow_mut().as_mut(), doc)
                    })
                }
            }

    $crate::wit::__export_docflow_plugin!(DocflowExports with_types_in $crate::wit);
        };
    };
}
