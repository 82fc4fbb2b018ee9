//! Why a rule script stopped, in the reader's language.
//!
//! Rhai's own messages are English sentences ("Division by zero: 10 / 0",
//! "Array index 3 out of bounds: only 2 elements in array"). A planner who
//! runs `--lang id` reads the diagnostic around them in Indonesian, so the
//! reason inside it is turned into a catalogue [`Text`] too. Errors raised by
//! capaian's own helper functions carry their [`Text`] in the error value
//! itself (see [`helper_error`]), so nothing is recovered by parsing English.
//! An error this module does not know keeps Rhai's English wording rather
//! than a vaguer translation.

use crate::diagnostic::Text;
use rhai::{Dynamic, EvalAltResult, Position};

/// A runtime error of one of capaian's helper functions, carrying its
/// message as a catalogue entry.
pub(crate) fn helper_error(text: Text) -> Box<EvalAltResult> {
    EvalAltResult::ErrorRuntime(Dynamic::from(text), Position::NONE).into()
}

/// The reason `err` stopped a script, as a translatable text (without the
/// position: diagnostics show the span instead).
pub(crate) fn reason(err: &EvalAltResult) -> Text {
    use EvalAltResult as E;
    match err {
        E::ErrorInFunctionCall(_, _, inner, _) | E::ErrorInModule(_, inner, _) => reason(inner),
        E::ErrorRuntime(value, _) => thrown(value),
        E::ErrorArithmetic(message, _) => arithmetic(message),
        E::ErrorMismatchDataType(expected, found, _) | E::ErrorMismatchOutputType(expected, found, _) => {
            Text::RhaiWrongType { found: found.to_string(), expected: expected.to_string() }
        }
        E::ErrorArrayBounds(len, index, _) => Text::RhaiListIndex { index: index.to_string(), len: len.to_string() },
        E::ErrorStringBounds(len, index, _) => Text::RhaiTextIndex { index: index.to_string(), len: len.to_string() },
        E::ErrorIndexingType(found, _) => Text::RhaiNotIndexable { found: found.to_string() },
        E::ErrorIndexNotFound(index, _) => Text::RhaiNoSuchIndex { index: index.to_string() },
        E::ErrorVariableNotFound(variable, _) => Text::RhaiNoVariable { variable: variable.to_string() },
        E::ErrorPropertyNotFound(key, _) => Text::RhaiNoKey { key: key.to_string() },
        E::ErrorFunctionNotFound(function, _) => Text::RhaiNoFunction { function: function.to_string() },
        E::ErrorModuleNotFound(module, _) => Text::RhaiNoSuchRule { module: module.to_string() },
        E::ErrorAssignmentToConstant(name, _) => Text::RhaiConstant { name: name.to_string() },
        E::ErrorFor(_) => Text::RhaiForNeedsList,
        E::ErrorTooManyOperations(_) => Text::RhaiOperations,
        E::ErrorStackOverflow(_) => Text::RhaiCallDepth,
        E::ErrorTooManyModules(_) => Text::RhaiModules,
        E::ErrorDataTooLarge(what, _) => Text::RhaiTooLarge { what: Box::new(size_what(what)) },
        E::ErrorTerminated(..) => Text::RhaiStopped,
        other => Text::RhaiOther { text: crate::rules::describe(other) },
    }
}

/// What a sandbox size limit stopped, from Rhai's (and the size check's)
/// fixed English names.
pub(crate) fn size_what(what: &str) -> Text {
    match what {
        "Length of string" => Text::SizeText,
        "Size of array" | "Size of array/BLOB" | "Size of BLOB" => Text::SizeList,
        "Size of object map" => Text::SizeMap,
        other => Text::SizeOther { what: other.to_string() },
    }
}

/// A `throw` of the script (its own words, shown as written) or a helper's
/// error (its catalogue text).
fn thrown(value: &Dynamic) -> Text {
    if let Some(text) = value.read_lock::<Text>() {
        return text.clone();
    }
    let words = value.to_string();
    if value.is_unit() || words.is_empty() { Text::RhaiThrownNothing } else { Text::RhaiThrown { message: words } }
}

/// Arithmetic errors of the decimal operators: rust_decimal's checked
/// operations report "Division by zero: a / b" and "… overflow: a op b".
fn arithmetic(message: &str) -> Text {
    let (head, expression) = message.split_once(": ").unwrap_or((message, ""));
    let head = head.to_ascii_lowercase();
    let expression = expression.to_string();
    if head.starts_with("division by zero") {
        Text::RhaiDivisionByZero { expression }
    } else if head.contains("overflow") || head.contains("underflow") {
        Text::RhaiOverflow { expression: if expression.is_empty() { message.to_string() } else { expression } }
    } else {
        Text::RhaiOther { text: message.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Limits, calc};
    use crate::lang::Lang;
    use crate::rules::{BuiltinStore, Library};
    use std::sync::Arc;

    fn why(src: &str) -> Text {
        let err = calc(src, &Limits::default(), Arc::new(Library::new(Arc::new(BuiltinStore)))).unwrap_err();
        reason(&err)
    }

    #[test]
    fn rhai_errors_read_in_indonesian() {
        assert_eq!(why("10.0 / 0.0").message(Lang::Id), "pembagian dengan nol: 10.0 / 0.0");
        assert_eq!(
            why("let a = [1, 2]; a[5]").message(Lang::Id),
            "indeks daftar 5 di luar jangkauan: daftar berisi 2 elemen"
        );
        assert_eq!(
            why("throw \"target belum ada\"").message(Lang::Id),
            "aturan menghentikan perhitungan: target belum ada"
        );
        assert!(why("1 + \"a\" * 2").message(Lang::Id).starts_with("tidak ada fungsi"), "{:?}", why("1 + \"a\" * 2"));
    }

    #[test]
    fn helper_errors_keep_their_catalogue_text() {
        let text = why("mean([])");
        assert_eq!(text, Text::HelperEmptyList { function: "mean".into() });
        assert_eq!(text.message(Lang::Id), "mean dari daftar kosong");
        assert_eq!(text.message(Lang::En), "mean of an empty list");
    }

    #[test]
    fn unknown_arithmetic_keeps_rhai_words() {
        assert_eq!(arithmetic("something odd"), Text::RhaiOther { text: "something odd".into() });
        assert_eq!(arithmetic("Multiplication overflow: 7 * 8"), Text::RhaiOverflow { expression: "7 * 8".into() });
    }
}
