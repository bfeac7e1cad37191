# Wayfinder: screens and messages, French. Every visible string of the app comes from here.
# The same keys exist in every language folder; a test fails when one is missing.

# The language's own name, shown in the language switcher.
language-name = Français
app-title = Wayfinder
app-tagline = Dossiers des familles qui cherchent des soins à l'étranger

## First start: creating the vault

setup-title = Créez votre coffre
setup-intro = Vos dossiers sont conservés chiffrés sur cet ordinateur. La clé est conservée dans le trousseau de cet ordinateur. Si cette clé venait à être perdue, votre phrase secrète de récupération serait le seul moyen d'y accéder à nouveau.
setup-generated-label = Votre phrase secrète de récupération
setup-generated-hint = Notez-la sur papier et conservez-la en lieu sûr, loin de cet ordinateur. Personne, pas même l'administrateur de votre équipe, ne peut la récupérer pour vous.
setup-confirm-label = Saisissez à nouveau la phrase secrète pour confirmer que vous l'avez bien notée
setup-own-toggle = Choisir plutôt ma propre phrase secrète
setup-generated-toggle = Utiliser une phrase secrète générée
setup-own-label = Votre phrase secrète de récupération
setup-own-hint = Au moins { $min } caractères. Plusieurs mots sans rapport entre eux sont plus faciles à retenir et plus difficiles à deviner.
setup-create = Créer le coffre
setup-creating = Création du coffre…
setup-mismatch = Les deux phrases secrètes ne sont pas identiques. Vérifiez-les et saisissez-les à nouveau.
setup-new-suggestion = En proposer une autre

## Unlocking

unlock-title = Le coffre est verrouillé
unlock-intro = Aucune information sur les dossiers n'est affichée tant que le coffre est verrouillé.
unlock-with-keychain = Déverrouiller
unlock-passphrase-label = Phrase secrète de récupération
unlock-with-passphrase = Déverrouiller avec la phrase secrète
unlock-reason-keychain-missing = Le trousseau de cet ordinateur ne contient aucune clé pour ce coffre : elle a peut-être été supprimée, ou il s'agit d'un nouvel ordinateur. Saisissez votre phrase secrète de récupération ; la clé sera ensuite de nouveau enregistrée dans le trousseau.
unlock-reason-keychain-mismatch = La clé présente dans le trousseau de cet ordinateur n'appartient pas à ce coffre. Saisissez votre phrase secrète de récupération ; la bonne clé sera ensuite enregistrée dans le trousseau.
unlock-reason-keychain-locked = Le trousseau de cet ordinateur est verrouillé. Déverrouillez-le (par exemple en vous reconnectant à votre session) puis cliquez sur Déverrouiller, ou saisissez votre phrase secrète de récupération.
unlock-reason-keychain-unavailable = Aucun trousseau n'est accessible sur cet ordinateur. Saisissez votre phrase secrète de récupération pour déverrouiller le coffre.
unlock-keychain-stored-again = La clé du coffre est de nouveau enregistrée dans le trousseau.
unlock-keychain-not-stored = Le coffre est déverrouillé, mais sa clé n'a pas pu être enregistrée dans le trousseau ; vous aurez besoin de votre phrase secrète la prochaine fois.

## The window's frame

nav-cases = Dossiers
nav-settings = Paramètres
lock-now = Verrouiller
lock-shortcut-hint = Verrouiller le coffre maintenant (Ctrl+L)

## Cases

cases-title = Dossiers
cases-empty = Aucun dossier pour l'instant. Créez-en un pour chaque famille que vous accompagnez.
cases-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
case-new = Nouveau dossier
case-create = Créer le dossier
case-cancel = Annuler
case-back = Tous les dossiers
case-title = Dossier
case-created = Ouvert le { $date }
case-updated = Dernière modification : { $date }
case-saving = Enregistrement…
case-saved = Enregistré
case-save-failed = Non enregistré
case-child = L'enfant
field-child-name = Nom de l'enfant
field-date-of-birth = Date de naissance
field-country = Pays
field-country-choose = Choisissez un pays
field-languages = Langues parlées
field-languages-add = Ajouter une langue
field-languages-remove = Retirer { $language }
field-age = { $years ->
    [one] { $years } an
   *[other] { $years } ans
}

## Settings

settings-title = Paramètres
settings-language = Langue de l'interface
settings-auto-lock = Verrouiller le coffre après ce nombre de minutes d'inactivité
settings-auto-lock-unit = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-saved = Paramètres enregistrés

## Errors. Each says what happened and what to do next; none ever contains a key, a passphrase
## or anything about a patient.

error-wrong-key = La clé présente dans le trousseau de cet ordinateur n'ouvre pas ce coffre. Déverrouillez le coffre avec votre phrase secrète de récupération.
error-wrong-passphrase = Cette phrase secrète n'ouvre pas ce coffre. Vérifiez-la (les espaces et les majuscules comptent) et réessayez.
error-keychain-missing = Le trousseau de cet ordinateur ne contient aucune clé pour ce coffre. Déverrouillez le coffre avec votre phrase secrète de récupération.
error-keychain-mismatch = La clé présente dans le trousseau de cet ordinateur n'appartient pas à ce coffre. Déverrouillez le coffre avec votre phrase secrète de récupération.
error-keychain-locked = Le trousseau de cet ordinateur est verrouillé. Déverrouillez-le et réessayez, ou utilisez votre phrase secrète de récupération.
error-keychain-unavailable = Aucun trousseau n'est accessible sur cet ordinateur. Utilisez votre phrase secrète de récupération.
error-not-a-vault = Le répertoire du coffre contient des fichiers qui ne forment pas un coffre Wayfinder. Rien n'a été modifié. Déplacez ce répertoire ailleurs ou restaurez-le à partir d'une sauvegarde, puis relancez Wayfinder.
error-vault-damaged = Le coffre est endommagé et ne peut pas être ouvert en toute sécurité. Rien n'a été modifié. Restaurez-le à partir d'une sauvegarde ou demandez de l'aide à l'administrateur de votre équipe.
error-vault-too-new = Ce coffre a été créé par une version plus récente de Wayfinder. Installez la dernière version pour l'ouvrir ; rien n'a été modifié.
error-vault-exists = Un coffre existe déjà sur cet ordinateur. Déverrouillez-le au lieu d'en créer un nouveau.
error-vault-locked = Le coffre est verrouillé. Déverrouillez-le et réessayez.
error-disk-full = Le disque est plein : rien n'a été enregistré. Libérez de l'espace et réessayez.
error-storage-failed = Impossible de lire ou d'écrire le coffre. Rien n'a été perdu ; réessayez et, si le problème se reproduit, redémarrez Wayfinder.
error-passphrase-too-short = La phrase secrète est trop courte : utilisez au moins { $min } caractères.
error-passphrase-too-guessable = Cette phrase secrète serait facile à deviner. Utilisez plusieurs mots sans rapport entre eux, ou la phrase secrète proposée.
error-case-not-found = Ce dossier ne se trouve plus dans le coffre. Revenez à la liste des dossiers.
error-invalid-request = L'application a envoyé une requête qu'elle n'aurait pas dû envoyer. Redémarrez Wayfinder ; si le problème se reproduit, prévenez l'administrateur de votre équipe.
error-name-empty = Saisissez le nom de l'enfant.
error-name-too-long = Le nom est trop long : { $max } caractères au maximum.
error-name-control-characters = Le nom contient des caractères de contrôle invisibles. Saisissez-le à nouveau.
error-date-invalid = Saisissez une date qui existe.
error-travel-rule-invalid = Indiquez l'échéance en jours avant ou après l'une des dates du plan (voyage, rendez-vous du visa, admission, retour), deux ans au plus.
error-travel-zone-unknown = Ce fuseau horaire est inconnu. Choisissez le fuseau du lieu dans la liste (par exemple Europe/Istanbul).
error-travel-time-skipped = Cette heure n'existe pas là-bas : les horloges la sautent au passage à l'heure d'été. Vérifiez l'heure sur le billet ou la lettre.
error-travel-circular = Ces éléments s'attendent les uns les autres en cercle : aucun ne pourrait commencer. Retirez l'un d'eux du « après » d'un autre.
error-date-of-birth-in-future = La date de naissance ne peut pas être dans le futur.
error-date-of-birth-too-early = La date de naissance ne peut pas être antérieure à { $min_year }.
error-country-unknown = Choisissez un pays dans la liste.
error-language-unknown = Choisissez des langues dans la liste.
error-languages-empty = Ajoutez au moins une langue parlée par la famille.
error-value-empty = Ce champ ne peut pas être vide.
error-text-too-long = Le texte est trop long : { $max } caractères au plus.
error-choice-unknown = Choisissez l’une des options de la liste.
error-email-invalid = Saisissez une adresse e-mail comme nom@exemple.org.
error-phone-invalid = Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +971 50 123 4567.
error-code-invalid = Ce code n’est pas valide. Vérifiez sa forme (par exemple C71.6, ou 9470/3 pour un code de morphologie).
error-stage-refused = Le dossier ne peut pas passer à cette étape depuis l’étape actuelle. Choisissez l’une des étapes proposées.
error-request-status-refused = La demande ne peut pas passer à ce statut depuis le statut actuel (une demande répondue, refusée ou annulée est définitive). Choisissez l’un des statuts proposés.

## The case file: sections, fields, choices

section-child = L'enfant
section-diagnosis = Diagnostic
section-coordination = Coordination
section-stage = Étape
kind-contact-title = Représentants légaux et contacts
kind-contact-add = Ajouter un contact
kind-treatment-title = Historique des traitements
kind-treatment-add = Ajouter une phase de traitement
kind-question-title = Questions pour les médecins experts
kind-question-add = Ajouter une question
kind-consent-title = Consentements
kind-consent-add = Ajouter un consentement
kind-task-title = Tâches
kind-task-add = Ajouter une tâche
kind-note-title = Notes
kind-note-add = Ajouter une note
entity-add = Ajouter
entity-delete = Supprimer
entity-none = Aucun élément pour l'instant.
field-case-stage = Étape
field-case-child-name = Nom de l'enfant
field-case-child-date-of-birth = Date de naissance
field-case-child-sex = Sexe
field-case-child-country = Pays
field-case-child-languages = Langues parlées
field-case-diagnosis-text = Diagnostic, tel qu'il figure dans les comptes rendus médicaux
field-case-diagnosis-icd10 = Code ICD-10
field-case-diagnosis-topography = Topographie ICD-O-3
field-case-diagnosis-morphology = Morphologie ICD-O-3
field-case-diagnosis-risk-group = Groupe de risque
field-case-assignee = Coordinateur référent
field-case-waiting-on = En attente de
field-contact-name = Nom
field-contact-relation = Lien avec l'enfant
field-contact-phone = Téléphone
field-contact-email = E-mail
field-contact-language = Langue
field-contact-channel = Canal préféré
field-treatment-what = Traitement
field-treatment-where = Lieu
field-treatment-from = Début
field-treatment-to = Fin
field-treatment-outcome = Résultat
field-question-text = Question
field-consent-what = Ce qui peut être partagé
field-consent-recipient = Avec qui
field-consent-until = Jusqu'au
field-task-title = Tâche
field-task-due = Échéance
field-task-assignee = Attribuée à
field-task-done = Terminée
field-note-text = Note
option-none = Non renseigné
option-sex-female = Féminin
option-sex-male = Masculin
option-sex-other = Autre
option-sex-unknown = Inconnu
option-channel-phone = Appel téléphonique
option-channel-sms = SMS
option-channel-whatsapp = WhatsApp
option-channel-email = E-mail
option-channel-in-person = En personne
stage-inquiry = Demande
stage-intake = Admission
stage-records = Documents médicaux
stage-review = Avis d'experts
stage-matching = Orientation
stage-travel = Voyage
stage-treatment = Traitement
stage-follow-up = Suivi
stage-closed = Clos
stage-move-to = Passer à : { $stage }
stage-history-title = Historique des étapes
stage-history-entry = { $stage } : { $date }, par { $author }
author-you = vous
author-member = le membre { $id }

## Conflicts

conflict-title = Ces versions ont été écrites sans que l'une tienne compte de l'autre. Choisissez la bonne.
conflict-version = Écrite par { $author } le { $date }
conflict-keep = Garder celle-ci
conflict-cleared = (champ vidé)
conflict-deleted = { $author } a supprimé ceci le { $date } pendant qu’il était modifié ici. Conservez-le avec les modifications, ou confirmez la suppression.
conflict-keep-entity = Conserver
conflict-delete-entity = Supprimer

## The case list's filters

cases-search = Rechercher un dossier par nom
cases-filter-stage = Étape
cases-filter-country = Pays
cases-filter-assignee = Coordinateur
cases-filter-any = Tous
cases-none-match = Aucun dossier ne correspond à ces filtres.
cases-conflicts = { $count ->
    [one] { $count } conflit à résoudre
   *[other] { $count } conflits à résoudre
}

## Today

nav-today = Aujourd'hui
today-title = Aujourd'hui
today-tasks = Tâches à échéance ou en retard
today-tasks-none = Aucune tâche n'arrive à échéance.
today-tasks-shown = { $shown } sur { $total } affichées
today-tasks-more = Afficher plus
today-due-today = Échéance aujourd'hui
today-overdue = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
today-waiting = Dossiers en attente d'un tiers
today-waiting-none = Aucun dossier n'est en attente.
today-waiting-on = En attente : { $who }
today-consents = Consentements arrivant bientôt à échéance
today-consents-none = Aucun consentement n'arrive à échéance dans les 30 prochains jours.
today-translations = Documents à traduire
today-translations-none = Aucun document n'attend de traduction.
today-consent-expired = Expiré le { $date }
today-consent-ends-today = Expire aujourd'hui
today-consent-ends = { $days ->
    [one] Expire dans { $days } jour
   *[other] Expire dans { $days } jours
}

## Undo

undo = Annuler
undo-hint = Annuler votre dernière modification (Ctrl+Z)
undo-nothing = Il n'y a rien à annuler.

## Records: importing, the list, the viewer

kind-record-title = Documents médicaux
kind-record-add = Ajouter un document
field-record-title = Titre
field-record-category = Catégorie
field-record-date = Date du document
field-record-institution = Émis par (établissement)
field-record-language = Langue du document
field-record-content = Fichier d'origine
option-category-pathology = Anatomopathologie
option-category-imaging = Imagerie
option-category-lab = Résultats de laboratoire
option-category-biomarker = Biomarqueurs et génomique
option-category-treatment-summary = Résumé du traitement
option-category-discharge-letter = Compte rendu de sortie
option-category-referral = Lettre d'adressage
option-category-identity-travel = Identité et voyage
option-category-consent = Consentement
option-category-other = Autre
records-import-files = Importer des fichiers…
records-import-folder = Importer un répertoire…
records-drop-hint = Vous pouvez aussi déposer des fichiers ou des répertoires (par exemple un CD d'imagerie) n'importe où dans cette fenêtre.
records-drop-active = Déposez les fichiers pour les importer dans ce dossier.
records-category = Catégorie de ces fichiers
records-category-suggest = En proposer une d'après le contenu de chaque fichier
records-allow-duplicate = Importer quand même les fichiers déjà présents dans le coffre
records-none = Aucun document pour l'instant. Importez des fichiers ou déposez-les dans cette fenêtre.
records-documents = Documents
records-studies = Examens d'imagerie
record-pages = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}
record-images = { $count ->
    [one] { $count } image
   *[other] { $count } images
}
import-starting = Préparation des fichiers…
import-status = Fichier { $n } sur { $total } : { $title }
import-cancel = Annuler l'importation
import-finished = { $imported ->
    [0] Aucun fichier importé.
    [one] Un fichier importé.
   *[other] { $imported } fichiers importés.
}
import-cancelled = Annulé : { $imported } importé(s) ; les autres ne l'ont pas été.
import-password-label = Mot de passe de ce PDF
import-retry = Réessayer
import-skip = Ignorer
import-anyway = Importer quand même
import-suggested = La catégorie et la langue ont été proposées d’après le fichier : vérifiez-les, modifiez-les si besoin, puis confirmez.
import-confirm = Confirmer
import-already-in = Déjà dans le coffre sous le titre « { $title } », dans le dossier de { $case }
viewer-close = Fermer
viewer-printing = Préparation des pages pour l’impression : { $n } sur { $total }
viewer-print-hint = Imprimer le document (Ctrl+P)
viewer-print = Imprimer…
viewer-loading = Chargement…
viewer-prev = Page précédente
viewer-next = Page suivante
viewer-page-indicator = Page { $n } sur { $total }
viewer-image-indicator = Image { $n } sur { $total }
viewer-go = Aller à la page
viewer-zoom-in = Agrandir
viewer-zoom-out = Réduire
viewer-zoom = { $percent } %
viewer-zoom-fit = Ajuster à la largeur
viewer-rotate = Pivoter
viewer-matches = { $count ->
    [0] Aucune occurrence sur cette page
    [one] Une occurrence sur cette page
   *[other] { $count } occurrences sur cette page
}
viewer-page-alt = Page { $n }
viewer-thumbnails = Pages
viewer-thumbnail = Aller à la page { $n }
viewer-close-hint = Fermer (Échap)
viewer-toolbar = Outils de page
viewer-fit = Taille de la page
viewer-fit-page = Page entière
viewer-actual-size = Taille réelle
viewer-find = Rechercher dans ce document
viewer-find-prev = Page précédente avec une occurrence
viewer-find-next = Page suivante avec une occurrence
viewer-find-none = Introuvable dans ce document
viewer-find-pages = Page avec occurrence { $n } sur { $count }
viewer-find-count = { $count ->
    [one] Une page contient une occurrence
   *[other] { $count } pages contiennent une occurrence
}
dicom-window-own = La fenêtre propre au fichier
dicom-window-center = Centre de la fenêtre : { $value }
dicom-window-width = Largeur de la fenêtre : { $value }
dicom-window-reset = Revenir à la fenêtre du fichier
dicom-image = Image
dicom-series = Série
dicom-modality = Modalité
dicom-instance = Numéro d'instance
dicom-size = Lignes × colonnes
dicom-transfer-syntax = Syntaxe de transfert

## Search

nav-search = Recherche
search-title = Recherche
search-label = Rechercher dans tous les dossiers et tous les documents
search-case-label = Rechercher dans ce dossier
search-searching = Recherche en cours…
search-none = Aucun résultat.
search-hit-page = { $title }, page { $page }

# Records: import and viewing errors

error-record-missing = Le fichier de ce document n'est pas encore arrivé dans ce coffre. Réessayez après la prochaine synchronisation.
error-import-busy = Une importation est déjà en cours. Attendez qu'elle se termine ou annulez-la, puis réessayez.
error-import-empty = Ce fichier est vide. Demandez à la famille de l'envoyer à nouveau.
error-import-not-supported = Ce fichier n'est ni un PDF, ni une photo ou un document numérisé (JPEG, PNG, TIFF), ni une image DICOM : il ne peut donc pas être importé. Demandez-le dans l'un de ces formats.
error-import-too-large = Ce fichier est trop volumineux pour être importé (plus de 4 Go). Demandez-le en plusieurs parties plus petites.
error-import-unreadable = Impossible de lire ce fichier. Vérifiez qu'il se trouve toujours au même endroit et que vous avez le droit de l'ouvrir, puis réessayez.
error-pdf-engine-missing = Le moteur PDF est absent de cette installation. Réinstallez Wayfinder.
error-pdf-unreadable = Ce PDF est endommagé ou n'est pas un PDF. Demandez à la famille ou à l'hôpital de l'envoyer à nouveau.
error-pdf-password-required = Ce PDF est protégé par un mot de passe. Saisissez le mot de passe pour l'importer, ou ignorez-le.
error-pdf-password-wrong = Ce mot de passe n'a pas été accepté. Vérifiez-le et réessayez, ou ignorez ce fichier.
error-pdf-unsupported-security = Ce PDF utilise un type de protection qui ne peut pas être ouvert. Demandez-en une copie non protégée.
error-pdf-no-such-page = Cette page n'existe pas dans le document.
error-pdf-not-open = Le document a été fermé. Ouvrez-le à nouveau.
error-pdf-render-failed = Impossible d'afficher cette page. Essayez un autre niveau de zoom, ou rouvrez le document.
error-pdf-engine-stopped = Le moteur PDF s'est arrêté. Redémarrez Wayfinder.
error-image-damaged = Cette image est endommagée ou incomplète. Demandez à la famille de l'envoyer à nouveau.
error-image-too-large = Cette image est trop grande pour être affichée. Demandez-en une copie plus petite.
error-image-unsupported = Ce type d'image n'est pas encore pris en charge. Demandez-la au format JPEG ou PDF.
error-image-no-such-page = Cette page n'existe pas dans l'image.
error-dicom-not-dicom = Ce fichier n'est pas une image DICOM.
error-dicom-damaged = Ce fichier DICOM est endommagé ou incomplet. Demandez à l'hôpital une nouvelle copie du CD.
error-dicom-codec-unsupported = La compression de cette image n'est pas encore prise en charge. Ses informations sont affichées dans la liste ; pour voir l'image, demandez à l'hôpital une copie non compressée.
error-dicom-no-image = Ce fichier DICOM ne contient aucune image (il peut s'agir d'un plan de traitement ou d'un compte rendu).
import-imported = Importé.
import-duplicate = Déjà dans ce coffre : { $places }.

## Reports: the case summary, in the reader's language
report-summary-title = Résumé du dossier pour second avis
report-child = Patient
report-diagnosis = Diagnostic
report-status = Situation actuelle
report-timeline = Traitements à ce jour
report-treatment = Traitement
report-place = Lieu
report-dates = Dates
report-outcome = Résultat
report-questions = Questions aux relecteurs
report-enclosed = Documents joints
report-record = Document
report-category = Catégorie
report-date = Date
report-pages = Pages
report-coordinator = Contact
report-none = Rien d’enregistré.
report-page = Page { $n } sur { $total }
report-name = Nom
report-date-of-birth = Date de naissance
report-sex = Sexe
report-country = Pays
report-withheld = Non communiqué (pas de consentement pour ce destinataire)
report-not-recorded = Non renseigné
report-diagnosis-text = Diagnostic
report-icd10 = CIM-10
report-topography = Topographie CIM-O-3
report-morphology = Morphologie CIM-O-3
report-risk-group = Groupe de risque
report-prepared = Établi le { $date }
report-date-pattern = %-d %B %Y
error-report-font-missing = Une police des rapports manque. Relancez l’installation, puis réessayez.
error-report-template = Le rapport n’a pas pu être mis en page. Signalez ce problème ; le dossier n’a pas changé.
error-report-pdf = Le rapport n’a pas pu être écrit en PDF. Réessayez ; le dossier n’a pas changé.

## Reports in the app: preparing, previewing, exporting; the log of what was sent
kind-export-title = Rapports envoyés
kind-export-add = Noter un rapport envoyé
field-export-report = Rapport
field-export-recipient = Envoyé à
field-export-language = Langue
field-export-records = Documents joints
field-export-pages = Pages
field-export-file = Fichier
option-report-summary = Résumé du dossier
option-report-packet = Dossier pour avis
option-report-record = Un document, tel que l’original
option-report-translation = Un document traduit
option-report-xliff = Les passages d'un document (XLIFF)
option-report-tmx = Une mémoire de traduction (TMX)
option-report-checklist = La liste de voyage de la famille
field-consent-identity = Identité que les rapports peuvent montrer
option-identity-full = Nom et date de naissance
option-identity-initials = Initiales seulement
option-identity-none = Rien qui nomme l’enfant
report-age = Âge
report-age-years = { $years ->
    [one] { $years } an
   *[other] { $years } ans
}
reports-title = Rapports
reports-kind = Rapport
reports-language = Langue du lecteur
reports-consent = Destinataire, selon le consentement de la famille
reports-no-consent = Quelqu’un sans consentement (l’enfant n’est pas nommé)
reports-consent-option = { $recipient } : { $identity }
reports-consent-expired = { $recipient } : expiré
reports-recipient = Qui le reçoit
reports-records = Documents à joindre, dans cet ordre
reports-records-none = Ce dossier n’a pas encore de documents.
reports-record-unsupported = Ne peut pas être joint au dossier pour avis ; envoyez-le à part (Rapport : Un document, tel que l’original).
reports-move-up = Monter
reports-move-down = Descendre
reports-prepare = Préparer l’aperçu
reports-preparing = Préparation…
reports-shows = Montre de l’enfant : { $identity }
reports-export = Exporter…
reports-exported = Exporté sous le nom { $file } et noté dans ce dossier.
reports-contact-missing = Vos coordonnées ne sont pas renseignées : le lecteur ne saura pas à qui répondre. Ajoutez-les dans les Réglages.
reports-history = Envoyés
reports-history-entry = { $date } : { $report } en { $language } à { $recipient }
reports-history-none = Aucun rapport n’a encore été exporté de ce dossier.
reports-save-title = Exporter le rapport
interchange-xliff-save-title = Exporter les passages en XLIFF
interchange-tmx-save-title = Exporter la mémoire en TMX
interchange-xliff-open-title = Relire un fichier XLIFF traduit
interchange-tmx-open-title = Ajouter une mémoire TMX
record-export-folder-title = Nom du nouveau dossier pour l’étude
record-export-title = Exporter le document
reports-history-record = { $date } : { $title } (original) à { $recipient }
reports-record-export = Exporter le document…
reports-record-original = L’original part tel que la famille l’a envoyé, avec tous les noms et dates qu’il porte ; un PDF protégé part sans son mot de passe ; une étude DICOM devient un dossier de ses fichiers d’image.
reports-record-choose = Document à envoyer
settings-contact-title = Vos coordonnées sur les rapports
settings-contact-hint = Imprimées sur chaque résumé et chaque dossier pour avis, pour que les relecteurs sachent à qui répondre.
settings-contact-name = Nom
settings-contact-organisation = Organisation
settings-contact-email = Courriel
settings-contact-phone = Téléphone
error-report-consent-expired = Ce consentement a expiré : rien ne peut être envoyé en son nom. Renouvelez-le avec la famille ou choisissez un autre destinataire.
error-report-conflict = Un champ de ce dossier utilisé par le rapport a deux versions. Choisissez la bonne dans le dossier, puis préparez de nouveau le rapport.
error-report-recipient-missing = Indiquez qui reçoit le rapport.
error-report-record-unsupported = Un document coché ne peut pas être joint au dossier pour avis (un scan TIFF ou un examen DICOM). Décochez-le et envoyez-le à part.
error-report-not-prepared = Il n’y a aucun rapport à montrer ou à exporter. Préparez de nouveau l’aperçu.
error-export-not-allowed = Wayfinder ne peut pas écrire dans ce dossier. Choisissez-en un autre, puis exportez de nouveau.
error-export-failed = Le rapport n’a pas pu être écrit à cet endroit. Choisissez un autre dossier, puis exportez de nouveau ; rien n’a été noté dans le dossier.
error-export-exists = Quelque chose porte déjà ce nom. Choisissez un autre nom, puis exportez de nouveau ; rien n’a été noté dans le dossier.
error-print-failed = La fenêtre d’impression n’a pas pu s’ouvrir. Réessayez ; si cela échoue encore, exportez le document et imprimez-le depuis votre lecteur PDF.

## Team sync errors
error-team-not-joined = Ce coffre n'a pas encore rejoint d'équipe. Rejoignez d'abord le serveur de votre équipe dans Équipe.
error-team-already-joined = Ce coffre appartient déjà à une équipe. Un coffre ne rejoint qu'une seule équipe.
error-team-not-in-roster = Cette personne n'est pas encore dans la liste des membres de votre équipe. Demandez à un administrateur de l'ajouter, puis réessayez.
error-sync-bad-signature = Un élément envoyé par le serveur n'est signé par aucun membre de votre équipe. Il a été mis de côté, sans être appliqué. Prévenez l'administrateur de votre équipe.
error-sync-undecryptable = Un élément envoyé par le serveur ne s'ouvre pas avec vos clés. Il a été mis de côté. Demandez à la personne qui a partagé le dossier de le partager à nouveau.
error-sync-malformed = Le serveur a envoyé un élément endommagé. Il a été mis de côté, sans être appliqué. Prévenez l'administrateur de votre équipe.
error-sync-unknown-author = Un élément envoyé par le serveur vient d'une personne absente de la liste des membres de votre équipe. Il a été mis de côté. Prévenez l'administrateur de votre équipe.
error-sync-mismatch = Un élément envoyé par le serveur ne correspond pas à ce qu'il prétend être. Il a été mis de côté. Prévenez l'administrateur de votre équipe.
error-sync-roster-broken = La liste des membres envoyée par le serveur n'est pas signée par les administrateurs de votre équipe. Rien n'a été modifié. Prévenez l'administrateur et comparez les empreintes à voix haute.
error-sync-not-admin = Seul un administrateur de l'équipe peut modifier ses membres.
error-sync-no-randomness = L'ordinateur n'a pas fourni de nombres aléatoires pour créer une nouvelle clé. Redémarrez Wayfinder et réessayez.
error-link-bad-address = Ce n'est pas une adresse de serveur. Saisissez-la telle que l'administrateur de votre équipe vous l'a donnée, par exemple https://sync.example.org.
error-link-plain-http = Cette adresse commence par http://, la connexion avec un autre ordinateur ne serait donc pas chiffrée. Utilisez l'adresse https:// ou confirmez que vous voulez du http non chiffré.
error-link-bad-code = Ce code est illisible. Vérifiez chaque caractère (lettres et chiffres seulement ; tirets et espaces n'ont pas d'importance) ou redemandez le code.
error-link-wrong-code = Ce code est d'un autre type. Utilisez un code de création pour créer l'équipe et un code d'invitation pour la rejoindre.
error-link-offline = Le serveur de l'équipe est injoignable. Votre travail est conservé sur cet ordinateur et sera envoyé au retour de la connexion.
error-link-version = Le serveur de l'équipe parle une autre version du protocole de synchronisation. Mettez Wayfinder à jour, ou demandez à l'administrateur de mettre le serveur à jour.
error-link-protocol = L'adresse a répondu, mais pas comme un serveur Wayfinder. Vérifiez l'adresse avec l'administrateur de votre équipe.
error-server-refused = Le serveur de l'équipe a refusé la demande. Réessayez plus tard ; si cela se répète, prévenez l'administrateur de votre équipe.
error-server-code-not-valid = Ce code n'est pas valable : il a déjà servi, il a expiré ou il est destiné à une autre équipe. Demandez une nouvelle invitation.
error-server-too-many-attempts = Trop de codes erronés ont été essayés récemment pour cette équipe : le serveur ne vérifie plus les codes pendant quelques minutes. Vérifiez le code reçu et réessayez dans dix minutes.
error-server-not-a-member = Le serveur de l'équipe ne vous compte plus parmi les membres de cette équipe. Adressez-vous à l'administrateur de votre équipe.
error-server-not-an-admin = Seul un administrateur de l'équipe peut faire cela.
error-server-not-logged-in = La session avec le serveur de l'équipe a pris fin. Réessayez.
error-server-no-such-workspace = Le serveur ne connaît pas cette équipe. Vérifiez l'adresse et le code avec l'administrateur de votre équipe.
error-server-workspace-exists = Cette équipe a déjà été créée avec ce code. Demandez un nouveau code à l'administrateur du serveur, ou rejoignez-la avec une invitation.
error-server-roster-version = Quelqu'un d'autre a modifié les membres de l'équipe au même moment. Synchronisez, puis réessayez.
error-server-name-not-valid = Saisissez votre nom tel que l'équipe doit le voir (80 caractères au plus).
error-server-storage-failed = Le serveur de l'équipe n'a pas pu enregistrer l'envoi. Rien n'est perdu ici ; il sera renvoyé. Prévenez l'administrateur si cela se répète.
error-server-quota-exceeded = Votre part du serveur de l'équipe est pleine : ce que vous avez écrit et importé attend sur cet ordinateur. Rien n'est perdu. Demandez à l'administrateur de l'équipe d'augmenter la limite ; tout partira alors.

## Team
nav-team = Équipe
team-title = Équipe
team-join = Rejoindre une équipe
team-create = Créer l'équipe
team-join-hint = Saisissez l'adresse du serveur et le code d'invitation qu'un administrateur de votre équipe vous a donné, ainsi que votre nom tel que l'équipe doit le voir.
team-create-hint = Pour le premier membre seulement : saisissez l'adresse du serveur et le code de création que l'administrateur du serveur vous a donné. Vous devenez le premier administrateur de l'équipe.
team-address = Adresse du serveur
team-invitation-code = Code d'invitation
team-creation-code = Code de création
team-your-name = Votre nom
team-plain-confirm = Se connecter sans chiffrement (http non chiffré). Seulement sur un réseau de confiance.
team-server = Serveur
team-your-fingerprint = Votre empreinte
team-fingerprint-hint = Lisez votre empreinte à voix haute à votre administrateur, par téléphone ou en personne, et comparez-la avec la sienne : si les chiffres concordent, personne n'a substitué votre clé.
team-waiting-admission = Vous avez rejoint l'équipe. Un administrateur doit maintenant vous admettre ; comparez vos empreintes.
team-members = Membres
team-you = vous
team-remove = Retirer
team-invite-title = Inviter quelqu'un
team-invite-hint = Le code sert une fois, pendant sept jours. Remettez-le vous-même à la personne, pas par le serveur de l'équipe.
team-role = Rôle
team-invite = Créer un code d'invitation
team-waiting-title = En attente d'admission
team-waiting-hint = N'admettez quelqu'un qu'après avoir comparé son empreinte avec lui à voix haute.
team-waiting-refresh = Actualiser
team-admit = Admettre
team-turn-away = Refuser
team-role-admin = Administrateur
team-role-coordinator = Coordinateur
team-role-translator = Traducteur
team-role-liaison = Accompagnateur de la famille
sync-state-syncing = Synchronisation…
sync-state-offline = Hors ligne : votre travail est conservé ici
sync-state-error = La synchronisation s'est arrêtée
sync-state-idle = À jour avec l'équipe
sync-last = dernière synchronisation { $when }
sync-unsent = { $count ->
    [one] { $count } modification pas encore envoyée
   *[other] { $count } modifications pas encore envoyées
}
sync-held = { $count ->
    [one] { $count } élément du serveur n'a pas pu être vérifié et a été mis de côté
   *[other] { $count } éléments du serveur n'ont pas pu être vérifiés et ont été mis de côté
}
sync-retry-held = Réessayer
sync-now = Synchroniser
sharing-title = Partagé avec
sharing-shared = Ce dossier est partagé avec les membres cochés ci-dessous.
sharing-not-shared = Ce dossier n'est que sur cet ordinateur.
sharing-remove-hint = Décochez quelqu'un pour cesser de partager avec lui : ce que vous écrirez ensuite ne lui sera pas lisible.
sharing-save = Enregistrer
sharing-saved = Enregistré
sync-missing = { $count ->
    [one] Au moins { $count } modification d'un autre membre n'est pas arrivée, alors que des modifications plus récentes le sont : le serveur la retient peut-être. Prévenez l'administrateur de votre équipe.
   *[other] Au moins { $count } modifications d'autres membres ne sont pas arrivées, alors que des modifications plus récentes le sont : le serveur les retient peut-être. Prévenez l'administrateur de votre équipe.
}
error-team-not-allowed-to-share = Seuls les coordinateurs et les administrateurs partagent des dossiers. Demandez à votre coordinateur de partager ce dossier.
error-team-role-refused = Votre rôle dans l'équipe ne permet pas ce changement : la traductrice travaille sur les documents qui lui sont confiés, l'accompagnatrice sur tout sauf les traductions. Demandez à un coordinateur.
error-server-not-allowed-to-share = Seuls les coordinateurs et les administrateurs de l'équipe peuvent partager un dossier. Adressez-vous à votre coordinateur.

## Lists, records and messages after an action

entity-delete-confirm = Supprimer cette entrée ? Vous pourrez la récupérer aussitôt avec Annuler.
entity-deleted = Supprimé.
record-deleted = Document supprimé.
records-select = Sélectionner « { $title } »
records-select-all = Sélectionner tous les documents de cette liste
records-selected = { $count ->
    [one] Un document sélectionné
   *[other] { $count } documents sélectionnés
}
records-bulk-category = Choisir la catégorie
records-bulk-language = Choisir la langue
records-bulk-delete = Supprimer…
records-bulk-clear = Annuler la sélection
records-delete-confirm = { $count ->
    [one] Supprimer de ce dossier le document sélectionné et son fichier ?
   *[other] Supprimer de ce dossier les { $count } documents sélectionnés et leurs fichiers ?
} Un seul Annuler juste après les ramène.
records-deleted = { $count ->
    [one] Un document supprimé.
   *[other] { $count } documents supprimés.
}
records-changed = { $count ->
    [one] Un document modifié.
   *[other] { $count } documents modifiés.
}
record-delete-confirm = Supprimer le document « { $title } » et son fichier de ce dossier ? Vous pourrez le récupérer aussitôt avec Annuler.
toast-close = Fermer ce message
record-edit = Modifier
record-edit-done = Terminé
records-col-file = Fichier
records-col-actions = Actions
records-conflict = deux versions
today-mark-done = Marquer « { $task } » comme faite
today-task-done = Tâche marquée comme faite.
case-sections = Sections du dossier

## The list of cases: sorting and each case's standing

cases-sort = Trier par
cases-sort-updated = Dernière modification
cases-sort-name = Nom de l'enfant
cases-sort-next-due = Prochaine échéance
cases-sort-overdue = Le plus de tâches en retard
cases-sort-waiting = En attente depuis le plus longtemps
cases-overdue = { $count ->
    [one] Une tâche en retard
   *[other] { $count } tâches en retard
}
cases-next-due = Prochaine échéance : { $date }
cases-waiting-since = En attente de { $who } depuis le { $date }

## First steps and keyboard shortcuts

welcome-title = Bienvenue dans Wayfinder
welcome-step-case = Ouvrez un dossier pour la première famille qui a demandé de l'aide.
welcome-step-records = Dans le dossier, importez les documents de l'enfant : PDF, photos, scans ou CD de l'hôpital.
welcome-step-team = Vous travaillez en équipe ? Rejoignez le serveur de votre équipe pour partager des dossiers.
welcome-step-settings = Ajoutez votre nom et vos coordonnées : les rapports les portent.
welcome-shortcuts = Appuyez sur ? à tout moment pour voir les raccourcis clavier.
shortcuts-title = Raccourcis clavier
shortcut-find = Rechercher (dans un dossier : ce dossier ; dans un document : ce document)
shortcut-new-case = Ouvrir un nouveau dossier
shortcut-undo = Annuler votre dernière modification
shortcut-lock = Verrouiller le coffre
shortcut-print = Imprimer le document ouvert dans le lecteur
shortcut-close = Fermer le document, une question ou cette liste
shortcut-pages = Page précédente et suivante
shortcut-zoom = Zoom avant et arrière
shortcut-sheet = Cette liste
field-date-typed = Sous la forme { $example }
calendar-open = Choisir la date dans un calendrier
calendar-previous = Mois précédent
calendar-next = Mois suivant
calendar-today = Aujourd’hui
calendar-close = Fermer

## Importing: duplicates and confirming

import-duplicate-title = Déjà dans ce coffre :
import-confirm-all = Tout confirmer
import-confirm-all-hint = { $count } documents attendent la confirmation de leur catégorie et de leur langue.

## A case's activity

activity-title = Activité
activity-none = Rien n'a encore changé.
activity-unknown-kind = Une entrée
activity-made = { $what } : ajout
activity-deleted = { $what } : suppression
activity-changed = { $what } : « { $field } » modifié
activity-emptied = { $what } : « { $field } » vidé

# Lecture du texte des numérisations (Tesseract, sur cet ordinateur)
error-ocr-missing = Le texte des numérisations ne peut pas être lu : Tesseract n'est pas installé sur cet ordinateur. Installez-le (voir le README) et Wayfinder les lira.
error-ocr-language-missing = Le texte des numérisations ne peut pas être lu : Tesseract n'a aucune des langues nécessaires. Installez ses données de langue (voir le README).
error-ocr-crashed = Le texte de cette page n'a pas pu être lu : le lecteur de texte s'est arrêté sur une erreur. Saisissez le texte à la main si vous en avez besoin.
error-ocr-timed-out = Le texte de cette page n'a pas pu être lu : la lecture a pris trop de temps. Saisissez le texte à la main si vous en avez besoin.
error-ocr-garbage = Le texte de cette page n'a pas pu être lu : le lecteur de texte a répondu quelque chose d'illisible. Vérifiez votre installation de Tesseract.
error-ocr-cancelled = La lecture est en pause car le coffre s'est verrouillé. Elle reprendra quand vous le déverrouillerez.
records-reading = Lecture du texte : page { $n } sur { $total }
records-read-failed = { $count ->
    [one] Une page n'a pas pu être lue
   *[other] { $count } pages n'ont pas pu être lues
}
records-read-poor = { $count ->
    [one] Une page mal lue : vérifiez son texte
   *[other] { $count } pages mal lues : vérifiez leur texte
}
viewer-text-layer = Texte lu sur la numérisation
viewer-text-poor = Cette page a été lue avec une faible confiance ({ $percent } %). Comparez son texte à l'image avant de vous y fier.
viewer-text-read = Texte lu sur cette numérisation : vous pouvez le sélectionner et le copier.
viewer-text-waiting = En attente d'une nouvelle lecture…
viewer-text-language-missing = Le lecteur de texte de cet ordinateur ne sait pas lire { $languages } : installez son paquet de langue (voir le README), puis relisez la page.
viewer-text-read-again = Relire la page

# Le texte d'une page saisi à la main, à la place de ce qui a été lu sur la numérisation
kind-page-text-title = Textes de page saisis à la main
kind-page-text-add = Saisir le texte d'une page
field-page-text-record = Document
field-page-text-page = Page
field-page-text-text = Texte de la page
viewer-text-correct = Corriger le texte…
viewer-text-edit = Texte de cette page
viewer-text-save = Enregistrer le texte
viewer-text-cancel = Annuler
viewer-text-corrected = Vous avez saisi le texte de cette page : la recherche et le dossier l'utilisent.
viewer-text-versions = Deux personnes ont saisi le texte de cette page différemment. Gardez-en un :
viewer-text-keep = Garder celui-ci

# L'espace de traduction : un document à traduire et ses passages
kind-translation-title = Traductions
kind-translation-add = Marquer pour traduction
field-translation-record = Document
field-translation-language = Vers
field-translation-status = Statut
field-translation-translator = Traductrice
field-translation-reviewer = Relectrice
field-translation-due = Échéance
field-translation-statement = Déclaration d'exactitude
field-translation-source-language = Depuis
option-translation-status-to-do = À faire
option-translation-status-in-progress = En cours
option-translation-status-in-review = En relecture
option-translation-status-done = Terminée
kind-unit-title = Passages
kind-unit-add = Ajouter un passage
field-unit-translation = Traduction
field-unit-page = Page
field-unit-region = Emplacement sur la page
field-unit-source = Texte source
field-unit-target = Traduction
field-unit-state = État
field-unit-translator = Traduit par
field-unit-reviewer = Relu par
field-unit-comment = Commentaire
field-unit-overrides = Contrôles outrepassés
kind-term-title = Termes du glossaire
kind-term-add = Ajouter le terme
field-term-source = Terme
field-term-source_language = De
field-term-language = Vers
field-term-target = Traduction
field-term-forbidden = À ne pas utiliser
field-term-keep = Garder tel quel (un médicament, un gène, un code)
field-term-note = Note
option-unit-state-draft = Brouillon
option-unit-state-translated = Traduit
option-unit-state-reviewed = Relu
option-unit-state-final = Définitif

# Ce que les contrôles d'un passage ont trouvé
check-number-missing = Le nombre { $what } de la source n'est pas dans la traduction.
check-number-added = La traduction contient le nombre { $what }, absent de la source.
check-unit-changed = Le même nombre avec une autre unité : { $what }.
check-date-missing = La date { $what } de la source n'est pas dans la traduction.
check-date-ambiguous = La date { $what } peut se lire de deux façons : écrivez le mois en lettres, ou l'année d'abord.
check-glossary-not-used = Le glossaire de l'équipe traduit « { $what } » par « { $expected } ».
check-forbidden-term = Le glossaire de l'équipe demande de ne pas employer « { $what } ».
check-term-not-kept = « { $what } » doit être gardé tel quel.
check-unit-untranslated = L'unité « { $what } » est restée en lettres latines : écrivez-la comme le fait cette langue.
check-inconsistent = Le même passage est traduit ailleurs dans ce document par « { $what } ».
error-unit-checks-open = Ce passage ne peut pas encore être définitif : corrigez ce que ses contrôles ont trouvé, ou maintenez un contrôle en donnant votre raison.
error-interchange-unreadable = Le fichier n'a pas pu être lu. Vérifiez qu'il est toujours là et que vous pouvez l'ouvrir, puis réessayez.
error-interchange-too-big = Le fichier est bien trop gros pour les passages d'un document ou une mémoire. Choisissez le fichier exporté par votre outil de traduction.
error-interchange-malformed = Ce n'est pas un fichier XLIFF 2 ou TMX bien formé. Exportez-le à nouveau depuis votre outil de traduction ; rien n'a été modifié.
error-interchange-hostile = Le fichier déclare des entités ou un type de document, qui peuvent servir à attaquer l'application : il a été refusé et rien n'a été modifié. Exportez-le à nouveau sans eux.
error-interchange-other-document = Le fichier est celui d'un autre document, ou nomme des passages que ce document n'a pas. Rien n'a été modifié : choisissez le fichier exporté de ce document.
error-interchange-other-languages = Le fichier n'est pas dans les langues de ce document. Rien n'a été modifié : choisissez un fichier des mêmes langues.
error-glossary-columns = La première ligne du fichier doit nommer ses colonnes, au moins source, source_language et language. Rien n'a été ajouté.
error-glossary-encoding = Le fichier n'est pas enregistré en texte UTF-8. Enregistrez-le depuis votre tableur en « CSV UTF-8 » et réessayez ; rien n'a été ajouté.
error-glossary-row = La ligne { $line } du fichier n'est pas un terme : il faut un terme source et deux langues en codes de deux lettres. Rien n'a été ajouté : corrigez la ligne et réessayez.
error-request-incomplete = Il manque à cette demande ce que l’établissement exige (voir la liste dessous). Ajoutez ce qui manque, ou donnez la raison de l’envoyer ainsi.

# Les écrans de la traductrice
nav-translations = Traductions
translations-title = Documents à traduire
nav-glossary = Glossaire
glossary-title = Le glossaire de l'équipe
glossary-read-only = Votre rôle dans l'équipe vous permet de lire le glossaire, pas de le modifier. Un coordinateur ou un traducteur peut le modifier.
glossary-intro = Les termes auxquels les passages de chaque traducteur sont comparés. Ils sont partagés avec toute l'équipe : n'y mettez jamais de données d'un patient.
glossary-no-team = Le glossaire appartient à une équipe. Rejoignez-en une ou créez-la sous Équipe pour en avoir un.
glossary-forbidden-hint = Traductions à ne pas utiliser, une par ligne
glossary-import = Ajouter des termes depuis un fichier CSV
glossary-import-hint = Colonnes : source, source_language, language et, au besoin, target, forbidden (séparées par |), keep (yes), note. Langues en codes de deux lettres (ru, es).
glossary-imported = { $added } termes ajoutés ; { $skipped } étaient déjà dans le glossaire.
glossary-filter = Chercher un terme
glossary-count = { $terms ->
    [one] { $terms } terme
   *[other] { $terms } termes
}
glossary-empty = Aucun terme pour l'instant.
glossary-actions = Actions
glossary-kept = Gardé tel quel
glossary-delete = Retirer
glossary-open-title = Ajouter des termes depuis un fichier CSV
translations-none = Aucun document de vos dossiers n'est marqué pour traduction. Une coordinatrice le marque depuis les documents d'un dossier.
translations-due = pour le { $date }
record-translate = Traduire…
record-translate-marked = Marqué pour traduction : il est dans Traductions.
workspace-back = Tous les documents
workspace-coverage = Pages
workspace-prev = Page précédente
workspace-next = Page suivante
workspace-page = Page { $page } sur { $pages }
workspace-coverage-count = { $passages ->
    [0] aucun passage sur cette page pour l'instant
    [one] 1 passage sur cette page
   *[other] { $passages } passages sur cette page
}
workspace-draw-hint = Tracez un rectangle autour d'un passage de la page pour le traduire.
workspace-type-passage = Saisir un passage (manuscrit, tampon)…
workspace-how = Comment prendre un passage
workspace-mode-draw = Tracer un rectangle
workspace-mode-select = Sélectionner du texte
workspace-no-text = Cette page n'a pas de texte à sélectionner : tracez un rectangle ou saisissez le passage.
workspace-select-hint = Sélectionnez un passage dans le texte de la page, puis faites-en un passage.
workspace-take-selection = Faire un passage de la sélection
workspace-no-passages = Aucun passage sur cette page pour l'instant.
workspace-conflict = Deux versions
workspace-let-stand = maintenu : { $reason }
workspace-reason = Raison de le maintenir
workspace-matches = Correspondances de la mémoire
workspace-no-matches = Rien de semblable dans votre mémoire.
workspace-versions = Deux traductions ont été faites en même temps. Gardez-en une : l'autre reste dans l'historique.
workspace-keep-version = Garder celle-ci
workspace-memory-search = Chercher dans votre mémoire
workspace-memory-search-go = Chercher
workspace-memory-none = Aucun passage terminé ne contient ces mots.
workspace-interchange = Travailler dans un autre outil de traduction
workspace-interchange-recipient = Qui reçoit les fichiers
workspace-xliff-export = Exporter les passages (XLIFF)
workspace-xliff-import = Relire un XLIFF traduit
workspace-tmx-export = Exporter la mémoire (TMX)
workspace-tmx-import = Ajouter une mémoire (TMX)
workspace-interchange-saved = Enregistré sous { $file }.
workspace-xliff-read = { $changed } passages modifiés, { $unchanged } inchangés, { $kept } conservés car déjà relus ou définitifs.
workspace-tmx-read = { $changed } paires ajoutées à votre mémoire, { $unchanged } déjà présentes.
workspace-match-exact = Exacte
workspace-match-numbers = Seuls les nombres diffèrent
workspace-match-fuzzy = { $score } %
workspace-match-use = Utiliser

# The translated document
translated-title = Traduction certifiée
translated-document = Document
translated-languages = Langues
translated-translator = Traductrice
translated-date = Date
translated-source-hash = SHA-256 de l'original
translated-text-hash = SHA-256 du texte de la traduction
translated-statement = Déclaration d'exactitude
translated-original-page = Original, page { $n }
translated-translation-page = Traduction de la page { $n }
translated-no-statement = La traductrice n'a pas rédigé de déclaration d'exactitude.
translated-lang-en = anglais
translated-lang-es = espagnol
translated-lang-fr = français
translated-lang-ar = arabe
translated-lang-zh = chinois
translated-lang-ru = russe

workspace-export = Le document traduit
workspace-export-recipient = Pour
workspace-export-overlay = Traduction par-dessus les passages d'origine (plutôt que sur une page après chacune)
workspace-export-prepare = Préparer le document
workspace-export-save = Enregistrer en PDF…
workspace-export-saved = Enregistré sous { $file } ; noté dans le dossier.

# Travel (issue 18): the trip, its checklist, itinerary and travellers.
kind-trip-title = Voyage
kind-trip-add = Planifier un voyage
field-trip-destination = Destination
field-trip-hospital = Hôpital
field-trip-visa-type = Visa
field-trip-template = Planifié à partir de
field-trip-travel = Date du voyage
field-trip-visa = Rendez-vous du visa
field-trip-admission = Admission
field-trip-return = Retour
field-trip-passport-months = Validité du passeport après le retour (mois)
field-trip-one-parent = L'enfant voyage avec un seul parent
field-trip-other-parent-consent = Le consentement de l'autre parent est au dossier
kind-trip-item-title = Liste du voyage
kind-trip-item-add = Ajouter un élément
field-trip-item-trip = Voyage
field-trip-item-title = Quoi
field-trip-item-rule = Quand
field-trip-item-due = Échéance
field-trip-item-done = Fait
field-trip-item-assignee = Qui
field-trip-item-needs = Nécessite
field-trip-item-records = Documents nécessaires
field-trip-item-after = Après
field-trip-item-source = Source
field-trip-item-check-embassy = À vérifier auprès de l'ambassade
field-trip-item-note = Note
kind-trip-leg-title = Itinéraire
kind-trip-leg-add = Ajouter à l'itinéraire
field-trip-leg-trip = Voyage
field-trip-leg-leg = Type
option-leg-flight = Vol
option-leg-ground = Transport terrestre
option-leg-stay = Hébergement
option-leg-appointment = Rendez-vous
field-trip-leg-title = Quoi
field-trip-leg-from-place = De
field-trip-leg-starts = Début (heure locale)
field-trip-leg-starts-zone = Fuseau horaire sur place
field-trip-leg-to-place = À
field-trip-leg-ends = Fin (heure locale)
field-trip-leg-ends-zone = Fuseau horaire sur place
field-trip-leg-reference = Référence de réservation
field-trip-leg-note = Note
kind-traveller-title = Voyageurs
kind-traveller-add = Ajouter un voyageur
field-traveller-trip = Voyage
field-traveller-name = Nom
field-traveller-role = Voyage en tant que
option-traveller-role-child = L'enfant
option-traveller-role-parent = Parent
option-traveller-role-attendant = Accompagnant
field-traveller-passport-expiry = Expiration du passeport
field-traveller-in-invitation = Nommé dans la lettre d'invitation
travel-item-passports = Vérifier que le passeport de chaque voyageur est valable assez longtemps
travel-item-records-sent = Envoyer le dossier médical à l'hôpital pour avis
travel-item-quote = Recevoir le plan de traitement et le devis
travel-item-payment-guarantee = Organiser la garantie de paiement ou l'acompte
travel-item-invitation = Obtenir la lettre d'invitation de l'hôpital nommant l'enfant et les accompagnants
travel-item-other-parent-consent = Consentement de l'autre parent, si l'enfant voyage avec un seul parent
travel-item-visa-application = Déposer les demandes de visa
travel-item-visa-appointment = Se rendre au rendez-vous du visa
travel-item-insurance = Souscrire une assurance médicale de voyage
travel-item-flights = Réserver les vols (avec l'accord médical de la compagnie si nécessaire)
travel-item-accommodation = Réserver un hébergement près de l'hôpital
travel-item-interpreter = Prévoir un interprète pour l'admission et les consultations
travel-item-admission-forms = Remplir les formulaires d'admission de l'hôpital
travel-item-transfer = Organiser le transfert depuis l'aéroport
travel-item-hand-luggage = Mettre le résumé médical, les imageries et les médicaments dans le bagage à main
travel-family = La famille
travel-visa-in = Visa e-Medical (avec visas e-Medical Attendant)
travel-visa-tr = Visa pour traitement médical
travel-visa-de = Visa pour traitement médical (Schengen ou national)
travel-visa-es = Visa Schengen pour traitement médical
travel-visa-us = Visa visiteur B-2 pour traitement médical
travel-visa-ae = Permis d'entrée pour traitement médical
travel-starter = Liste de départ de Wayfinder
travel-anchor-travel = voyage
travel-anchor-visa = rendez-vous du visa
travel-anchor-admission = admission
travel-anchor-return = retour
travel-flag-circle = Ces éléments s'attendent en cercle et aucun ne peut commencer : { $items }. Retirez l'un d'eux du « après » d'un autre.
travel-flag-in-past = Échéance passée.
travel-flag-before = Tombe avant « { $item } », qui doit venir d'abord.
travel-flag-waits = Attend que la date de { $anchor } soit fixée.
travel-flag-passport = Le passeport doit être valable au moins jusqu'au { $date } ({ $months } mois après le retour).
travel-flag-not-invited = Pas nommé dans la lettre d'invitation de l'hôpital.
travel-flag-consent = Un enfant qui voyage avec un seul parent a besoin du consentement de l'autre : il n'est pas encore au dossier.
travel-flag-ends-before-start = Se termine avant de commencer : vérifiez les fuseaux horaires des deux bouts.
travel-flag-time-skipped = Cette heure locale n'existe pas là-bas (les horloges la sautent) : vérifiez l'heure.
travel-flag-overlap = En même temps que « { $other } ».
travel-flag-before-arrival = Commence avant l'arrivée de « { $other } ».
travel-flag-conflict = Modifié à deux endroits en même temps : les deux versions sont gardées jusqu'à ce qu'on en enregistre une. Vérifiez et enregistrez à nouveau.
travel-none = Aucun voyage planifié pour l'instant.
travel-starter-use = Partir de la liste de Wayfinder pour cette destination (vérifiez chaque élément auprès de l'ambassade)
today-travel = Éléments de voyage à faire
today-travel-none = Aucun élément de voyage n'est dû.

## The family's travel checklist (a report)
checklist-title = Notre voyage : { $country }
checklist-hospital = Hôpital
checklist-travel = Départ le
checklist-admission = Admission
checklist-return = Retour le
checklist-todo = Que faire, et pour quand
checklist-what = Quoi
checklist-when = Pour le
checklist-who = Qui
checklist-needs = Documents nécessaires
checklist-no-date = date à venir
checklist-bring = Quoi emporter
checklist-passport = Le passeport de { $name }
checklist-journey = Le voyage, en heures locales
checklist-local-time = { $date }, { $time } (heure de { $place })
checklist-call = Qui appeler
travel-checklist = La liste de la famille
travel-checklist-language = Dans la langue
travel-checklist-prepare = Préparer la liste de la famille
travel-checklist-recipient = La famille
travel-leg-yours = Votre heure : { $starts } → { $ends }
travel-leg-starts-time = Heure de début sur place (heures:minutes)
travel-leg-ends-time = Heure de fin sur place (heures:minutes)

## Reminders: how many travel items, never which
travel-reminder-today = { $count ->
    [one] Une démarche de voyage est à faire aujourd'hui.
   *[other] { $count } démarches de voyage sont à faire aujourd'hui.
}
travel-reminder-late = { $count ->
    [one] Une démarche de voyage est en retard.
   *[other] { $count } démarches de voyage sont en retard.
}
travel-missed = { $count ->
    [one] Pendant que Wayfinder était verrouillé ou fermé, une démarche de voyage est arrivée à échéance. Elle figure dans Aujourd'hui.
   *[other] Pendant que Wayfinder était verrouillé ou fermé, { $count } démarches de voyage sont arrivées à échéance. Elles figurent dans Aujourd'hui.
}

## The team's travel templates
travel-template-from = Ou à partir d'un modèle de l'équipe
travel-template-none = Aucun
travel-template-name = Nom du modèle (par exemple : Istanbul, Acibadem)
travel-template-save = Garder comme modèle de l'équipe
travel-template-saved = Gardé comme modèle de l'équipe « { $name } ».
travel-template-option = { $name } · { $country }
travel-leg-time-example = 19:05

## A trip's item written by hand
travel-rule-before = { $days } jours avant la date { $anchor }
travel-rule-after = { $days } jours après la date { $anchor }
travel-rule-on = À la date { $anchor }
travel-item-edit = Modifier
travel-item-dated-rule = Jours avant ou après une date du voyage
travel-item-dated-date = À une date
travel-item-days = Nombre de jours
travel-item-direction = Avant ou après
travel-item-anchor = Quelle date du voyage
travel-item-before = avant
travel-item-after = après
travel-item-save = Enregistrer la démarche
travel-item-cancel = Annuler

## Coordination: the directory, requests, the communication log
kind-request-title = Demandes
kind-request-add = Nouvelle demande
field-request-kind = Ce qui est demandé
field-request-title = Titre
field-request-questions = Questions posées
field-request-consent = Sous le consentement
field-request-records = Documents joints
field-request-slides-sent = Lames ou blocs envoyés
field-request-payment-arranged = Garantie de paiement obtenue
kind-recipient-title = Destinataires
kind-recipient-add = Ajouter un destinataire
field-recipient-request = Demande
field-recipient-institution = Établissement
field-recipient-institution-name = Établissement
field-recipient-status = Statut
field-recipient-follow-up = Relancer le
field-recipient-outcome = Résultat
kind-dispatch-title = Envoyé
kind-dispatch-add = Envoyer
field-dispatch-recipient = Destinataire
field-dispatch-packet = Ce qui a été envoyé
field-dispatch-override-reason = Pourquoi envoyé incomplet
kind-communication-title = Journal des échanges
kind-communication-add = Noter un échange
field-communication-channel = Moyen
field-communication-direction = Sens
field-communication-date = Date
field-communication-institution-name = Établissement
field-communication-contact = Avec
field-communication-request = Au sujet de la demande
field-communication-summary = Résumé
field-communication-records = Documents joints
option-request-kind-second-opinion = Second avis
option-request-kind-eligibility = Éligibilité à un essai
option-request-kind-admission = Admission
option-request-kind-quote = Devis
option-request-status-draft = Brouillon
option-request-status-sent = Envoyée
option-request-status-received = Reçue
option-request-status-information-requested = Informations demandées
option-request-status-accepted = Acceptée
option-request-status-declined = Refusée
option-request-status-answered = Répondue
option-request-status-cancelled = Annulée
option-direction-incoming = Reçu
option-direction-outgoing = Émis
kind-institution-title = Annuaire
kind-institution-add = Ajouter un établissement
field-institution-name = Nom
field-institution-kind = Type
field-institution-department = Service
field-institution-country = Pays
field-institution-city = Ville
field-institution-languages = Langues acceptées
field-institution-turnaround = Délai de réponse habituel (jours)
field-institution-email = Courriel
field-institution-phone = Téléphone
field-institution-note = Notes
option-institution-kind-hospital = Hôpital
option-institution-kind-tumour-board = Réunion de concertation (RCP)
option-institution-kind-trial-team = Équipe d'essai
option-institution-kind-laboratory = Laboratoire
option-institution-kind-embassy = Ambassade
option-institution-kind-other = Autre
kind-directory-contact-title = Contacts
kind-directory-contact-add = Ajouter un contact
field-directory-contact-institution = Établissement
field-directory-contact-name = Nom
field-directory-contact-role = Fonction
field-directory-contact-email = Courriel
field-directory-contact-phone = Téléphone
field-directory-contact-languages = Langues
field-directory-contact-channel = Joignable de préférence par
kind-requirement-title = Ce qu'une demande doit contenir
kind-requirement-add = Ajouter une exigence
field-requirement-institution = Établissement
field-requirement-request-kind = Pour une demande de
field-requirement-need = Elle doit contenir
field-requirement-language = En, ou traduit en
option-need-pathology = Compte rendu d'anatomopathologie
option-need-slides = Lames ou blocs
option-need-imaging = Compte rendu d'imagerie
option-need-imaging-dicom = Imagerie au format DICOM
option-need-molecular = Compte rendu moléculaire
option-need-lab = Résultats de laboratoire
option-need-treatment-summary = Résumé du traitement
option-need-discharge-letter = Lettre de sortie
option-need-referral = Lettre d'adressage
option-need-identity = Passeport ou pièce d'identité
option-need-consent = Consentement de la famille
option-need-payment-guarantee = Garantie de paiement

## The directory and a case's requests
directory-intro = Les établissements avec lesquels l'équipe travaille, leurs contacts et ce que chacun exige d'une demande. Partagé avec toute l'équipe ; aucune donnée de patient.
directory-no-team = L'annuaire appartient à l'équipe : rejoignez ou créez une équipe pour en tenir un.
directory-filter = Chercher par nom, ville ou contact
directory-count = { $count ->
    [one] Un établissement
   *[other] { $count } établissements
}
directory-empty = Aucun établissement pour l'instant.
directory-no-requirements = Il n'exige encore rien de particulier.
directory-any-language = En toute langue
request-need-in = en { $language } ou traduit dans cette langue
nav-directory = Annuaire
request-none = Aucune demande pour l'instant.
request-institution-gone = N'est plus dans l'annuaire
request-waiting = { $days ->
    [one] Un jour sans réponse
   *[other] { $days } jours sans réponse
}
request-missing = Il manque, selon cet établissement :
request-sent-on = Envoyé le { $date }
request-renamed-since = renommé depuis { $title }
request-sent-translation = Traduction en { $language }
today-requests = En attente de réponse
today-requests-none = Aucune demande n'attend au-delà de sa date de relance.
today-follow-up-today = Relancer aujourd'hui
request-log-none = Rien de noté pour l'instant.
request-log-no-request = Sans lien avec une demande
field-recipient-answer = Documents de la réponse
request-information-task = Envoyer à { $institution } ce qu’il a demandé
error-follow-up-past = Cette date de relance est déjà passée. Choisissez aujourd’hui ou un jour suivant, ou laissez-la vide pour prendre le délai de réponse habituel de l’établissement.
request-history = Historique des statuts
request-log-make-task = Créer une tâche de relance
request-log-task-made = Tâche ajoutée aux tâches du dossier.
cases-waiting-request = En attente de { $who }
directory-shown = { $shown } affichés ; cherchez pour trouver les autres
error-directory-columns = La première ligne du fichier doit nommer ses colonnes, avec au moins une colonne « name » (et au choix kind, department, country, city, languages, turnaround, email, phone, note, contact_name, contact_role, contact_email, contact_phone). Rien n’a été ajouté.
error-directory-line = Cette ligne n’a pas pu être lue : elle n’a pas autant de cellules que la première ligne nomme de colonnes. Vérifiez ses virgules et ses guillemets.
error-directory-changed = Le fichier a changé depuis son aperçu. Rien n’a été ajouté : ouvrez-le de nouveau pour voir ce qu’il contient maintenant.
error-directory-wrong-lines = { $count ->
    [one] Une ligne du fichier est erronée
   *[other] { $count } lignes du fichier sont erronées
}. Rien n’a été ajouté : corrigez les lignes citées dans l’aperçu et ouvrez le fichier de nouveau.
directory-import = Importer d’un fichier CSV…
directory-import-open-title = Choisissez le fichier CSV de l’annuaire
directory-import-summary = { $lines } lignes lues ({ $encoding }) : { $institutions } établissements et { $contacts } contacts à ajouter, { $leftOut } laissées de côté, { $wrong } erronées.
directory-import-ignored = Colonnes laissées de côté : { $columns }
directory-import-line = Ligne { $line }
directory-import-new = ajoute l’établissement
directory-import-contact = ajoute un contact à l’établissement de la ligne { $line }
directory-import-in-directory = déjà dans l’annuaire : laissée de côté
directory-import-repeated = le même établissement qu’à la ligne { $line } : laissée de côté
directory-import-wrong = erronée
directory-import-confirm = Les ajouter à l’annuaire
directory-import-cancel = Annuler
directory-import-fix-first = Rien ne peut être ajouté tant qu’une ligne est erronée : corrigez le fichier et ouvrez-le de nouveau.
directory-import-done = { $institutions } établissements et { $contacts } contacts ajoutés.
directory-import-more = …et { $count } autres lignes à ajouter.
request-follow-up-due = Sa date de relance est arrivée : elle figure dans Aujourd’hui jusqu’à la réponse ou un report.
directory-edit = Modifier ses coordonnées
directory-conflict = Deux membres ont modifié { $field } en même temps. Gardez-en un :
directory-conflict-keep = Garder « { $value } »
field-export-sha256 = SHA-256 du fichier
request-send-report = Rapport envoyé avec
request-send-no-report = Aucun rapport exporté
request-sent-report = Rapport { $file }

# The audit log
audit-title = Journal d’audit
audit-none = Rien n’est encore noté.
audit-filter-member = Membre
audit-filter-action = Action
audit-filter-all = Tous
audit-col-when = Quand
audit-col-who = Qui
audit-col-what = Quoi
audit-col-device = Appareil
audit-shown = { $shown } entrées sur { $count }
audit-whole = Toutes les entrées sont vérifiées : { $count } signées et chaînées, aucune ne manque.
audit-chain = { $member }, appareil { $device } :
audit-unknown-author = Les clés de { $member } (appareil { $device }) ne sont pas connues sur cet ordinateur : ses entrées ne peuvent pas être vérifiées. Synchronisez avec l’équipe, puis rouvrez le dossier.
audit-finding-altered = l’entrée { $seq } a été modifiée après sa signature.
audit-finding-missing = les entrées { $seq } à { $to } manquent.
audit-finding-out-of-order = l’entrée { $seq } est arrivée dans le désordre.
audit-finding-forked = deux entrées différentes portent le numéro { $seq } : le journal a été réécrit.
audit-finding-held-back = seules { $seq } entrées sont arrivées, mais une modification ultérieure cite l’entrée { $to } : le serveur en retient.
audit-finding-foreign = l’entrée { $seq } appartient au journal d’un autre appareil.
audit-action-unlocked = A déverrouillé le coffre
audit-action-unlock-failed = Échec de déverrouillage
audit-action-case-opened = A ouvert le dossier
audit-action-record-viewed = A consulté un document
audit-action-field-changed = A modifié le dossier
audit-action-imported = A importé un document
audit-action-exported = A exporté hors du coffre
audit-action-shared = A partagé le dossier
audit-action-unshared = A retiré un membre du dossier
audit-action-member-added = A ajouté un membre
audit-action-member-removed = A retiré un membre

# Interchange: a case as an HL7 FHIR R4 Bundle, out and in.
error-fhir-not-json = Le fichier n'est pas un fichier FHIR (ce n'est pas du JSON). Rien n'a été importé : demandez à l'hôpital le dossier sous forme de Bundle FHIR R4 en JSON.
error-fhir-not-a-bundle = Le fichier est du FHIR mais pas un Bundle. Rien n'a été importé : demandez à l'hôpital le dossier complet en un seul Bundle FHIR R4.
error-fhir-no-patient = Le fichier ne nomme aucun patient : il n'y a pas d'enfant à importer. Rien n'a été importé : demandez à l'hôpital d'inclure le Patient.
error-fhir-changed = Le fichier a changé depuis que vous en avez vu l'aperçu. Rien n'a été importé : ouvrez-le à nouveau pour voir ce qu'il contient maintenant.
error-fhir-not-confirmed = Confirmez que le fichier concerne le même enfant avant de l'ajouter à ce dossier. Rien n'a été importé.
option-report-fhir = Le dossier en FHIR
fhir-export-save-title = Enregistrer le dossier en fichier FHIR
fhir-import-open-title = Choisissez un fichier FHIR d'un hôpital
fhir-kept-heading = Conservé de { $file } : ce qui n'avait pas de place dans le dossier.
fhir-kept-no-place = pas de place dans un dossier
fhir-kept-other-patient = concerne un autre patient
fhir-kept-no-file = son fichier n'est pas inclus
fhir-kept-bad-file = son fichier n'a pas pu être décodé
fhir-kept-another-condition = un autre diagnostic (le dossier en a un)
fhir-kept-fields = champs sans place
fhir-kept-invalid = valeurs que Wayfinder n'accepte pas
fhir-kept-in-case = déjà dans le dossier
fhir-kept-protected = son fichier est protégé par un mot de passe
fhir-kept-unreadable = son fichier n'a pas pu être lu
fhir-title = Échange avec les systèmes hospitaliers (FHIR)
fhir-export-intro = Le dossier en fichier HL7 FHIR R4 lisible par le système d'un hôpital. Le consentement choisi décide de ce qu'il montre de l'enfant, comme pour les rapports.
fhir-originals = Inclure les fichiers des documents
fhir-export = Exporter en FHIR…
fhir-exported = Enregistré sous { $file }.
fhir-import-case = Ajouter un fichier FHIR à ce dossier…
fhir-import-new = Nouveau dossier depuis un fichier FHIR…
fhir-preview-title = Ce que contient le fichier
fhir-compare-file = Dans le fichier
fhir-compare-case = Dans ce dossier
fhir-not-given = non indiqué
fhir-same-child = C'est le même enfant
fhir-differ = Le nom ou la date de naissance diffèrent. Ne confirmez que si vous êtes sûr qu'il s'agit du même enfant.
fhir-counts = { $contacts } contacts, { $treatments } traitements, { $records } documents, { $consents } consentements, { $communications } messages consignés
fhir-diagnosis = Diagnostic : { $text }
fhir-kept-title = Conservé avec le dossier en notes : sans place ou non accepté
fhir-missing = Le fichier ne dit pas tout ce qu'il faut pour un nouveau dossier. Complétez :
fhir-import = Importer
fhir-cancel = Annuler
fhir-imported = Importé : { $records } documents et { $entities } entrées ; { $kept } conservés en notes.

# The disclosure report and its signed statement.
disclosure-title = Communications du dossier de { $child }
disclosure-title-unnamed = Communications du dossier de l'enfant
disclosure-intro = Chaque rapport, document et fichier sorti de ce dossier, à qui, quand et sous quel consentement, avec l'empreinte SHA-256 de chaque fichier envoyé : un fichier reçu peut être vérifié avec elle.
disclosure-when = Quand
disclosure-what = Quoi
disclosure-to = À qui
disclosure-consent = Sous le consentement
disclosure-file = Fichier
disclosure-by = Envoyé par
disclosure-none = Rien n'est sorti de ce dossier.
disclosure-no-consent = aucun choisi
disclosure-no-hash = non enregistrée (envoyé avant la conservation des empreintes)
disclosure-family = la famille
option-report-disclosure = Rapport des communications
option-report-statement = Déclaration signée des communications (JSON)
statement-save-title = Enregistrer la déclaration signée des communications
reports-statement-export = Exporter la déclaration signée (JSON)…
reports-statement-hint = Un délégué à la protection des données peut vérifier la déclaration sans le coffre de Wayfinder : wayfinder-audit verify STATEMENT.json
field-export-consent = Sous le consentement

# The audit log exported.
audit-col-object = Sur
audit-col-chain = Chaîne
audit-chain-checked = vérifiée
audit-chain-broken = ne se vérifie pas : voir les constats
audit-export-csv = Exporter le journal (CSV)…
audit-export-pdf = Exporter le journal (PDF)…
audit-export-save-title = Enregistrer le journal d'audit
audit-exported = Enregistré sous { $file }.
audit-pdf-title = Journal d'audit du dossier de { $child }

# The sealed case archive.
error-archive-not-an-archive = Le fichier n'est pas une archive de dossier Wayfinder. Rien n'a été importé : choisissez le fichier .wfarchive qui vous a été envoyé.
error-archive-too-new = L'archive a été créée par une version plus récente de Wayfinder. Rien n'a été importé : mettez Wayfinder à jour, puis ouvrez-la à nouveau.
error-archive-wrong-passphrase = La phrase secrète n'ouvre pas cette archive. Rien n'a été importé : vérifiez-la auprès de la personne qui l'a envoyée, puis réessayez.
error-archive-truncated = L'archive est tronquée : elle n'est pas arrivée entière. Rien n'a été importé : demandez qu'on vous la renvoie.
error-archive-altered = L'archive a été modifiée après avoir été scellée. Rien n'a été importé : demandez qu'on vous la renvoie et prévenez l'expéditeur.
error-archive-case-exists = Ce dossier est déjà dans votre coffre. Rien n'a été importé deux fois.
error-archive-refused = L'archive contient une modification que Wayfinder n'accepterait pas. Rien n'a été importé : demandez à l'expéditeur de vérifier le dossier.
option-report-archive = Archive scellée du dossier
archive-save-title = Enregistrer l'archive scellée du dossier
archive-open-title = Choisissez une archive scellée de dossier
archive-title = Archive scellée du dossier
archive-intro = Le dossier entier (son contenu, ses documents et son journal d'audit) en un fichier scellé par une phrase secrète. Donnez la phrase au destinataire par un autre moyen que le fichier.
archive-passphrase = Phrase secrète de l'archive
archive-recipient = Pour qui
archive-export = Exporter l'archive scellée…
archive-import = Ouvrir une archive scellée de dossier…
archive-exported = Enregistré sous { $file }.
error-archive-not-for-you = Cette archive a été scellée pour un autre membre de l'équipe : seul son Wayfinder l'ouvre. Rien n'a été importé : demandez à l'expéditeur de la sceller pour vous.
error-archive-unknown-sender = Cette archive a été scellée par quelqu'un qui n'est pas dans la liste de votre équipe : on ne peut pas vérifier qui l'a envoyée. Rien n'a été importé : synchronisez avec votre équipe puis rouvrez-la, ou demandez une archive scellée par une phrase secrète.
archive-seal-for = La sceller pour
archive-seal-passphrase = Celui à qui je donne une phrase secrète
archive-member-intro = Scellée pour un membre de votre équipe, seul son Wayfinder l'ouvre : aucune phrase secrète à transmettre.
archive-open-intro = Une archive scellée pour vous s'ouvre sans phrase secrète.
audit-pdf-vault-title = Journal d'audit de ce coffre : déverrouillages et membres de l'équipe
audit-vault-title = Journal propre à ce coffre
audit-vault-intro = Déverrouillages, échecs de déverrouillage et membres ajoutés à l'équipe ou retirés, sur cet ordinateur. Chaque dossier garde son propre journal sur sa page.
