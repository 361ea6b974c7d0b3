//! Compiles plugin crates of this workspace into WebAssembly components from
//! a build script, so a plain `cargo build` / `cargo test` produces them.
//!
//! The inner cargo gets its own target directory (sharing the outer one
//! deadlocks on its lock) and none of the outer `RUSTFLAGS`, which are meant
//! for the host target.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TARGET: &str = "wasm32-wasip2";
/// Cargo profile (declared in the workspace `Cargo.toml`) used for guests.
pub const PROFILE: &str = "plugin";

/// A compiled guest: its package name and the path of its `.wasm` component.
pub struct Guest {
    pub package: String,
    pub wasm: PathBuf,
}

/// Builds `packages` (workspace members) for [`TARGET`] and returns their
/// components. Panics with an actionable message when the build fails, as a
/// build script should.
pub fn build(workspace_root: &Path, packages: &[&str]) -> Vec<Guest> {
    build_in(workspace_root, packages, "guest", "")
}

/// [`build`] with wasm SIMD (`simd128`) enabled, in a target directory of
/// its own so the two builds' dependencies do not evict each other. Only
/// for guests the benchmark shows faster with it: memchr gets a 16-byte
/// path, while auto-vectorised loops elsewhere can come out slower under
/// Cranelift (docs/PERFORMANCE.md, "Optimisations").
pub fn build_simd(workspace_root: &Path, packages: &[&str]) -> Vec<Guest> {
    build_in(
        workspace_root,
        packages,
        "guest-simd",
        "-Ctarget-feature=+simd128",
    )
}

fn build_in(workspace_root: &Path, packages: &[&str], subdir: &str, rustflags: &str) -> Vec<Guest> {
    check_target_installed();
    let target_dir = guest_target_dir(workspace_root, subdir);
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(workspace_root)
        .arg("build")
        .arg("--target")
        .arg(TARGET)
        .arg("--profile")
        .arg(PROFILE)
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env("CARGO_ENCODED_RUSTFLAGS", rustflags)
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("CARGO_PRIMARY_PACKAGE");
    for package in packages {
        cmd.arg("-p").arg(package);
    }
    let status = cmd
        .status()
        .unwrap_or_else(|err| panic!("cannot run cargo to build plugins: {err}"));
    assert!(
        status.success(),
        "building plugins {packages:?} for {TARGET} failed (see the cargo output above)"
    );

    println!(
        "cargo:rerun-if-changed={}",
        workspace_root.join("sdk").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        workspace_root.join("Cargo.lock").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        workspace_root.join("Cargo.toml").display()
    );
    packages
        .iter()
        .map(|package| {
            let wasm = target_dir
                .join(TARGET)
                .join(PROFILE)
                .join(format!("{}.wasm", package.replace('-', "_")));
            assert!(
                wasm.exists(),
                "cargo built {package} but {} is missing",
                wasm.display()
            );
            Guest {
                package: package.to_string(),
                wasm,
            }
        })
        .collect()
}

/// Tells cargo to rebuild when anything under `dir` changes.
pub fn watch(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
}

/// Writes `OUT_DIR/<file>` defining `pub const <NAME>: &[(&str, &[u8])]`
/// with every guest's package name and embedded bytes.
pub fn write_constants(file: &str, name: &str, guests: &[Guest]) {
    let mut code = String::new();
    writeln!(code, "pub const {name}: &[(&str, &[u8])] = &[").unwrap();
    for guest in guests {
        writeln!(
            code,
            "    ({:?}, include_bytes!({:?})),",
            guest.package, guest.wasm
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    write_out(file, &code);
}

/// Writes `OUT_DIR/<file>` with one `pub const <PACKAGE>_WASM: &str` path
/// per guest, for tests that need the file itself.
pub fn write_paths(file: &str, guests: &[Guest]) {
    let mut code = String::new();
    for guest in guests {
        let constant = guest.package.to_uppercase().replace('-', "_");
        writeln!(code, "pub const {constant}_WASM: &str = {:?};", guest.wasm).unwrap();
    }
    write_out(file, &code);
}

fn write_out(file: &str, code: &str) {
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set for build scripts"));
    fs::write(out.join(file), code).expect("write generated code");
}

/// `<outer target dir>/<subdir>`: beside, never inside, the outer build's
/// own profile directories.
fn guest_target_dir(workspace_root: &Path, subdir: &str) -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir).join(subdir),
        None => workspace_root.join("target").join(subdir),
    }
}

fn check_target_installed() {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let sysroot = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    if let Some(sysroot) = sysroot {
        let std_dir = sysroot.join("lib").join("rustlib").join(TARGET);
        assert!(
            std_dir.exists(),
            "the Rust target {TARGET} is not installed for {}: run `rustup target add {TARGET}` \
             (with RUSTUP_AUTO_INSTALL=0 rustup skips the target listed in rust-toolchain.toml)",
            sysroot.display()
        );
    }
}
