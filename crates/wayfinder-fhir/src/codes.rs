//! The code systems and codes a Bundle names, in one place, and how Wayfinder's own choices
//! (a record's category, a request's kind, a channel) map to them.

use wayfinder_core::schema::Media;

pub const BCP47: &str = "urn:ietf:bcp:47";
pub const ICD10: &str = "http://hl7.org/fhir/sid/icd-10";
/// ICD-10-CM, which a hospital in the United States may send instead.
pub const ICD10_CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
pub const ICD_O_3: &str = "http://terminology.hl7.org/CodeSystem/icd-o-3";
pub const LOINC: &str = "http://loinc.org";
pub const V2_0074: &str = "http://terminology.hl7.org/CodeSystem/v2-0074";
pub const CONSENT_SCOPE: &str = "http://terminology.hl7.org/CodeSystem/consentscope";
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
pub const PARTICIPATION: &str = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
/// Wayfinder's own choices, named by URNs of its own: no registry defines them.
pub const CATEGORY: &str = "urn:wayfinder:record-category";
pub const REQUEST_KIND: &str = "urn:wayfinder:request-kind";
pub const CHANNEL: &str = "urn:wayfinder:channel";
/// How much of the child's identity a consent lets be shown (full, initials, none).
pub const IDENTITY_EXTENSION: &str = "urn:wayfinder:consent-identity";

/// The LOINC document type of a record's category, where one says the same.
pub fn document_type(category: &str) -> Option<(&'static str, &'static str)> {
    Some(match category {
        "pathology" => ("11526-1", "Pathology study"),
        "imaging" => ("18748-4", "Diagnostic imaging study"),
        "lab" => ("11502-2", "Laboratory report"),
        "biomarker" => ("51969-4", "Genetic analysis report"),
        "discharge-letter" => ("18842-5", "Discharge summary"),
        "referral" => ("57133-1", "Referral note"),
        "consent" => ("59284-0", "Patient Consent"),
        "treatment-summary" => ("34133-9", "Summary of episode note"),
        _ => return None,
    })
}

/// A record's category from a LOINC document type, the way back.
pub fn category_of_type(code: &str) -> Option<&'static str> {
    wayfinder_core::schema::RECORD_CATEGORIES
        .iter()
        .copied()
        .find(|c| document_type(c).is_some_and(|(t, _)| t == code))
}

/// The HL7 v2 diagnostic service section of a result's category: a record of one of these
/// is also a DiagnosticReport.
pub fn report_category(category: &str) -> Option<(&'static str, &'static str)> {
    Some(match category {
        "pathology" => ("PAT", "Pathology (gross & histology)"),
        "imaging" => ("RAD", "Radiology"),
        "lab" => ("LAB", "Laboratory"),
        "biomarker" => ("GE", "Genetics"),
        _ => return None,
    })
}

pub fn mime(media: Media) -> &'static str {
    match media {
        Media::Pdf => "application/pdf",
        Media::Jpeg => "image/jpeg",
        Media::Png => "image/png",
        Media::Tiff => "image/tiff",
        Media::Dicom => "application/dicom",
    }
}
