fn main() {
    std::process::exit(capaian::run(std::env::args_os()));
}
