//! How every error of Wayfinder says what it is: a stable code the UI branches on and the
//! message catalogue keys (`error-<code>`), declared once per error with `error_codes!`.

/// What every error of Wayfinder tells the UI: its code and the numbers its message fills in
/// (`{ $max }`). The app turns any `Coded` error into `{code, message}` in one place.
pub trait Coded: std::fmt::Debug {
    /// A stable identifier: the message catalogue has `error-<code>` for each.
    fn code(&self) -> &'static str;
    /// The named numbers the message of this code shows.
    fn args(&self) -> Vec<(&'static str, f64)> {
        Vec::new()
    }
}

/// A code carried as it is (an error another crate named, passed through).
impl Coded for &'static str {
    fn code(&self) -> &'static str {
        self
    }
}

/// Declares an error's `code()`, its `ALL_CODES` and its `Coded` implementation from one
/// table, so that no code can be produced that the list (and so the test that every code has
/// a message in every language) does not know. Each row is a variant's pattern and its code,
/// and in parentheses the numbers its message shows; rows after `@passes` are variants that
/// carry another `Coded` error and answer with its code and numbers (it lists its own codes).
///
/// ```
/// use wayfinder_core::error_codes::Coded;
/// #[derive(Debug)]
/// enum Inner { Gone }
/// wayfinder_core::error_codes! { Inner { Inner::Gone => "inner-gone", } }
/// #[derive(Debug)]
/// enum Outer { Late { minutes: u32 }, Inner(Inner) }
/// wayfinder_core::error_codes! {
///     Outer {
///         Outer::Late { minutes } => "late" (minutes = f64::from(*minutes)),
///         @passes
///         Outer::Inner(e) => e,
///     }
/// }
/// assert_eq!(Outer::Inner(Inner::Gone).code(), "inner-gone");
/// assert_eq!(Outer::Late { minutes: 5 }.args(), [("minutes", 5.0)]);
/// assert_eq!(Outer::ALL_CODES, ["late"]);
/// ```
#[macro_export]
macro_rules! error_codes {
    ($ty:ident {
        $($pat:pat => $code:literal $(( $($arg:ident = $val:expr),* ))?,)*
        $(@passes $($dpat:pat => $inner:expr,)*)?
    }) => {
        impl $ty {
            /// A stable identifier: the message catalogue has `error-<code>` for each.
            #[allow(unused_variables)]
            pub fn code(&self) -> &'static str {
                match self {
                    $($pat => $code,)*
                    $($($dpat => $crate::error_codes::Coded::code($inner),)*)?
                }
            }

            /// Every code this error produces itself, in the order declared.
            pub const ALL_CODES: &'static [&'static str] = &[$($code),*];
        }

        impl $crate::error_codes::Coded for $ty {
            fn code(&self) -> &'static str {
                $ty::code(self)
            }

            #[allow(unused_variables)]
            fn args(&self) -> Vec<(&'static str, f64)> {
                match self {
                    $($pat => vec![$($((stringify!($arg), $val)),*)?],)*
                    $($($dpat => $crate::error_codes::Coded::args($inner),)*)?
                }
            }
        }
    };
}
