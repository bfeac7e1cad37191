//! The FHIR R4 resources Wayfinder writes and reads, as far as it uses them. Every type keeps
//! the fields it does not name in `other`, so that a Bundle read from a hospital loses nothing
//! on the way through, and what has no place in a case can be listed rather than dropped.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Fields of a FHIR element that this model does not name, kept as they came.
pub type Other = Map<String, Value>;

fn is_false(b: &bool) -> bool {
    !*b
}

macro_rules! element {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)*
            #[serde(flatten)]
            pub other: Other,
        }
    };
}

element!(Coding {
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<String>,
});

element!(CodeableConcept {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
});

element!(Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<String>,
});

element!(Period {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
});

element!(HumanName {
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    given: Vec<String>,
});

element!(ContactPoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<String>,
});

element!(Address {
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<String>,
});

element!(Annotation {
    #[serde(default)]
    text: String,
});

element!(Extension {
    #[serde(default)]
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_string: Option<String>,
});

element!(Attachment {
    #[serde(skip_serializing_if = "Option::is_none")]
    content_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    /// The file itself, in base64.
    #[serde(skip_serializing_if = "Option::is_none")]
    data: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creation: Option<String>,
});

element!(
    /// A language someone speaks (Patient.communication, RelatedPerson.communication).
    Communicates {
        #[serde(default)]
        language: CodeableConcept,
        #[serde(default, skip_serializing_if = "is_false")]
        preferred: bool,
    }
);

element!(Patient {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    address: Vec<Address>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    communication: Vec<Communicates>,
});

element!(RelatedPerson {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    patient: Reference,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    relationship: Vec<CodeableConcept>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    telecom: Vec<ContactPoint>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    communication: Vec<Communicates>,
});

element!(ConditionStage {
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<CodeableConcept>,
});

element!(Condition {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<CodeableConcept>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    body_site: Vec<CodeableConcept>,
    #[serde(default)]
    subject: Reference,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    stage: Vec<ConditionStage>,
});

element!(Procedure {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<CodeableConcept>,
    #[serde(default)]
    subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    performed_period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    performed_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<CodeableConcept>,
});

element!(DocumentContent {
    #[serde(default)]
    attachment: Attachment,
});

element!(DocumentContext {
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    related: Vec<Reference>,
});

element!(DocumentReference {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<CodeableConcept>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    category: Vec<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    author: Vec<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default)]
    content: Vec<DocumentContent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<DocumentContext>,
});

element!(DiagnosticReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    category: Vec<CodeableConcept>,
    #[serde(default)]
    code: CodeableConcept,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    effective_date_time: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    performer: Vec<Reference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    presented_form: Vec<Attachment>,
});

element!(ProvisionActor {
    #[serde(default)]
    role: CodeableConcept,
    #[serde(default)]
    reference: Reference,
});

element!(Provision {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    actor: Vec<ProvisionActor>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    code: Vec<CodeableConcept>,
});

element!(Consent {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    #[serde(default)]
    status: String,
    #[serde(default)]
    scope: CodeableConcept,
    #[serde(default)]
    category: Vec<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    patient: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy_rule: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provision: Option<Provision>,
});

element!(ServiceRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(default)]
    intent: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<CodeableConcept>,
    #[serde(default)]
    subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    authored_on: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    supporting_info: Vec<Reference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    note: Vec<Annotation>,
});

element!(TaskRestriction {
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
});

element!(Task {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(default)]
    intent: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<Reference>,
    #[serde(rename = "for", skip_serializing_if = "Option::is_none")]
    for_whom: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    restriction: Option<TaskRestriction>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    note: Vec<Annotation>,
});

element!(Payload {
    #[serde(skip_serializing_if = "Option::is_none")]
    content_string: Option<String>,
});

element!(Communication {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default)]
    status: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    based_on: Vec<Reference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    medium: Vec<CodeableConcept>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    received: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    recipient: Vec<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sender: Option<Reference>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    payload: Vec<Payload>,
});

element!(Identifier {
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<String>,
});

element!(Entry {
    #[serde(skip_serializing_if = "Option::is_none")]
    full_url: Option<String>,
    /// The resource as it came: read into one of the types above by its `resourceType`.
    #[serde(skip_serializing_if = "Option::is_none")]
    resource: Option<Value>,
});

element!(Bundle {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier: Option<Identifier>,
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<String>,
    #[serde(default)]
    entry: Vec<Entry>,
});

/// A resource as JSON, its `resourceType` first among its fields as FHIR writes them.
pub fn resource<T: Serialize>(kind: &str, body: &T) -> Value {
    let mut map = Map::new();
    map.insert("resourceType".into(), Value::String(kind.into()));
    if let Ok(Value::Object(fields)) = serde_json::to_value(body) {
        map.extend(fields);
    }
    Value::Object(map)
}

/// A resource read as `T`, its `resourceType` left aside; `None` when its shape does not fit.
pub fn read<T: for<'de> Deserialize<'de>>(value: &Value) -> Option<T> {
    let mut map = value.as_object()?.clone();
    map.remove("resourceType");
    serde_json::from_value(Value::Object(map)).ok()
}
