// `register_plugin!` on a type that does not implement `Plugin`.
pub struct NotAPlugin;

docflow_sdk::register_plugin!(NotAPlugin);

fn main() {}
