//! How every error of Wayfinder says what it is: a stable code the UI branches on and the
//! message catalogue keys (`error-<code>`), declared once per error with `error_codes!`.

/// Declares an error's `code()` and its `ALL_CODES` from one table, so that no code can be
/// produced that the list (and so the test that every code has a message in every language)
/// does not know. Each row is a variant's pattern and its code; rows after `@passes` are
/// variants that carry another error and answer with its code (that error lists its own).
///
/// ```
/// #[derive(Debug)]
/// enum Inner { Gone }
/// wayfinder_core::error_codes! { Inner { Inner::Gone => "inner-gone", } }
/// #[derive(Debug)]
/// enum Outer { Late { minutes: u32 }, Inner(Inner) }
/// wayfinder_core::error_codes! {
///     Outer {
///         Outer::Late { .. } => "late",
///         @passes
///         Outer::Inner(e) => e.code(),
///     }
/// }
/// assert_eq!(Outer::Inner(Inner::Gone).code(), "inner-gone");
/// assert_eq!(Outer::ALL_CODES, ["late"]);
/// ```
#[macro_export]
macro_rules! error_codes {
    ($ty:ident { $($pat:pat => $code:literal,)* $(@passes $($dpat:pat => $dcode:expr,)*)? }) => {
        impl $ty {
            /// A stable identifier: the message catalogue has `error-<code>` for each.
            pub fn code(&self) -> &'static str {
                match self {
                    $($pat => $code,)*
                    $($($dpat => $dcode,)*)?
                }
            }

            /// Every code this error produces itself, in the order declared.
            pub const ALL_CODES: &'static [&'static str] = &[$($code),*];
        }
    };
}
