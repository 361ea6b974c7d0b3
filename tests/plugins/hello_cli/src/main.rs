//! A WASI command: a WebAssembly component of another world than docflow's.

fn main() {
    println!("hello from a component that is not a docflow plugin");
}
