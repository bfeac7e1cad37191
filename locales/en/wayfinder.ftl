# Wayfinder: screens and messages, English. Every visible string of the app comes from here.
# The same keys exist in every language folder; a test fails when one is missing.

# The language's own name, shown in the language switcher.
language-name = English
app-title = Wayfinder
app-tagline = Case files for families seeking care abroad

## First start: creating the vault

setup-title = Create your vault
setup-intro = Your case files are kept encrypted on this computer. The key is kept in this computer's keychain. If that key is ever lost, your recovery passphrase is the only way back in.
setup-generated-label = Your recovery passphrase
setup-generated-hint = Write it down on paper and keep it somewhere safe, away from this computer. Nobody, not even your team's admin, can recover it for you.
setup-confirm-label = Type the passphrase again to confirm you have it
setup-own-toggle = Choose my own passphrase instead
setup-generated-toggle = Use a generated passphrase
setup-own-label = Your recovery passphrase
setup-own-hint = At least { $min } characters. Several unrelated words are easier to remember and harder to guess.
setup-create = Create the vault
setup-creating = Creating the vault…
setup-mismatch = The two passphrases are not the same. Check both and type them again.
setup-new-suggestion = Suggest another

## Unlocking

unlock-title = The vault is locked
unlock-intro = Nothing of any case is shown while the vault is locked.
unlock-with-keychain = Unlock
unlock-passphrase-label = Recovery passphrase
unlock-with-passphrase = Unlock with passphrase
unlock-reason-keychain-missing = This computer's keychain holds no key for this vault: it may have been removed, or this is a new computer. Enter your recovery passphrase; the key will then be stored in the keychain again.
unlock-reason-keychain-mismatch = The key in this computer's keychain does not belong to this vault. Enter your recovery passphrase; the right key will then be stored in the keychain.
unlock-reason-keychain-locked = This computer's keychain is locked. Unlock it (for example by logging in to your desktop again) and press Unlock, or enter your recovery passphrase.
unlock-reason-keychain-unavailable = No keychain could be reached on this computer. Enter your recovery passphrase to unlock the vault.
unlock-keychain-stored-again = The vault key is stored in the keychain again.
unlock-keychain-not-stored = The vault is unlocked, but its key could not be stored in the keychain; you will need your passphrase next time.

## The window's frame

nav-cases = Cases
nav-settings = Settings
lock-now = Lock
lock-shortcut-hint = Lock the vault now (Ctrl+L)

## Cases

cases-title = Cases
cases-empty = No cases yet. Create one for each family you guide.
cases-count = { $count ->
    [one] One case
   *[other] { $count } cases
}
case-new = New case
case-create = Create the case
case-cancel = Cancel
case-back = All cases
case-title = Case
case-created = Opened { $date }
case-updated = Last changed { $date }
case-saving = Saving…
case-saved = Saved
case-save-failed = Not saved
case-child = The child
field-child-name = Child's name
field-date-of-birth = Date of birth
field-country = Country
field-country-choose = Choose a country
field-languages = Languages spoken
field-languages-add = Add a language
field-languages-remove = Remove { $language }
field-age = { $years ->
    [one] { $years } year old
   *[other] { $years } years old
}

## Settings

settings-title = Settings
settings-language = Language of the screens
settings-auto-lock = Lock the vault after this many minutes without activity
settings-auto-lock-unit = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-saved = Settings saved

## Errors. Each says what happened and what to do next; none ever contains a key, a passphrase
## or anything about a patient.

error-wrong-key = The key in this computer's keychain does not open this vault. Unlock with your recovery passphrase.
error-wrong-passphrase = That passphrase does not open this vault. Check it (spaces and capital letters count) and try again.
error-keychain-missing = This computer's keychain holds no key for this vault. Unlock with your recovery passphrase.
error-keychain-mismatch = The key in this computer's keychain does not belong to this vault. Unlock with your recovery passphrase.
error-keychain-locked = This computer's keychain is locked. Unlock it and try again, or use your recovery passphrase.
error-keychain-unavailable = No keychain could be reached on this computer. Use your recovery passphrase.
error-not-a-vault = The vault folder holds files that are not a Wayfinder vault. Nothing was changed. Move that folder aside or restore it from a backup, then start Wayfinder again.
error-vault-damaged = The vault is damaged and cannot be opened safely. Nothing was changed. Restore it from a backup or ask your team's admin for help.
error-vault-too-new = This vault was written by a newer version of Wayfinder. Install the latest version to open it; nothing was changed.
error-vault-exists = A vault already exists on this computer. Unlock it instead of creating a new one.
error-vault-locked = The vault is locked. Unlock it and try again.
error-disk-full = The disk is full, so nothing was saved. Free some space and try again.
error-storage-failed = The vault could not be read or written. Nothing was lost; try again, and if it happens again restart Wayfinder.
error-passphrase-too-short = The passphrase is too short: use at least { $min } characters.
error-passphrase-too-guessable = This passphrase would be easy to guess. Use several unrelated words, or the suggested passphrase.
error-case-not-found = This case is no longer in the vault. Go back to the list of cases.
error-invalid-request = The app sent a request it should not have. Restart Wayfinder; if it happens again, tell your team's admin.
error-name-empty = Enter the child's name.
error-name-too-long = The name is too long: at most { $max } characters.
error-name-control-characters = The name contains invisible control characters. Type it again.
error-date-invalid = Enter a real date.
error-travel-rule-invalid = Write when the item is due as days before or after one of the plan's dates (travel, visa appointment, admission, return), at most two years.
error-travel-zone-unknown = That time zone is not known. Choose the place's zone from the list (for example Europe/Istanbul).
error-travel-time-skipped = That time does not exist there: the clocks skip it when summer time begins. Check the time on the ticket or the letter.
error-travel-circular = These items wait for each other in a circle, so none could ever start. Take one of them out of another's "after".
error-date-of-birth-in-future = The date of birth cannot be in the future.
error-date-of-birth-too-early = The date of birth must be { $min_year } or later.
error-country-unknown = Choose a country from the list.
error-language-unknown = Choose languages from the list.
error-languages-empty = Add at least one language the family speaks.
error-value-empty = This field cannot be empty.
error-text-too-long = The text is too long: at most { $max } characters.
error-choice-unknown = Choose one of the options in the list.
error-email-invalid = Enter an e-mail address such as name@example.org.
error-phone-invalid = Enter a phone number with its country code, such as +971 50 123 4567.
error-code-invalid = This is not a valid code. Check its form (for example C71.6, or 9470/3 for a morphology code).
error-stage-refused = The case cannot move to that stage from where it is now. Choose one of the stages offered.
error-request-status-refused = The request cannot move to that status from where it is now (an answered, declined or cancelled request is final). Choose one of the statuses offered.

## The case file: sections, fields, choices

section-child = The child
section-diagnosis = Diagnosis
section-coordination = Coordination
section-stage = Stage
kind-contact-title = Guardians and contacts
kind-contact-add = Add a contact
kind-treatment-title = Treatment history
kind-treatment-add = Add a treatment step
kind-question-title = Questions for the reviewers
kind-question-add = Add a question
kind-consent-title = Consents
kind-consent-add = Add a consent
kind-task-title = Tasks
kind-task-add = Add a task
kind-note-title = Notes
kind-note-add = Add a note
entity-add = Add
entity-delete = Delete
entity-none = None yet.
field-case-stage = Stage
field-case-child-name = Child's name
field-case-child-date-of-birth = Date of birth
field-case-child-sex = Sex
field-case-child-country = Country
field-case-child-languages = Languages spoken
field-case-diagnosis-text = Diagnosis, as the records state it
field-case-diagnosis-icd10 = ICD-10 code
field-case-diagnosis-topography = ICD-O-3 topography
field-case-diagnosis-morphology = ICD-O-3 morphology
field-case-diagnosis-risk-group = Risk group
field-case-assignee = Coordinator in charge
field-case-waiting-on = Waiting on
field-contact-name = Name
field-contact-relation = Relation to the child
field-contact-phone = Phone
field-contact-email = E-mail
field-contact-language = Language
field-contact-channel = Preferred channel
field-treatment-what = Treatment
field-treatment-where = Where
field-treatment-from = From
field-treatment-to = To
field-treatment-outcome = Outcome
field-question-text = Question
field-consent-what = What may be shared
field-consent-recipient = With whom
field-consent-until = Until
field-task-title = Task
field-task-due = Due
field-task-assignee = Assigned to
field-task-done = Done
field-note-text = Note
option-none = Not set
option-sex-female = Female
option-sex-male = Male
option-sex-other = Other
option-sex-unknown = Unknown
option-channel-phone = Phone call
option-channel-sms = Text message
option-channel-whatsapp = WhatsApp
option-channel-email = E-mail
option-channel-in-person = In person
stage-inquiry = Inquiry
stage-intake = Intake
stage-records = Records
stage-review = Review
stage-matching = Matching
stage-travel = Travel
stage-treatment = Treatment
stage-follow-up = Follow-up
stage-closed = Closed
stage-move-to = Move to: { $stage }
stage-history-title = Stage history
stage-history-entry = { $stage }: { $date }, by { $author }
author-you = you
author-member = member { $id }

## Conflicts

conflict-title = These versions were written without seeing each other. Choose the right one.
conflict-version = Written by { $author } on { $date }
conflict-keep = Keep this one
conflict-cleared = (emptied)
conflict-deleted = { $author } deleted this on { $date } while it was being changed here. Keep it, with the changes, or let the deletion stand.
conflict-keep-entity = Keep it
conflict-delete-entity = Delete it

## The case list's filters

cases-search = Find a case by name
cases-filter-stage = Stage
cases-filter-country = Country
cases-filter-assignee = Coordinator
cases-filter-any = Any
cases-none-match = No case matches these filters.
cases-conflicts = { $count ->
    [one] One conflict to settle
   *[other] { $count } conflicts to settle
}

## Today

nav-today = Today
today-title = Today
today-tasks = Tasks due and overdue
today-tasks-none = No task is due.
today-tasks-shown = { $shown } of { $total } shown
today-tasks-more = Show more
today-due-today = Due today
today-overdue = { $days ->
    [one] One day overdue
   *[other] { $days } days overdue
}
today-waiting = Cases waiting on someone
today-waiting-none = No case is waiting on anyone.
today-waiting-on = Waiting on { $who }
today-consents = Consents ending soon
today-consents-none = No consent ends within the next 30 days.
today-translations = Documents to translate
today-translations-none = No document is waiting for a translation.
today-consent-expired = Expired on { $date }
today-consent-ends-today = Ends today
today-consent-ends = { $days ->
    [one] Ends tomorrow
   *[other] Ends in { $days } days
}

## Undo

undo = Undo
undo-hint = Undo your last change (Ctrl+Z)
undo-nothing = There is nothing to undo.

## Records: importing, the list, the viewer

kind-record-title = Records
kind-record-add = Add a record
field-record-title = Title
field-record-category = Category
field-record-date = Date of the document
field-record-institution = Issued by (institution)
field-record-language = Language of the document
field-record-content = Original file
option-category-pathology = Pathology
option-category-imaging = Imaging
option-category-lab = Laboratory results
option-category-biomarker = Biomarkers and genomics
option-category-treatment-summary = Treatment summary
option-category-discharge-letter = Discharge letter
option-category-referral = Referral
option-category-identity-travel = Identity and travel
option-category-consent = Consent
option-category-other = Other
records-import-files = Import files…
records-import-folder = Import a folder…
records-drop-hint = You can also drop files or folders (such as a CD of scans) anywhere on this window.
records-drop-active = Drop the files to import them into this case.
records-category = Category of these files
records-category-suggest = Suggest one from each file's content
records-allow-duplicate = Import files already in the vault anyway
records-none = No records yet. Import files or drop them on this window.
records-documents = Documents
records-studies = Imaging studies
record-pages = { $pages ->
    [one] one page
   *[other] { $pages } pages
}
record-images = { $count ->
    [one] one image
   *[other] { $count } images
}
import-starting = Getting the files ready…
import-status = File { $n } of { $total }: { $title }
import-cancel = Cancel the import
import-finished = { $imported ->
    [0] No file imported.
    [one] One file imported.
   *[other] { $imported } files imported.
}
import-cancelled = Cancelled: { $imported } imported; the rest were not.
import-password-label = Password of this PDF
import-retry = Retry
import-skip = Skip
import-anyway = Import anyway
import-suggested = Category and language were suggested from the file: check them, change them if needed, and confirm.
import-confirm = Confirm
import-already-in = Already in the vault as “{ $title }”, in the case of { $case }
viewer-close = Close
viewer-printing = Preparing the pages for printing: { $n } of { $total }
viewer-print-hint = Print the record (Ctrl+P)
viewer-print = Print…
viewer-loading = Loading…
viewer-prev = Previous page
viewer-next = Next page
viewer-page-indicator = Page { $n } of { $total }
viewer-image-indicator = Image { $n } of { $total }
viewer-go = Go to page
viewer-zoom-in = Zoom in
viewer-zoom-out = Zoom out
viewer-zoom = { $percent }%
viewer-zoom-fit = Fit to width
viewer-rotate = Rotate
viewer-matches = { $count ->
    [0] No match on this page
    [one] One match on this page
   *[other] { $count } matches on this page
}
viewer-page-alt = Page { $n }
viewer-thumbnails = Pages
viewer-thumbnail = Go to page { $n }
viewer-close-hint = Close (Escape)
viewer-toolbar = Page tools
viewer-fit = Page size
viewer-fit-page = Fit page
viewer-actual-size = Actual size
viewer-find = Find in this document
viewer-find-prev = Previous page with a match
viewer-find-next = Next page with a match
viewer-find-none = Not found in this document
viewer-find-pages = Page with a match { $n } of { $count }
viewer-find-count = { $count ->
    [one] One page has a match
   *[other] { $count } pages have a match
}
dicom-window-own = The file's own window
dicom-window-center = Window centre: { $value }
dicom-window-width = Window width: { $value }
dicom-window-reset = Back to the file's own window
dicom-image = Image
dicom-series = Series
dicom-modality = Modality
dicom-instance = Instance number
dicom-size = Rows × columns
dicom-transfer-syntax = Transfer syntax

## Search

nav-search = Search
search-title = Search
search-label = Search every case and every document
search-case-label = Search in this case
search-searching = Searching…
search-none = Nothing found.
search-hit-page = { $title }, page { $page }

# Records: import and viewing errors

error-record-missing = This record's file has not arrived in this vault yet. Try again after the next sync.
error-import-busy = An import is already running. Wait for it to finish or cancel it, then try again.
error-import-empty = This file is empty. Ask the family to send it again.
error-import-not-supported = This file is not a PDF, a photo or scan (JPEG, PNG, TIFF) or a DICOM image, so it cannot be imported. Ask for it in one of these formats.
error-import-too-large = This file is too large to import (more than 4 GB). Ask for it in smaller parts.
error-import-unreadable = This file could not be read. Check that it is still there and that you may open it, then try again.
error-pdf-engine-missing = The PDF engine is missing from this installation. Reinstall Wayfinder.
error-pdf-unreadable = This PDF is damaged or is not a PDF. Ask the family or the hospital to send it again.
error-pdf-password-required = This PDF is protected by a password. Enter the password to import it, or skip it.
error-pdf-password-wrong = That password was not accepted. Check it and try again, or skip this file.
error-pdf-unsupported-security = This PDF uses a kind of protection that cannot be opened. Ask for an unprotected copy.
error-pdf-no-such-page = This page does not exist in the document.
error-pdf-not-open = The document was closed. Open it again.
error-pdf-render-failed = This page could not be shown. Try another zoom, or open the document again.
error-pdf-engine-stopped = The PDF engine stopped. Restart Wayfinder.
error-image-damaged = This image is damaged or cut short. Ask the family to send it again.
error-image-too-large = This image is too large to show. Ask for a smaller copy.
error-image-unsupported = This kind of image is not supported yet. Ask for it as a JPEG or a PDF.
error-image-no-such-page = This page does not exist in the image.
error-dicom-not-dicom = This file is not a DICOM image.
error-dicom-damaged = This DICOM file is damaged or cut short. Ask the hospital for a new copy of the CD.
error-dicom-codec-unsupported = This image's compression is not supported yet. Its details are listed; ask the hospital for an uncompressed copy to see it.
error-dicom-no-image = This DICOM file holds no image (it may be a plan or a report).
import-imported = Imported.
import-duplicate = Already in this vault: { $places }.

## Reports: the case summary, in the reader's language
report-summary-title = Case summary for second-opinion review
report-child = Patient
report-diagnosis = Diagnosis
report-status = Current status
report-timeline = Treatment so far
report-treatment = Treatment
report-place = Where
report-dates = Dates
report-outcome = Outcome
report-questions = Questions for the reviewers
report-enclosed = Enclosed records
report-record = Record
report-category = Category
report-date = Date
report-pages = Pages
report-coordinator = Contact
report-none = None recorded.
report-page = Page { $n } of { $total }
report-name = Name
report-date-of-birth = Date of birth
report-sex = Sex
report-country = Country
report-withheld = Withheld (no consent for this recipient)
report-not-recorded = Not recorded
report-diagnosis-text = Diagnosis
report-icd10 = ICD-10
report-topography = ICD-O-3 topography
report-morphology = ICD-O-3 morphology
report-risk-group = Risk group
report-prepared = Prepared on { $date }
report-date-pattern = %-d %B %Y
error-report-font-missing = A font for reports is missing. Run the setup again to install it, then try again.
error-report-template = The report could not be laid out. Please report this problem; nothing in the case was changed.
error-report-pdf = The report could not be written as a PDF. Try again; nothing in the case was changed.

## Reports in the app: preparing, previewing, exporting; the log of what was sent
kind-export-title = Reports sent
kind-export-add = Record a report sent
field-export-report = Report
field-export-recipient = Sent to
field-export-language = Language
field-export-records = Records enclosed
field-export-pages = Pages
field-export-file = File
option-report-summary = Case summary
option-report-packet = Review packet
option-report-record = One record, as its original
option-report-translation = A translated document
option-report-xliff = A document's passages (XLIFF)
option-report-tmx = A translation memory (TMX)
option-report-checklist = The family's travel checklist
field-consent-identity = Identity the reports may show
option-identity-full = Name and date of birth
option-identity-initials = Initials only
option-identity-none = Nothing that names the child
report-age = Age
report-age-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
reports-title = Reports
reports-kind = Report
reports-language = Reader's language
reports-consent = Recipient, under the family's consent
reports-no-consent = Someone without a consent (the child is not named)
reports-consent-option = { $recipient }: { $identity }
reports-consent-expired = { $recipient }: expired
reports-recipient = Who receives it
reports-records = Records to enclose, in this order
reports-records-none = This case has no records yet.
reports-record-unsupported = Cannot be enclosed in a packet; send it on its own (Report: One record, as its original).
reports-move-up = Move up
reports-move-down = Move down
reports-prepare = Prepare the preview
reports-preparing = Preparing…
reports-shows = Shows of the child: { $identity }
reports-export = Export…
reports-exported = Exported as { $file }, and noted in this case.
reports-contact-missing = Your contact details are not set: the reader will not know whom to answer. Add them in Settings.
reports-history = Sent
reports-history-entry = { $date }: { $report } in { $language } to { $recipient }
reports-history-none = No report has been exported from this case yet.
reports-save-title = Export the report
interchange-xliff-save-title = Export the passages as XLIFF
interchange-tmx-save-title = Export the memory as TMX
interchange-xliff-open-title = Choose a translated XLIFF file to read back
interchange-tmx-open-title = Choose a TMX memory to add
record-export-folder-title = Name the new folder for the study
record-export-title = Export the record
reports-history-record = { $date }: { $title } (original) to { $recipient }
reports-record-export = Export the record…
reports-record-original = The original goes as the family sent it, with every name and date it carries; a password-protected PDF goes without its password; a DICOM study becomes a folder of its image files.
reports-record-choose = Record to send
settings-contact-title = Your contact on reports
settings-contact-hint = Printed on every case summary and packet, so that reviewers know whom to answer.
settings-contact-name = Name
settings-contact-organisation = Organisation
settings-contact-email = E-mail
settings-contact-phone = Phone
error-report-consent-expired = This consent has expired, so nothing may be sent under it. Renew it with the family, or choose another recipient.
error-report-conflict = A field of this case used in the report has two versions. Choose the right one in the case file, then prepare the report again.
error-report-recipient-missing = Say who receives the report.
error-report-record-unsupported = A ticked record cannot be enclosed in a packet (a TIFF scan or a DICOM study). Untick it and send it on its own.
error-report-not-prepared = There is no report to show or export. Prepare the preview again.
error-export-not-allowed = Wayfinder may not write in that folder. Choose another folder, then export again.
error-export-failed = The report could not be written there. Choose another folder, then export again; nothing was noted in the case.
error-export-exists = Something with that name is already there. Choose another name, then export again; nothing was noted in the case.
error-print-failed = The print dialog could not be opened. Try again; if it keeps failing, export the record and print it from your PDF reader.

## Team sync errors
error-team-not-joined = This vault has not joined a team yet. Join your team's server under Team first.
error-team-already-joined = This vault already belongs to a team. A vault joins one team only.
error-team-not-in-roster = This person is not in your team's member list yet. Ask an admin to add them, then try again.
error-sync-bad-signature = Something the server sent is not signed by a member of your team. It was set aside, not applied. Tell your team's admin.
error-sync-undecryptable = Something the server sent cannot be opened with your keys. It was set aside. Ask whoever shared the case to share it again.
error-sync-malformed = The server sent something damaged. It was set aside, not applied. Tell your team's admin.
error-sync-unknown-author = Something the server sent is from someone who is not in your team's member list. It was set aside. Tell your team's admin.
error-sync-mismatch = Something the server sent does not match what it claims to be. It was set aside. Tell your team's admin.
error-sync-roster-broken = The member list the server sent is not signed by your team's admins. Nothing was changed. Tell your team's admin and compare fingerprints aloud.
error-sync-not-admin = Only an admin of the team can change its members.
error-sync-no-randomness = The computer gave no random numbers to make a new key. Restart Wayfinder and try again.
error-link-bad-address = This is not a server address. Enter it as your team's admin gave it, for example https://sync.example.org.
error-link-plain-http = This address starts with http://, so the connection to another computer would not be encrypted. Use the https:// address, or confirm that you want plain http.
error-link-bad-code = This code cannot be read. Check each character (letters and digits only; dashes and spaces do not matter) or ask for the code again.
error-link-wrong-code = This is a different kind of code. Use a creation code to create the team and an invitation code to join it.
error-link-offline = The team's server cannot be reached. Your work is kept on this computer and will be sent when the connection is back.
error-link-version = The team's server speaks another version of the sync protocol. Update Wayfinder, or ask your team's admin to update the server.
error-link-protocol = The address answered, but not as a Wayfinder server. Check the address with your team's admin.
error-server-refused = The team's server refused the request. Try again later; if it keeps happening, tell your team's admin.
error-server-code-not-valid = This code is not valid: it was already used, it has expired, or it is for another team. Ask for a new invitation.
error-server-too-many-attempts = Too many wrong codes were tried for this team lately, so the server is not checking codes for a few minutes. Check the code you were given, and try again in ten minutes.
error-server-not-a-member = The team's server no longer counts you as a member of this team. Ask your team's admin.
error-server-not-an-admin = Only an admin of the team can do this.
error-server-not-logged-in = The session with the team's server ended. Try again.
error-server-no-such-workspace = The team's server does not know this team. Check the address and the code with your team's admin.
error-server-workspace-exists = This team has already been created with that code. Ask the server's admin for a new code, or join with an invitation.
error-server-roster-version = Someone else changed the team's members at the same time. Sync, then try again.
error-server-name-not-valid = Enter your name as the team should see it (at most 80 characters).
error-server-storage-failed = The team's server could not store what was sent. Nothing was lost here; it will be sent again. Tell your team's admin if it keeps happening.
error-server-quota-exceeded = Your share of the team's server is full, so what you wrote and imported is waiting on this computer. Nothing was lost. Ask your team's admin to raise the limit; it will be sent then.

## Team
nav-team = Team
team-title = Team
team-join = Join a team
team-create = Create the team
team-join-hint = Enter the server's address and the invitation code an admin of your team gave you, and your name as the team should see it.
team-create-hint = For the first member only: enter the server's address and the creation code the server's admin gave you. You become the team's first admin.
team-address = Server address
team-invitation-code = Invitation code
team-creation-code = Creation code
team-your-name = Your name
team-plain-confirm = Connect without encryption (plain http). Only on a network you trust.
team-server = Server
team-your-fingerprint = Your fingerprint
team-fingerprint-hint = Read your fingerprint aloud to your admin, by phone or in person, and compare it with theirs: if the digits match, no one has swapped your key.
team-waiting-admission = You have joined. An admin must now admit you; compare fingerprints with them.
team-members = Members
team-you = you
team-remove = Remove
team-invite-title = Invite someone
team-invite-hint = The code works once, for seven days. Give it to the person yourself, not through the team's server.
team-role = Role
team-invite = Make an invitation code
team-waiting-title = Waiting to be admitted
team-waiting-hint = Admit someone only after comparing their fingerprint with them aloud.
team-waiting-refresh = Refresh
team-admit = Admit
team-turn-away = Turn away
team-role-admin = Admin
team-role-coordinator = Coordinator
team-role-translator = Translator
team-role-liaison = Family liaison
sync-state-syncing = Syncing…
sync-state-offline = Offline: your work is kept here
sync-state-error = Sync stopped
sync-state-idle = In step with the team
sync-last = last synced { $when }
sync-unsent = { $count ->
    [one] { $count } edit not yet sent
   *[other] { $count } edits not yet sent
}
sync-held = { $count ->
    [one] { $count } item from the server did not verify and was set aside
   *[other] { $count } items from the server did not verify and were set aside
}
sync-retry-held = Try again
sync-now = Sync now
sharing-title = Shared with
sharing-shared = This case is shared with the members ticked below.
sharing-not-shared = This case is on this computer only.
sharing-remove-hint = Untick someone to stop sharing with them: what you write afterwards will not be readable to them.
sharing-save = Save sharing
sharing-saved = Saved
sync-missing = { $count ->
    [one] At least { $count } edit by another member has not arrived, though later ones have: the server may be withholding it. Tell your team's admin.
   *[other] At least { $count } edits by other members have not arrived, though later ones have: the server may be withholding them. Tell your team's admin.
}
error-team-not-allowed-to-share = Only coordinators and admins share cases. Ask your coordinator to share this case.
error-team-role-refused = Your role in the team does not allow this change: a translator works on the documents given to her, a liaison on everything but translations. Ask a coordinator.
error-server-not-allowed-to-share = Only coordinators and admins of the team can share a case. Ask your coordinator.

## Lists, records and messages after an action

entity-delete-confirm = Delete this entry? You can take it back with Undo right after.
entity-deleted = Deleted.
record-deleted = Record deleted.
records-select = Select “{ $title }”
records-select-all = Select every record of this list
records-selected = { $count ->
    [one] One record selected
   *[other] { $count } records selected
}
records-bulk-category = Set the category
records-bulk-language = Set the language
records-bulk-delete = Delete…
records-bulk-clear = Clear the selection
records-delete-confirm = { $count ->
    [one] Delete the selected record and its file from this case?
   *[other] Delete the { $count } selected records and their files from this case?
} One Undo right after brings them back.
records-deleted = { $count ->
    [one] One record deleted.
   *[other] { $count } records deleted.
}
records-changed = { $count ->
    [one] One record changed.
   *[other] { $count } records changed.
}
record-delete-confirm = Delete the record “{ $title }” and its file from this case? You can take it back with Undo right after.
toast-close = Close this message
record-edit = Edit
record-edit-done = Done
records-col-file = File
records-col-actions = Actions
records-conflict = two versions
today-mark-done = Mark “{ $task }” done
today-task-done = Task marked done.
case-sections = Sections of the case

## The list of cases: sorting and each case's standing

cases-sort = Sort by
cases-sort-updated = Last changed
cases-sort-name = Child's name
cases-sort-next-due = Next task due
cases-sort-overdue = Most overdue tasks
cases-sort-waiting = Waiting longest
cases-overdue = { $count ->
    [one] One task overdue
   *[other] { $count } tasks overdue
}
cases-next-due = Next due { $date }
cases-waiting-since = Waiting on { $who } since { $date }

## First steps and keyboard shortcuts

welcome-title = Welcome to Wayfinder
welcome-step-case = Open a case for the first family who asked for help.
welcome-step-records = In the case, import the child's records: PDFs, photos, scans or a hospital CD.
welcome-step-team = Working with others? Join your team's server to share cases.
welcome-step-settings = Add your name and contact details: reports carry them.
welcome-shortcuts = Press ? at any time for the keyboard shortcuts.
shortcuts-title = Keyboard shortcuts
shortcut-find = Search (in a case: this case; in a document: this document)
shortcut-new-case = Open a new case
shortcut-undo = Undo your last change
shortcut-lock = Lock the vault
shortcut-print = Print the record open in the reader
shortcut-close = Close the document, a question or this list
shortcut-pages = Previous and next page
shortcut-zoom = Zoom in and out
shortcut-sheet = This list
field-date-typed = Written like { $example }
calendar-open = Pick the date from a calendar
calendar-previous = Previous month
calendar-next = Next month
calendar-today = Today
calendar-close = Close

## Importing: duplicates and confirming

import-duplicate-title = Already in this vault:
import-confirm-all = Confirm all
import-confirm-all-hint = { $count } records wait for their category and language to be confirmed.

## A case's activity

activity-title = Activity
activity-none = Nothing has changed yet.
activity-unknown-kind = An entry
activity-made = { $what }: added
activity-deleted = { $what }: deleted
activity-changed = { $what }: “{ $field }” changed
activity-emptied = { $what }: “{ $field }” emptied

# Reading scans into text (Tesseract, on this laptop)
error-ocr-missing = Text cannot be read from scans: Tesseract is not installed on this computer. Install it (see the README), and Wayfinder will read them.
error-ocr-language-missing = Text cannot be read from scans: Tesseract has none of the needed languages. Install its language data (see the README).
error-ocr-crashed = The text of this page could not be read: the text reader stopped with an error. Type the text by hand if you need it.
error-ocr-timed-out = The text of this page could not be read: it took too long. Type the text by hand if you need it.
error-ocr-garbage = The text of this page could not be read: the text reader answered something unreadable. Check your Tesseract installation.
error-ocr-cancelled = Reading was paused because the vault locked. It goes on when you unlock.
records-reading = Reading text: page { $n } of { $total }
records-read-failed = { $count ->
    [one] One page could not be read
   *[other] { $count } pages could not be read
}
records-read-poor = { $count ->
    [one] One page read poorly: check its text
   *[other] { $count } pages read poorly: check their text
}
viewer-text-layer = Text read from the scan
viewer-text-poor = This page was read with low confidence ({ $percent }%). Check its text against the image before relying on it.
viewer-text-read = Text read from this scan: you can select and copy it.
viewer-text-waiting = Waiting to be read again…
viewer-text-language-missing = The text reader on this laptop cannot read { $languages }: install its language pack (see the README), then read the page again.
viewer-text-read-again = Read the page again

# A page's text typed by hand, in place of what was read on the scan
kind-page-text-title = Page texts typed by hand
kind-page-text-add = Type a page's text
field-page-text-record = Record
field-page-text-page = Page
field-page-text-text = Text of the page
viewer-text-correct = Correct the text…
viewer-text-edit = Text of this page
viewer-text-save = Save the text
viewer-text-cancel = Cancel
viewer-text-corrected = You typed this page's text: search and the packet use it.
viewer-text-versions = Two people typed this page's text differently. Keep one:
viewer-text-keep = Keep this one

# The translator's workspace: a record to translate, and its units
kind-translation-title = Translations
kind-translation-add = Mark for translation
field-translation-record = Document
field-translation-language = Into
field-translation-status = Status
field-translation-translator = Translator
field-translation-reviewer = Reviewer
field-translation-due = Due
field-translation-statement = Statement of accuracy
field-translation-source-language = From
option-translation-status-to-do = To do
option-translation-status-in-progress = In progress
option-translation-status-in-review = In review
option-translation-status-done = Done
kind-unit-title = Passages
kind-unit-add = Add a passage
field-unit-translation = Translation
field-unit-page = Page
field-unit-region = Place on the page
field-unit-source = Source text
field-unit-target = Translation
field-unit-state = State
field-unit-translator = Translated by
field-unit-reviewer = Reviewed by
field-unit-comment = Comment
field-unit-overrides = Checks overridden
kind-term-title = Glossary terms
kind-term-add = Add the term
field-term-source = Term
field-term-source_language = From
field-term-language = Into
field-term-target = Rendering
field-term-forbidden = Not to use
field-term-keep = Keep as it is (a drug, a gene, a code)
field-term-note = Note
option-unit-state-draft = Draft
option-unit-state-translated = Translated
option-unit-state-reviewed = Reviewed
option-unit-state-final = Final

# What a passage's checks found
check-number-missing = The number { $what } of the source is not in the translation.
check-number-added = The translation has the number { $what }, which the source does not.
check-unit-changed = The same number with another unit: { $what }.
check-date-missing = The date { $what } of the source is not in the translation.
check-date-ambiguous = The date { $what } can be read two ways: write the month in words, or the year first.
check-glossary-not-used = The team's glossary translates “{ $what }” as “{ $expected }”.
check-forbidden-term = The team's glossary says not to use “{ $what }”.
check-term-not-kept = “{ $what }” is to be kept exactly as it is.
check-unit-untranslated = The unit “{ $what }” is left in Latin letters: write it as this language does.
check-inconsistent = The same passage is translated elsewhere in this document as “{ $what }”.
error-unit-checks-open = This passage cannot be final yet: correct what its checks found, or let a check stand and give your reason.
error-interchange-unreadable = The file could not be read. Check that it is still there and that you may open it, then try again.
error-interchange-too-big = The file is far too big for a document's passages or a memory. Choose the file your translation tool exported.
error-interchange-malformed = This is not a well-formed XLIFF 2 or TMX file. Export it again from your translation tool; nothing was changed.
error-interchange-hostile = The file declares entities or a document type, which can be used to attack the app, so it was refused and nothing was changed. Export it again without them.
error-interchange-other-document = The file is for another document, or names passages this document does not have. Nothing was changed: choose the file exported from this document.
error-interchange-other-languages = The file is not in this document's languages. Nothing was changed: choose a file from and into the same languages.
error-glossary-columns = The file's first row must name its columns, with at least source, source_language and language. Nothing was added.
error-glossary-encoding = The file is not saved as UTF-8 text. Save it from your spreadsheet as "CSV UTF-8" and try again; nothing was added.
error-glossary-row = Row { $line } of the file is not a term: it needs a source term and two languages as two-letter codes. Nothing was added: correct the row and try again.
error-request-incomplete = This request misses what the institution asks for (listed under it). Add what is missing, or give your reason for sending it as it is.

# The translator's screens
nav-translations = Translations
translations-title = Documents to translate
nav-glossary = Glossary
glossary-title = The team's glossary
glossary-read-only = Your role in the team lets you read the glossary, not change it. A coordinator or a translator can change it.
glossary-intro = Terms every translator's passages are checked against. They are shared with the whole team: never put a patient's details in them.
glossary-no-team = The glossary belongs to a team. Join or create one under Team to keep one.
glossary-forbidden-hint = Renderings not to use, one a line
glossary-import = Add terms from a CSV file
glossary-import-hint = Columns: source, source_language, language, and optionally target, forbidden (separated by |), keep (yes), note. Languages as two-letter codes (ru, es).
glossary-imported = { $added } terms added; { $skipped } were in the glossary already.
glossary-filter = Find a term
glossary-count = { $terms ->
    [one] { $terms } term
   *[other] { $terms } terms
}
glossary-empty = No terms yet.
glossary-actions = Actions
glossary-kept = Kept as it is
glossary-delete = Remove
glossary-open-title = Choose a CSV glossary to add
translations-none = No document is marked for translation in the cases you hold. A coordinator marks one from a case's records.
translations-due = due { $date }
record-translate = Translate…
record-translate-marked = Marked for translation: it is in Translations.
workspace-back = All documents
workspace-coverage = Pages
workspace-prev = Previous page
workspace-next = Next page
workspace-page = Page { $page } of { $pages }
workspace-coverage-count = { $passages ->
    [0] no passage on this page yet
    [one] 1 passage on this page
   *[other] { $passages } passages on this page
}
workspace-draw-hint = Draw a rectangle around a passage on the page to translate it.
workspace-type-passage = Type a passage (handwriting, a stamp)…
workspace-how = How to take a passage
workspace-mode-draw = Draw a rectangle
workspace-mode-select = Select text
workspace-no-text = This page has no text to select: draw a rectangle, or type the passage.
workspace-select-hint = Select a passage in the page's text, then make a passage of it.
workspace-take-selection = Make a passage of the selection
workspace-no-passages = No passage on this page yet.
workspace-conflict = Two versions
workspace-let-stand = let stand: { $reason }
workspace-reason = Reason to let this stand
workspace-matches = Memory matches
workspace-no-matches = Nothing like it in your memory.
workspace-versions = Two translations were made at once. Keep one: the other stays in the history.
workspace-keep-version = Keep this one
workspace-memory-search = Search your memory
workspace-memory-search-go = Search
workspace-memory-none = No finished passage holds these words.
workspace-interchange = Work in another translation tool
workspace-interchange-recipient = Who receives the files
workspace-xliff-export = Export the passages (XLIFF)
workspace-xliff-import = Read back a translated XLIFF
workspace-tmx-export = Export the memory (TMX)
workspace-tmx-import = Add a memory (TMX)
workspace-interchange-saved = Saved as { $file }.
workspace-xliff-read = { $changed } passages changed, { $unchanged } unchanged, { $kept } kept because they were already reviewed or final.
workspace-tmx-read = { $changed } pairs added to your memory, { $unchanged } already there.
workspace-match-exact = Exact
workspace-match-numbers = Numbers differ
workspace-match-fuzzy = { $score }%
workspace-match-use = Use

# The translated document
translated-title = Certified translation
translated-document = Document
translated-languages = Languages
translated-translator = Translator
translated-date = Date
translated-source-hash = SHA-256 of the original
translated-text-hash = SHA-256 of the translation's text
translated-statement = Statement of accuracy
translated-original-page = Original, page { $n }
translated-translation-page = Translation of page { $n }
translated-no-statement = The translator has not written a statement of accuracy.
translated-lang-en = English
translated-lang-es = Spanish
translated-lang-fr = French
translated-lang-ar = Arabic
translated-lang-zh = Chinese
translated-lang-ru = Russian

workspace-export = The translated document
workspace-export-recipient = For
workspace-export-overlay = Translation over the original passages (rather than on a page after each)
workspace-export-prepare = Prepare the document
workspace-export-save = Save as PDF…
workspace-export-saved = Saved as { $file }; noted in the case.

# Travel (issue 18): the trip, its checklist, itinerary and travellers.
kind-trip-title = Travel
kind-trip-add = Plan a trip
field-trip-destination = Destination
field-trip-hospital = Hospital
field-trip-visa-type = Visa
field-trip-template = Planned from
field-trip-travel = Travel date
field-trip-visa = Visa appointment
field-trip-admission = Admission
field-trip-return = Return
field-trip-passport-months = Passport valid after the return (months)
field-trip-one-parent = The child travels with one parent
field-trip-other-parent-consent = The other parent's consent is in the file
kind-trip-item-title = Travel checklist
kind-trip-item-add = Add an item
field-trip-item-trip = Trip
field-trip-item-title = What
field-trip-item-rule = When
field-trip-item-due = Due
field-trip-item-done = Done
field-trip-item-assignee = Who
field-trip-item-needs = Needs
field-trip-item-records = Records it needs
field-trip-item-after = After
field-trip-item-source = Source
field-trip-item-check-embassy = Check with the embassy
field-trip-item-note = Note
kind-trip-leg-title = Itinerary
kind-trip-leg-add = Add to the itinerary
field-trip-leg-trip = Trip
field-trip-leg-leg = Kind
option-leg-flight = Flight
option-leg-ground = Ground transport
option-leg-stay = Stay
option-leg-appointment = Appointment
field-trip-leg-title = What
field-trip-leg-from-place = From
field-trip-leg-starts = Starts (local time)
field-trip-leg-starts-zone = Time zone there
field-trip-leg-to-place = To
field-trip-leg-ends = Ends (local time)
field-trip-leg-ends-zone = Time zone there
field-trip-leg-reference = Booking reference
field-trip-leg-note = Note
kind-traveller-title = Travellers
kind-traveller-add = Add a traveller
field-traveller-trip = Trip
field-traveller-name = Name
field-traveller-role = Travels as
option-traveller-role-child = The child
option-traveller-role-parent = Parent
option-traveller-role-attendant = Attendant
field-traveller-passport-expiry = Passport expires
field-traveller-in-invitation = Named in the invitation letter
travel-item-passports = Check that every traveller's passport is valid long enough
travel-item-records-sent = Send the medical records to the hospital for its opinion
travel-item-quote = Receive the treatment plan and the cost estimate
travel-item-payment-guarantee = Arrange the payment guarantee or the deposit
travel-item-invitation = Obtain the hospital's invitation letter naming the child and the attendants
travel-item-other-parent-consent = The other parent's consent, if the child travels with one parent
travel-item-visa-application = Submit the visa applications
travel-item-visa-appointment = Attend the visa appointment
travel-item-insurance = Buy travel medical insurance
travel-item-flights = Book the flights (with the airline's medical clearance if needed)
travel-item-accommodation = Book accommodation near the hospital
travel-item-interpreter = Arrange an interpreter for admission and consultations
travel-item-admission-forms = Fill in the hospital's admission forms
travel-item-transfer = Arrange the transfer from the airport
travel-item-hand-luggage = Pack the medical summary, the scans and the medicines in hand luggage
travel-family = The family
travel-visa-in = e-Medical visa (with e-Medical Attendant visas)
travel-visa-tr = Visa for medical treatment
travel-visa-de = Visa for medical treatment (Schengen or national)
travel-visa-es = Schengen visa for medical treatment
travel-visa-us = B-2 visitor visa for medical treatment
travel-visa-ae = Entry permit for medical treatment
travel-starter = Wayfinder's starter checklist
travel-anchor-travel = travel
travel-anchor-visa = visa appointment
travel-anchor-admission = admission
travel-anchor-return = return
travel-flag-circle = These items wait for each other in a circle, so none can start: { $items }. Take one of them out of another's "after".
travel-flag-in-past = Due before today.
travel-flag-before = Falls before "{ $item }", which it comes after.
travel-flag-waits = Waits for the { $anchor } date to be set.
travel-flag-passport = The passport must be valid until at least { $date } ({ $months } months after the return).
travel-flag-not-invited = Not named in the hospital's invitation letter.
travel-flag-consent = A child travelling with one parent needs the other parent's consent: it is not in the file yet.
travel-flag-ends-before-start = Ends before it starts: check the time zones of both ends.
travel-flag-time-skipped = That local time does not exist there (the clocks skip it): check the time.
travel-flag-overlap = At the same time as "{ $other }".
travel-flag-before-arrival = Starts before "{ $other }" arrives.
travel-flag-conflict = Changed in two places at once: both versions are kept until she saves one. Check it and save it again.
travel-none = No trip planned yet.
travel-starter-use = Start from Wayfinder's checklist for this destination (check every item with the embassy)
today-travel = Travel items due
today-travel-none = No travel item is due.

## The family's travel checklist (a report)
checklist-title = Our trip to { $country }
checklist-hospital = Hospital
checklist-travel = We travel on
checklist-admission = Admission
checklist-return = We return on
checklist-todo = What to do, and by when
checklist-what = What
checklist-when = By
checklist-who = Who
checklist-needs = Papers needed
checklist-no-date = date to come
checklist-bring = What to bring
checklist-passport = The passport of { $name }
checklist-journey = The journey, in local times
checklist-local-time = { $date }, { $time } ({ $place } time)
checklist-call = Whom to call
travel-checklist = The family's checklist
travel-checklist-language = In the language of
travel-checklist-prepare = Prepare the family's checklist
travel-checklist-recipient = The family
travel-leg-yours = Your time: { $starts } → { $ends }
travel-leg-starts-time = Time it starts there (hours:minutes)
travel-leg-ends-time = Time it ends there (hours:minutes)

## Reminders: how many travel items, never which
travel-reminder-today = { $count ->
    [one] One travel item is due today.
   *[other] { $count } travel items are due today.
}
travel-reminder-late = { $count ->
    [one] One travel item is late.
   *[other] { $count } travel items are late.
}
travel-missed = { $count ->
    [one] While Wayfinder was locked or closed, one travel item fell due. It is listed in Today.
   *[other] While Wayfinder was locked or closed, { $count } travel items fell due. They are listed in Today.
}

## The team's travel templates
travel-template-from = Or from a team template
travel-template-none = None
travel-template-name = Name of the template (for example: Istanbul, Acibadem)
travel-template-save = Keep as a team template
travel-template-saved = Kept as the team's template "{ $name }".
travel-template-option = { $name } · { $country }
travel-leg-time-example = 19:05

## A trip's item written by hand
travel-rule-before = { $days } days before the { $anchor } date
travel-rule-after = { $days } days after the { $anchor } date
travel-rule-on = On the { $anchor } date
travel-item-edit = Change
travel-item-dated-rule = Days before or after one of the trip's dates
travel-item-dated-date = On a date
travel-item-days = Number of days
travel-item-direction = Before or after
travel-item-anchor = Which of the trip's dates
travel-item-before = before
travel-item-after = after
travel-item-save = Save the item
travel-item-cancel = Cancel

## Coordination: the directory, requests, the communication log
kind-request-title = Requests
kind-request-add = New request
field-request-kind = What is asked
field-request-title = Title
field-request-questions = Questions asked
field-request-consent = Under the consent
field-request-records = Records enclosed
field-request-slides-sent = Slides or blocks sent
field-request-payment-arranged = Payment guarantee arranged
kind-recipient-title = Recipients
kind-recipient-add = Add a recipient
field-recipient-request = Request
field-recipient-institution = Institution
field-recipient-institution-name = Institution
field-recipient-status = Status
field-recipient-follow-up = Follow up on
field-recipient-outcome = Outcome
kind-dispatch-title = Sent
kind-dispatch-add = Send
field-dispatch-recipient = Recipient
field-dispatch-packet = What was sent
field-dispatch-override-reason = Why it went incomplete
kind-communication-title = Communication log
kind-communication-add = Log a communication
field-communication-channel = How
field-communication-direction = Direction
field-communication-date = Date
field-communication-institution-name = Institution
field-communication-contact = With
field-communication-request = About the request
field-communication-summary = Summary
field-communication-records = Records attached
option-request-kind-second-opinion = Second opinion
option-request-kind-eligibility = Eligibility for a trial
option-request-kind-admission = Admission
option-request-kind-quote = Quote
option-request-status-draft = Draft
option-request-status-sent = Sent
option-request-status-received = Received
option-request-status-information-requested = Information requested
option-request-status-accepted = Accepted
option-request-status-declined = Declined
option-request-status-answered = Answered
option-request-status-cancelled = Cancelled
option-direction-incoming = Incoming
option-direction-outgoing = Outgoing
kind-institution-title = Directory
kind-institution-add = Add an institution
field-institution-name = Name
field-institution-kind = Kind
field-institution-department = Department
field-institution-country = Country
field-institution-city = City
field-institution-languages = Languages it accepts
field-institution-turnaround = Usual days to answer
field-institution-email = E-mail
field-institution-phone = Phone
field-institution-note = Notes
option-institution-kind-hospital = Hospital
option-institution-kind-tumour-board = Tumour board
option-institution-kind-trial-team = Trial team
option-institution-kind-laboratory = Laboratory
option-institution-kind-embassy = Embassy
option-institution-kind-other = Other
kind-directory-contact-title = Contacts
kind-directory-contact-add = Add a contact
field-directory-contact-institution = Institution
field-directory-contact-name = Name
field-directory-contact-role = Role
field-directory-contact-email = E-mail
field-directory-contact-phone = Phone
field-directory-contact-languages = Languages
field-directory-contact-channel = Best reached by
kind-requirement-title = What a request must enclose
kind-requirement-add = Add a requirement
field-requirement-institution = Institution
field-requirement-request-kind = For a request of
field-requirement-need = It must enclose
field-requirement-language = In, or translated into
option-need-pathology = Pathology report
option-need-slides = Slides or blocks
option-need-imaging = Imaging report
option-need-imaging-dicom = Imaging as DICOM
option-need-molecular = Molecular report
option-need-lab = Laboratory results
option-need-treatment-summary = Treatment summary
option-need-discharge-letter = Discharge letter
option-need-referral = Referral letter
option-need-identity = Passport or identity document
option-need-consent = The family's consent
option-need-payment-guarantee = Payment guarantee

## The directory and a case's requests
directory-intro = The institutions the team works with, their contacts, and what each asks a request to enclose. Shared with the whole team; no patient data.
directory-no-team = The directory is the team's: join or create a team to keep one.
directory-filter = Find by name, city or contact
directory-count = { $count ->
    [one] One institution
   *[other] { $count } institutions
}
directory-empty = No institution yet.
directory-no-requirements = It asks nothing in particular yet.
directory-any-language = In any language
request-need-in = in { $language } or translated into it
nav-directory = Directory
request-none = No request yet.
request-institution-gone = No longer in the directory
request-waiting = { $days ->
    [one] One day without an answer
   *[other] { $days } days without an answer
}
request-missing = Missing, as this institution asks:
request-sent-on = Sent on { $date }
request-renamed-since = now called { $title }
request-sent-translation = Translation into { $language }
today-requests = Waiting for an answer
today-requests-none = No request waits past its follow-up date.
today-follow-up-today = Follow up today
request-log-none = Nothing logged yet.
request-log-no-request = Not about a request
field-recipient-answer = Records of the answer
request-information-task = Send { $institution } what it asked for
error-follow-up-past = That follow-up date has already gone by. Choose today or a later day, or leave it empty to use the institution’s usual time to answer.
request-history = Status history
request-log-make-task = Make a follow-up task
request-log-task-made = Task added to the case’s tasks.
cases-waiting-request = Waiting on { $who }
directory-shown = { $shown } shown; search to find the others
error-directory-columns = The file’s first row must name its columns, with at least a “name” column (and any of kind, department, country, city, languages, turnaround, email, phone, note, contact_name, contact_role, contact_email, contact_phone). Nothing was added.
error-directory-line = This line could not be read: it does not have as many cells as the first row names. Check its commas and quotes.
error-directory-changed = The file changed since you saw its preview. Nothing was added: open it again to see what it now holds.
error-directory-wrong-lines = { $count ->
    [one] One line of the file is wrong
   *[other] { $count } lines of the file are wrong
}. Nothing was added: correct the lines named in the preview and open the file again.
directory-import = Import from a CSV file…
directory-import-open-title = Choose the CSV file of the directory
directory-import-summary = { $lines } lines read ({ $encoding }): { $institutions } institutions and { $contacts } contacts to add, { $leftOut } left out, { $wrong } wrong.
directory-import-ignored = Columns left aside: { $columns }
directory-import-line = Line { $line }
directory-import-new = adds the institution
directory-import-contact = adds a contact to the institution of line { $line }
directory-import-in-directory = already in the directory: left out
directory-import-repeated = the same institution as line { $line }: left out
directory-import-wrong = wrong
directory-import-confirm = Add them to the directory
directory-import-cancel = Cancel
directory-import-fix-first = Nothing can be added while a line is wrong: correct the file and open it again.
directory-import-done = Added { $institutions } institutions and { $contacts } contacts.
directory-import-more = …and { $count } more lines to add.
request-follow-up-due = Its follow-up date has come: it is listed in Today until it is answered or moved.
directory-edit = Change its details
directory-conflict = Two members changed { $field } at the same time. Keep one:
directory-conflict-keep = Keep “{ $value }”
field-export-sha256 = SHA-256 of the file
request-send-report = Report sent with it
request-send-no-report = No exported report
request-sent-report = Report { $file }

# The audit log
audit-title = Audit log
audit-none = Nothing noted yet.
audit-filter-member = Member
audit-filter-action = Action
audit-filter-all = All
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-device = Device
audit-shown = { $shown } of { $count } entries
audit-whole = Every entry checks: { $count } signed and linked, none missing.
audit-chain = { $member }, device { $device }:
audit-unknown-author = The keys of { $member } (device { $device }) are not known on this laptop: their entries cannot be checked. Sync with the team, then open the case again.
audit-finding-altered = entry { $seq } was changed after it was signed.
audit-finding-missing = entries { $seq } to { $to } are missing.
audit-finding-out-of-order = entry { $seq } arrived out of order.
audit-finding-forked = two different entries carry number { $seq }: the log was rewritten.
audit-finding-held-back = only { $seq } entries arrived, but a later edit names entry { $to }: the server is holding some back.
audit-finding-foreign = entry { $seq } belongs to another device’s log.
audit-action-unlocked = Unlocked the vault
audit-action-unlock-failed = Failed to unlock
audit-action-case-opened = Opened the case
audit-action-record-viewed = Viewed a record
audit-action-field-changed = Changed the case file
audit-action-imported = Imported a record
audit-action-exported = Exported from the vault
audit-action-shared = Shared the case
audit-action-unshared = Took a member off the case
audit-action-member-added = Added a member
audit-action-member-removed = Removed a member

# Interchange: a case as an HL7 FHIR R4 Bundle, out and in.
error-fhir-not-json = The file is not a FHIR file (it is not JSON). Nothing was imported: ask the hospital for the case as a FHIR R4 Bundle in JSON.
error-fhir-not-a-bundle = The file is FHIR but not a Bundle. Nothing was imported: ask the hospital for the whole case as one FHIR R4 Bundle.
error-fhir-no-patient = The file names no patient, so there is no child to import. Nothing was imported: ask the hospital to include the Patient.
error-fhir-changed = The file changed since you saw its preview. Nothing was imported: open it again to see what it now holds.
error-fhir-not-confirmed = Confirm that the file is about the same child before adding it to this case. Nothing was imported.
option-report-fhir = The case as FHIR
fhir-export-save-title = Save the case as a FHIR file
fhir-import-open-title = Choose a FHIR file from a hospital
fhir-kept-heading = Kept from { $file }: what had no place in the case.
fhir-kept-no-place = no place for it in a case
fhir-kept-other-patient = about another patient
fhir-kept-no-file = its file is not in the file
fhir-kept-bad-file = its file could not be decoded
fhir-kept-another-condition = a further diagnosis (the case holds one)
fhir-kept-fields = fields with no place
fhir-kept-invalid = values Wayfinder does not accept
fhir-kept-in-case = already in the case
fhir-kept-protected = its file is protected by a password
fhir-kept-unreadable = its file could not be read
fhir-title = Exchange with hospital systems (FHIR)
fhir-export-intro = The case as an HL7 FHIR R4 file a hospital's system can read. The consent you choose decides what it shows of the child, as for reports.
fhir-originals = Include the records' files
fhir-export = Export as FHIR…
fhir-exported = Saved as { $file }.
fhir-import-case = Add a FHIR file to this case…
fhir-import-new = New case from a FHIR file…
fhir-preview-title = What the file holds
fhir-compare-file = In the file
fhir-compare-case = In this case
fhir-not-given = not given
fhir-same-child = This is the same child
fhir-differ = The name or the date of birth differ. Confirm only if you are sure it is the same child.
fhir-counts = { $contacts } contacts, { $treatments } treatments, { $records } records, { $consents } consents, { $communications } logged messages
fhir-diagnosis = Diagnosis: { $text }
fhir-kept-title = Kept with the case as notes: no place for it, or not accepted
fhir-missing = The file does not say all a new case needs. Fill in:
fhir-import = Import
fhir-cancel = Cancel
fhir-imported = Imported: { $records } records and { $entities } entries; { $kept } kept as notes.

# The disclosure report and its signed statement.
disclosure-title = Disclosures of { $child }'s records
disclosure-title-unnamed = Disclosures of the child's records
disclosure-intro = Every report, record and file that left this case, to whom, when and under which consent, with the SHA-256 fingerprint of each file sent: a file received can be checked against it.
disclosure-when = When
disclosure-what = What
disclosure-to = To whom
disclosure-consent = Under the consent
disclosure-file = File
disclosure-by = Sent by
disclosure-none = Nothing has left this case.
disclosure-no-consent = none chosen
disclosure-no-hash = not recorded (sent before fingerprints were kept)
disclosure-family = the family
option-report-disclosure = Disclosure report
option-report-statement = Signed disclosure statement (JSON)
statement-save-title = Save the signed disclosure statement
reports-statement-export = Export the signed statement (JSON)…
reports-statement-hint = A privacy officer can check the statement without Wayfinder's vault: wayfinder-audit verify STATEMENT.json
field-export-consent = Under the consent

# The audit log exported.
audit-col-object = On
audit-col-chain = Chain
audit-chain-checked = checked
audit-chain-broken = does not check: see the findings
audit-export-csv = Export the log (CSV)…
audit-export-pdf = Export the log (PDF)…
audit-export-save-title = Save the audit log
audit-exported = Saved as { $file }.
audit-pdf-title = Audit log of { $child }'s case

# The sealed case archive.
error-archive-not-an-archive = The file is not a Wayfinder case archive. Nothing was imported: choose the .wfarchive file you were sent.
error-archive-too-new = The archive was made by a newer version of Wayfinder. Nothing was imported: update Wayfinder, then open it again.
error-archive-wrong-passphrase = The passphrase does not open this archive. Nothing was imported: check it with the person who sent it, then try again.
error-archive-truncated = The archive is cut short: it did not arrive whole. Nothing was imported: ask for it to be sent again.
error-archive-altered = The archive was altered after it was sealed. Nothing was imported: ask for it to be sent again, and tell the sender.
error-archive-case-exists = This case is already in your vault. Nothing was imported twice.
error-archive-refused = The archive holds an edit Wayfinder would not accept. Nothing was imported: ask the sender to check the case.
option-report-archive = Sealed case archive
archive-save-title = Save the sealed case archive
archive-open-title = Choose a sealed case archive
archive-title = Sealed case archive
archive-intro = The whole case (its file, its records and its audit log) in one file sealed with a passphrase. Give the passphrase to the one who receives it some other way than the file.
archive-passphrase = Passphrase for the archive
archive-recipient = For whom
archive-export = Export the sealed archive…
archive-import = Open a sealed case archive…
archive-exported = Saved as { $file }.
error-archive-not-for-you = This archive was sealed for another member of the team: only her Wayfinder opens it. Nothing was imported: ask the sender to seal it for you.
error-archive-unknown-sender = This archive was sealed by someone not in your team's roster, so who sent it cannot be checked. Nothing was imported: sync with your team, then open it again, or ask the sender for an archive sealed with a passphrase.
archive-seal-for = Seal it for
archive-seal-passphrase = Whoever I give a passphrase to
archive-member-intro = Sealed for a member of your team, only her Wayfinder opens it: there is no passphrase to pass on.
archive-open-intro = An archive sealed for you opens without a passphrase.
audit-pdf-vault-title = Audit log of this vault: unlocking and the team's members
audit-vault-title = This vault's own log
audit-vault-intro = Unlocks, failed unlocks, and members added to or removed from the team, on this laptop. Each case keeps its own log on its page.
