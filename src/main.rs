//! The `claimline` binary: the command line and the explorer window over the `claimline` library.

mod app;
mod cli;

/// Extraction allocates a lot of small, short-lived things; mimalloc does that faster (see Cargo.toml).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
