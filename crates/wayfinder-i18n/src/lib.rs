//! Wayfinder's message catalogue: the Fluent files under `locales/`, compiled into the binary.
//!
//! The UI reads the same files (through Vite) for the screens; Rust reads them here for the
//! messages it produces itself: errors that cross to the UI, and later the reports. A message
//! missing from any language fails this crate's tests, so a screen never shows a raw key.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::fmt;
use unic_langid::LanguageIdentifier;

/// The languages Wayfinder speaks, screens and reports alike.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Locale {
    #[default]
    En,
    Es,
    Fr,
    Ar,
    Zh,
    Ru,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Es,
        Locale::Fr,
        Locale::Ar,
        Locale::Zh,
        Locale::Ru,
    ];

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Fr => "fr",
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::Ru => "ru",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    pub fn is_right_to_left(self) -> bool {
        matches!(self, Locale::Ar)
    }

    fn source(self) -> &'static str {
        match self {
            Locale::En => include_str!("../../../locales/en/wayfinder.ftl"),
            Locale::Es => include_str!("../../../locales/es/wayfinder.ftl"),
            Locale::Fr => include_str!("../../../locales/fr/wayfinder.ftl"),
            Locale::Ar => include_str!("../../../locales/ar/wayfinder.ftl"),
            Locale::Zh => include_str!("../../../locales/zh/wayfinder.ftl"),
            Locale::Ru => include_str!("../../../locales/ru/wayfinder.ftl"),
        }
    }
}

/// Country names from the Unicode CLDR (`scripts/make-countries`): a line per country, its
/// ISO 3166-1 code, then its name in each language in the order of [`Locale::ALL`].
const COUNTRIES: &str = include_str!("../data/countries.tsv");

/// The name of a country, by its ISO 3166-1 alpha-2 code (upper case), in `locale`, as the CLDR
/// writes it: what a report prints where the case holds a code.
pub fn country_name(locale: Locale, code: &str) -> Option<&'static str> {
    let column = Locale::ALL.iter().position(|l| *l == locale)?;
    COUNTRIES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| {
            let mut cells = line.split('\t');
            if cells.next()? != code {
                return None;
            }
            cells.nth(column)
        })
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A Fluent file that does not parse, found when the catalogue is built.
#[derive(Debug, thiserror::Error)]
#[error("the {locale} message file has {count} syntax errors")]
pub struct CatalogError {
    pub locale: Locale,
    pub count: usize,
}

/// An argument to a message: a number or a string.
pub enum Arg<'a> {
    Number(f64),
    Text(&'a str),
}

/// All six languages' messages, parsed once.
pub struct Catalog {
    bundles: Vec<(Locale, FluentBundle<FluentResource>, Vec<String>)>,
}

impl Catalog {
    pub fn new() -> Result<Catalog, CatalogError> {
        let mut bundles = Vec::new();
        for locale in Locale::ALL {
            let resource =
                FluentResource::try_new(locale.source().to_owned()).map_err(|(_, errors)| {
                    CatalogError {
                        locale,
                        count: errors.len(),
                    }
                })?;
            let ids = message_ids(&resource);
            let lang: LanguageIdentifier = locale
                .tag()
                .parse()
                .map_err(|_| CatalogError { locale, count: 1 })?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Messages from Rust go into errors, reports and test assertions, not into live
            // mixed-direction UI text, so the Unicode isolation marks would only get in the way.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| CatalogError {
                    locale,
                    count: errors.len(),
                })?;
            bundles.push((locale, bundle, ids));
        }
        Ok(Catalog { bundles })
    }

    fn bundle(
        &self,
        locale: Locale,
    ) -> Option<&(Locale, FluentBundle<FluentResource>, Vec<String>)> {
        self.bundles.iter().find(|(l, _, _)| *l == locale)
    }

    /// The message ids of one language.
    pub fn ids(&self, locale: Locale) -> &[String] {
        self.bundle(locale)
            .map(|(_, _, ids)| ids.as_slice())
            .unwrap_or(&[])
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale)
            .is_some_and(|(_, b, _)| b.has_message(id))
    }

    /// The message `id` in `locale`, falling back to English, then to the id itself (which the
    /// tests make impossible for any id the code uses).
    pub fn message(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
            }
        }
        for candidate in [locale, Locale::En] {
            if let Some((_, bundle, _)) = self.bundle(candidate)
                && let Some(pattern) = bundle.get_message(id).and_then(|m| m.value())
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }
}

fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_in_every_language_from_the_cldr() {
        let header = COUNTRIES.lines().nth(1).unwrap_or_default();
        let tags: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(header, format!("# code\t{}", tags.join("\t")));
        let check = |locale, code, expect: Option<&str>| {
            assert_eq!(country_name(locale, code), expect, "{locale} {code}");
        };
        check(Locale::En, "AE", Some("United Arab Emirates"));
        check(Locale::Es, "DE", Some("Alemania"));
        check(Locale::Fr, "GB", Some("Royaume-Uni"));
        check(Locale::Ar, "EG", Some("مصر"));
        check(Locale::Zh, "RU", Some("俄罗斯"));
        check(Locale::Ru, "CN", Some("Китай"));
        check(Locale::En, "ae", None);
        check(Locale::En, "ZZ", None);
        for line in COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
            assert_eq!(line.split('\t').count(), 7, "{line}");
        }
    }

    fn catalog() -> Catalog {
        match Catalog::new() {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn every_language_has_exactly_the_english_messages() {
        let catalog = catalog();
        let english: Vec<&String> = catalog.ids(Locale::En).iter().collect();
        assert!(english.len() > 50, "the English catalogue looks empty");
        for locale in Locale::ALL {
            let ids: Vec<&String> = catalog.ids(locale).iter().collect();
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{locale} has ids English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn messages_format_with_arguments_and_plurals() {
        let catalog = catalog();
        assert_eq!(
            catalog.message(Locale::En, "cases-count", &[("count", Arg::Number(1.0))]),
            "One case"
        );
        assert_eq!(
            catalog.message(Locale::En, "cases-count", &[("count", Arg::Number(3.0))]),
            "3 cases"
        );
        let ru = catalog.message(
            Locale::Ru,
            "error-passphrase-too-short",
            &[("min", Arg::Number(12.0))],
        );
        assert!(ru.contains("12"), "{ru}");
        assert_ne!(
            ru,
            catalog.message(
                Locale::En,
                "error-passphrase-too-short",
                &[("min", Arg::Number(12.0))]
            )
        );
    }

    #[test]
    fn each_language_names_itself_and_arabic_is_right_to_left() {
        let catalog = catalog();
        let names: Vec<String> = Locale::ALL
            .iter()
            .map(|l| catalog.message(*l, "language-name", &[]))
            .collect();
        assert_eq!(
            names,
            [
                "English",
                "Español",
                "Français",
                "العربية",
                "中文",
                "Русский"
            ]
        );
        assert!(Locale::Ar.is_right_to_left());
        assert!(!Locale::Zh.is_right_to_left());
        assert_eq!(Locale::from_tag("fr"), Some(Locale::Fr));
        assert_eq!(Locale::from_tag("de"), None);
    }
}
