//! The `claimline` binary: the command line and the explorer window over the `claimline` library.

mod app;
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
