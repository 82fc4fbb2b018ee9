//! CSV indicator tables: `read_csv_plans` must never panic, in either
//! convention, whatever the text; neither may rendering its diagnostics.
#![no_main]

use capaian::Convention;
use capaian::read_csv_plans;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("fuzz.csv");
    for convention in [Convention::Id, Convention::En] {
        match read_csv_plans(path, text, convention) {
            Ok((plans, warnings)) => {
                for d in &warnings {
                    std::hint::black_box(d.render());
                }
                for ind in plans.iter().flat_map(|p| &p.indicators) {
                    for d in &ind.problems {
                        std::hint::black_box(d.render());
                    }
                }
            }
            Err(e) => {
                for d in e.diagnostics() {
                    std::hint::black_box(d.render());
                }
            }
        }
    }
});
