// The coordination room's codes and the messages that name them: institutions' kinds, what a
// request asks, what a profile needs, where a recipient stands.

export const INSTITUTION_KIND_LABELS: Record<string, string> = {
  hospital: "option-institution-kind-hospital",
  "tumour-board": "option-institution-kind-tumour-board",
  "trial-team": "option-institution-kind-trial-team",
  laboratory: "option-institution-kind-laboratory",
  embassy: "option-institution-kind-embassy",
  other: "option-institution-kind-other",
};

export const REQUEST_KIND_LABELS: Record<string, string> = {
  "second-opinion": "option-request-kind-second-opinion",
  eligibility: "option-request-kind-eligibility",
  admission: "option-request-kind-admission",
  quote: "option-request-kind-quote",
};

export const NEED_LABELS: Record<string, string> = {
  pathology: "option-need-pathology",
  slides: "option-need-slides",
  imaging: "option-need-imaging",
  "imaging-dicom": "option-need-imaging-dicom",
  molecular: "option-need-molecular",
  lab: "option-need-lab",
  "treatment-summary": "option-need-treatment-summary",
  "discharge-letter": "option-need-discharge-letter",
  referral: "option-need-referral",
  identity: "option-need-identity",
  consent: "option-need-consent",
  "payment-guarantee": "option-need-payment-guarantee",
};

export const STATUS_LABELS: Record<string, string> = {
  draft: "option-request-status-draft",
  sent: "option-request-status-sent",
  received: "option-request-status-received",
  "information-requested": "option-request-status-information-requested",
  accepted: "option-request-status-accepted",
  declined: "option-request-status-declined",
  answered: "option-request-status-answered",
  cancelled: "option-request-status-cancelled",
};

/** What a line of a directory file comes to, in its preview. */
export const IMPORT_OUTCOME_LABELS: Record<string, string> = {
  new: "directory-import-new",
  contact: "directory-import-contact",
  "in-directory": "directory-import-in-directory",
  repeated: "directory-import-repeated",
  wrong: "directory-import-wrong",
};

/** How a contact is best reached. */
export const CHANNEL_LABELS: Record<string, string> = {
  phone: "option-channel-phone",
  sms: "option-channel-sms",
  whatsapp: "option-channel-whatsapp",
  email: "option-channel-email",
  "in-person": "option-channel-in-person",
};

/** The labels of an institution's fields, as its form and its conflicts name them. */
export const INSTITUTION_FIELD_LABELS: Record<string, string> = {
  name: "field-institution-name",
  kind: "field-institution-kind",
  department: "field-institution-department",
  country: "field-institution-country",
  city: "field-institution-city",
  languages: "field-institution-languages",
  turnaround: "field-institution-turnaround",
  email: "field-institution-email",
  phone: "field-institution-phone",
  note: "field-institution-note",
};

/** The labels of a request's fields and a recipient's, as their conflicts name them. */
export const REQUEST_FIELD_LABELS: Record<string, string> = {
  kind: "field-request-kind",
  title: "field-request-title",
  questions: "field-request-questions",
  consent: "field-request-consent",
  records: "field-request-records",
  slides_sent: "field-request-slides-sent",
  payment_arranged: "field-request-payment-arranged",
  status: "field-recipient-status",
  follow_up: "field-recipient-follow-up",
  outcome: "field-recipient-outcome",
  answer: "field-recipient-answer",
  institution_name: "field-recipient-institution-name",
};
