use std::time::Instant;
fn main() {
    let json = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let options = precheck::Options::default();
    let t = Instant::now();
    let _ = precheck::data_version();
    eprintln!("data {:?}", t.elapsed());
    for i in 0..3 {
        let t = Instant::now();
        let r = precheck::check_str(&json, &options);
        eprintln!("check {} {:?} {}", i, t.elapsed(), r.is_ok());
    }
}
