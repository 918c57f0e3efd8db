//! The precheck command line: the same core as the page, on files and pipes.
//!
//! Exit status: 0 when the input could be read, 2 when it could not (or the arguments
//! are wrong). Native only: a wasm build of the package compiles this to nothing.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
