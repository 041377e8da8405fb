//! Entry point of the wasm binary that Trunk builds.

fn main() {
    #[cfg(target_arch = "wasm32")]
    rust_or_go::ui::start();
}
