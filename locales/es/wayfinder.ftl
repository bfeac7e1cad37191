# Wayfinder: screens and messages, Spanish. Every visible string of the app comes from here.
# The same keys exist in every language folder; a test fails when one is missing.

# The language's own name, shown in the language switcher.
language-name = Español
app-title = Wayfinder
app-tagline = Expedientes de familias que buscan atención médica en el extranjero

## First start: creating the vault

setup-title = Cree su bóveda
setup-intro = Sus expedientes se guardan cifrados en esta computadora. La clave se guarda en el llavero de esta computadora. Si esa clave llegara a perderse, su frase de recuperación sería la única forma de volver a entrar.
setup-generated-label = Su frase de recuperación
setup-generated-hint = Anótela en papel y guárdela en un lugar seguro, lejos de esta computadora. Nadie, ni siquiera el administrador de su equipo, puede recuperarla por usted.
setup-confirm-label = Escriba de nuevo la frase para confirmar que la tiene
setup-own-toggle = Prefiero elegir mi propia frase de contraseña
setup-generated-toggle = Usar una frase de contraseña generada
setup-own-label = Su frase de recuperación
setup-own-hint = Al menos { $min } caracteres. Varias palabras sin relación entre sí son más fáciles de recordar y más difíciles de adivinar.
setup-create = Crear la bóveda
setup-creating = Creando la bóveda…
setup-mismatch = Las dos frases no coinciden. Revise ambas y vuelva a escribirlas.
setup-new-suggestion = Sugerir otra

## Unlocking

unlock-title = La bóveda está bloqueada
unlock-intro = Mientras la bóveda esté bloqueada, no se muestra nada de ningún caso.
unlock-with-keychain = Desbloquear
unlock-passphrase-label = Frase de recuperación
unlock-with-passphrase = Desbloquear con la frase de recuperación
unlock-reason-keychain-missing = El llavero de esta computadora no contiene ninguna clave para esta bóveda: puede que se haya eliminado o que esta sea una computadora nueva. Escriba su frase de recuperación; después, la clave volverá a guardarse en el llavero.
unlock-reason-keychain-mismatch = La clave del llavero de esta computadora no pertenece a esta bóveda. Escriba su frase de recuperación; después, la clave correcta se guardará en el llavero.
unlock-reason-keychain-locked = El llavero de esta computadora está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión en su escritorio) y haga clic en Desbloquear, o escriba su frase de recuperación.
unlock-reason-keychain-unavailable = No se pudo acceder a ningún llavero en esta computadora. Escriba su frase de recuperación para desbloquear la bóveda.
unlock-keychain-stored-again = La clave de la bóveda vuelve a estar guardada en el llavero.
unlock-keychain-not-stored = La bóveda está desbloqueada, pero su clave no se pudo guardar en el llavero; la próxima vez necesitará su frase de recuperación.

## The window's frame

nav-cases = Casos
nav-settings = Configuración
lock-now = Bloquear
lock-shortcut-hint = Bloquear la bóveda ahora (Ctrl+L)

## Cases

cases-title = Casos
cases-empty = Todavía no hay casos. Cree uno para cada familia que acompañe.
cases-count = { $count ->
    [one] Un caso
   *[other] { $count } casos
}
case-new = Nuevo caso
case-create = Crear el caso
case-cancel = Cancelar
case-back = Todos los casos
case-title = Caso
case-created = Abierto el { $date }
case-updated = Último cambio: { $date }
case-saving = Guardando…
case-saved = Guardado
case-save-failed = No guardado
case-child = El niño o la niña
field-child-name = Nombre del niño o la niña
field-date-of-birth = Fecha de nacimiento
field-country = País
field-country-choose = Elija un país
field-languages = Idiomas hablados
field-languages-add = Agregar un idioma
field-languages-remove = Quitar { $language }
field-age = { $years ->
    [one] { $years } año
   *[other] { $years } años
}

## Settings

settings-title = Configuración
settings-language = Idioma de la interfaz
settings-auto-lock = Bloquear la bóveda después de estos minutos sin actividad
settings-auto-lock-unit = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
settings-saved = Configuración guardada

## Errors. Each says what happened and what to do next; none ever contains a key, a passphrase
## or anything about a patient.

error-wrong-key = La clave del llavero de esta computadora no abre esta bóveda. Desbloquéela con su frase de recuperación.
error-wrong-passphrase = Esa frase de contraseña no abre esta bóveda. Revísela (los espacios y las mayúsculas cuentan) e inténtelo de nuevo.
error-keychain-missing = El llavero de esta computadora no contiene ninguna clave para esta bóveda. Desbloquéela con su frase de recuperación.
error-keychain-mismatch = La clave del llavero de esta computadora no pertenece a esta bóveda. Desbloquéela con su frase de recuperación.
error-keychain-locked = El llavero de esta computadora está bloqueado. Desbloquéelo e inténtelo de nuevo, o use su frase de recuperación.
error-keychain-unavailable = No se pudo acceder a ningún llavero en esta computadora. Use su frase de recuperación.
error-not-a-vault = La carpeta de la bóveda contiene archivos que no son una bóveda de Wayfinder. No se ha cambiado nada. Mueva esa carpeta a otro lugar o restáurela desde una copia de seguridad y, después, vuelva a iniciar Wayfinder.
error-vault-damaged = La bóveda está dañada y no se puede abrir de forma segura. No se ha cambiado nada. Restáurela desde una copia de seguridad o pida ayuda al administrador de su equipo.
error-vault-too-new = Esta bóveda se creó con una versión más reciente de Wayfinder. Instale la última versión para abrirla; no se ha cambiado nada.
error-vault-exists = Ya existe una bóveda en esta computadora. Desbloquéela en lugar de crear una nueva.
error-vault-locked = La bóveda está bloqueada. Desbloquéela e inténtelo de nuevo.
error-disk-full = El disco está lleno, por lo que no se guardó nada. Libere espacio e inténtelo de nuevo.
error-storage-failed = No se pudo leer ni escribir en la bóveda. No se ha perdido nada; inténtelo de nuevo y, si vuelve a ocurrir, reinicie Wayfinder.
error-passphrase-too-short = La frase de contraseña es demasiado corta: use al menos { $min } caracteres.
error-passphrase-too-guessable = Esta frase de contraseña sería fácil de adivinar. Use varias palabras sin relación entre sí o la frase sugerida.
error-case-not-found = Este caso ya no está en la bóveda. Vuelva a la lista de casos.
error-invalid-request = La aplicación envió una solicitud que no debía enviar. Reinicie Wayfinder; si vuelve a ocurrir, avise al administrador de su equipo.
error-name-empty = Escriba el nombre del niño o la niña.
error-name-too-long = El nombre es demasiado largo: como máximo { $max } caracteres.
error-name-control-characters = El nombre contiene caracteres de control invisibles. Vuelva a escribirlo.
error-date-invalid = Escriba una fecha que exista.
error-travel-rule-invalid = Indique cuándo vence el elemento en días antes o después de una de las fechas del plan (viaje, cita del visado, ingreso, regreso), dos años como máximo.
error-travel-zone-unknown = No se conoce esa zona horaria. Elija la zona del lugar en la lista (por ejemplo Europe/Istanbul).
error-travel-time-skipped = Esa hora no existe allí: los relojes la saltan al empezar el horario de verano. Compruebe la hora en el billete o en la carta.
error-travel-circular = Estos elementos se esperan unos a otros en círculo, así que ninguno podría empezar. Quite uno de ellos del «después de» de otro.
error-date-of-birth-in-future = La fecha de nacimiento no puede ser futura.
error-date-of-birth-too-early = La fecha de nacimiento debe ser del año { $min_year } o posterior.
error-country-unknown = Elija un país de la lista.
error-language-unknown = Elija los idiomas de la lista.
error-languages-empty = Agregue al menos un idioma que hable la familia.
error-value-empty = Este campo no puede quedar vacío.
error-text-too-long = El texto es demasiado largo: como máximo { $max } caracteres.
error-choice-unknown = Elija una de las opciones de la lista.
error-email-invalid = Introduzca una dirección de correo como nombre@ejemplo.org.
error-phone-invalid = Introduzca un número de teléfono con su prefijo de país, como +971 50 123 4567.
error-code-invalid = Este código no es válido. Revise su forma (por ejemplo C71.6, o 9470/3 para un código de morfología).
error-stage-refused = El caso no puede pasar a esa etapa desde la actual. Elija una de las etapas ofrecidas.
error-request-status-refused = La solicitud no puede pasar a ese estado desde el actual (una solicitud respondida, rechazada o cancelada es definitiva). Elija uno de los estados ofrecidos.

## The case file: sections, fields, choices

section-child = El niño o la niña
section-diagnosis = Diagnóstico
section-coordination = Coordinación
section-stage = Etapa
kind-contact-title = Tutores y contactos
kind-contact-add = Agregar un contacto
kind-treatment-title = Historial de tratamiento
kind-treatment-add = Agregar una fase del tratamiento
kind-question-title = Preguntas para los especialistas revisores
kind-question-add = Agregar una pregunta
kind-consent-title = Consentimientos
kind-consent-add = Agregar un consentimiento
kind-task-title = Tareas
kind-task-add = Agregar una tarea
kind-note-title = Notas
kind-note-add = Agregar una nota
entity-add = Agregar
entity-delete = Eliminar
entity-none = Todavía no hay elementos.
field-case-stage = Etapa
field-case-child-name = Nombre del niño o la niña
field-case-child-date-of-birth = Fecha de nacimiento
field-case-child-sex = Sexo
field-case-child-country = País
field-case-child-languages = Idiomas hablados
field-case-diagnosis-text = Diagnóstico, tal como figura en los informes médicos
field-case-diagnosis-icd10 = Código ICD-10
field-case-diagnosis-topography = Topografía ICD-O-3
field-case-diagnosis-morphology = Morfología ICD-O-3
field-case-diagnosis-risk-group = Grupo de riesgo
field-case-assignee = Coordinador responsable
field-case-waiting-on = A la espera de
field-contact-name = Nombre
field-contact-relation = Relación con el niño o la niña
field-contact-phone = Teléfono
field-contact-email = Correo electrónico
field-contact-language = Idioma
field-contact-channel = Canal preferido
field-treatment-what = Tratamiento
field-treatment-where = Lugar
field-treatment-from = Inicio
field-treatment-to = Fin
field-treatment-outcome = Resultado
field-question-text = Pregunta
field-consent-what = Qué se puede compartir
field-consent-recipient = Con quién
field-consent-until = Hasta
field-task-title = Tarea
field-task-due = Fecha límite
field-task-assignee = Asignada a
field-task-done = Hecha
field-note-text = Nota
option-none = Sin especificar
option-sex-female = Femenino
option-sex-male = Masculino
option-sex-other = Otro
option-sex-unknown = Desconocido
option-channel-phone = Llamada telefónica
option-channel-sms = Mensaje de texto (SMS)
option-channel-whatsapp = WhatsApp
option-channel-email = Correo electrónico
option-channel-in-person = En persona
stage-inquiry = Consulta inicial
stage-intake = Admisión
stage-records = Documentación clínica
stage-review = Revisión
stage-matching = Selección de centro
stage-travel = Viaje
stage-treatment = Tratamiento
stage-follow-up = Seguimiento
stage-closed = Cerrado
stage-move-to = Pasar a: { $stage }
stage-history-title = Historial de etapas
stage-history-entry = { $stage }: { $date }, por { $author }
author-you = usted
author-member = el miembro { $id }

## Conflicts

conflict-title = Estas versiones se escribieron sin que una tuviera en cuenta la otra. Elija la correcta.
conflict-version = Escrita por { $author } el { $date }
conflict-keep = Conservar esta
conflict-cleared = (campo vaciado)
conflict-deleted = { $author } eliminó esto el { $date } mientras se modificaba aquí. Consérvelo, con los cambios, o deje que se elimine.
conflict-keep-entity = Conservar
conflict-delete-entity = Eliminar

## The case list's filters

cases-search = Buscar un caso por nombre
cases-filter-stage = Etapa
cases-filter-country = País
cases-filter-assignee = Coordinador
cases-filter-any = Cualquiera
cases-none-match = Ningún caso coincide con estos filtros.
cases-conflicts = { $count ->
    [one] Un conflicto por resolver
   *[other] { $count } conflictos por resolver
}

## Today

nav-today = Hoy
today-title = Hoy
today-tasks = Tareas que vencen hoy o ya vencidas
today-tasks-none = No hay tareas vencidas ni que venzan hoy.
today-tasks-shown = Se muestran { $shown } de { $total }
today-tasks-more = Mostrar más
today-due-today = Vence hoy
today-overdue = { $days ->
    [one] Un día de retraso
   *[other] { $days } días de retraso
}
today-waiting = Casos a la espera de alguien
today-waiting-none = Ningún caso está a la espera de nadie.
today-waiting-on = A la espera de { $who }
today-consents = Consentimientos que vencen pronto
today-consents-none = Ningún consentimiento vence en los próximos 30 días.
today-translations = Documentos por traducir
today-translations-none = Ningún documento espera traducción.
today-consent-expired = Venció el { $date }
today-consent-ends-today = Vence hoy
today-consent-ends = { $days ->
    [one] Vence mañana
   *[other] Vence en { $days } días
}

## Undo

undo = Deshacer
undo-hint = Deshacer su último cambio (Ctrl+Z)
undo-nothing = No hay nada que deshacer.

## Records: importing, the list, the viewer

kind-record-title = Documentos médicos
kind-record-add = Añadir un documento
field-record-title = Título
field-record-category = Categoría
field-record-date = Fecha del documento
field-record-institution = Emitido por (institución)
field-record-language = Idioma del documento
field-record-content = Archivo original
option-category-pathology = Anatomía patológica
option-category-imaging = Imagen médica
option-category-lab = Resultados de laboratorio
option-category-biomarker = Biomarcadores y genómica
option-category-treatment-summary = Resumen del tratamiento
option-category-discharge-letter = Informe de alta
option-category-referral = Derivación
option-category-identity-travel = Identidad y viaje
option-category-consent = Consentimiento
option-category-other = Otro
records-import-files = Importar archivos…
records-import-folder = Importar una carpeta…
records-drop-hint = También puede soltar archivos o carpetas (como un CD de imágenes) en cualquier parte de esta ventana.
records-drop-active = Suelte los archivos para importarlos a este caso.
records-category = Categoría de estos archivos
records-category-suggest = Sugerir una según el contenido de cada archivo
records-allow-duplicate = Importar también los archivos que ya están en la bóveda
records-none = Aún no hay documentos. Importe archivos o suéltelos en esta ventana.
records-documents = Documentos
records-studies = Estudios de imagen
record-pages = { $pages ->
    [one] una página
   *[other] { $pages } páginas
}
record-images = { $count ->
    [one] una imagen
   *[other] { $count } imágenes
}
import-starting = Preparando los archivos…
import-status = Archivo { $n } de { $total }: { $title }
import-cancel = Cancelar la importación
import-finished = { $imported ->
    [0] No se importó ningún archivo.
    [one] Se importó un archivo.
   *[other] Se importaron { $imported } archivos.
}
import-cancelled = Cancelado: { $imported } importados; el resto no.
import-password-label = Contraseña de este PDF
import-retry = Reintentar
import-skip = Omitir
import-anyway = Importar de todos modos
import-suggested = La categoría y el idioma se sugirieron a partir del archivo: revíselos, cámbielos si hace falta y confirme.
import-confirm = Confirmar
import-already-in = Ya está en la bóveda como «{ $title }», en el caso de { $case }
viewer-close = Cerrar
viewer-printing = Preparando las páginas para imprimir: { $n } de { $total }
viewer-print-hint = Imprimir el documento (Ctrl+P)
viewer-print = Imprimir…
viewer-loading = Cargando…
viewer-prev = Página anterior
viewer-next = Página siguiente
viewer-page-indicator = Página { $n } de { $total }
viewer-image-indicator = Imagen { $n } de { $total }
viewer-go = Ir a la página
viewer-zoom-in = Acercar
viewer-zoom-out = Alejar
viewer-zoom = { $percent } %
viewer-zoom-fit = Ajustar al ancho
viewer-rotate = Girar
viewer-matches = { $count ->
    [0] Ninguna coincidencia en esta página
    [one] Una coincidencia en esta página
   *[other] { $count } coincidencias en esta página
}
viewer-page-alt = Página { $n }
viewer-thumbnails = Páginas
viewer-thumbnail = Ir a la página { $n }
viewer-close-hint = Cerrar (Escape)
viewer-toolbar = Herramientas de página
viewer-fit = Tamaño de página
viewer-fit-page = Ajustar página
viewer-actual-size = Tamaño real
viewer-find = Buscar en este documento
viewer-find-prev = Página anterior con coincidencias
viewer-find-next = Página siguiente con coincidencias
viewer-find-none = No aparece en este documento
viewer-find-pages = Página con coincidencias { $n } de { $count }
viewer-find-count = { $count ->
    [one] Una página tiene coincidencias
   *[other] { $count } páginas tienen coincidencias
}
dicom-window-own = La ventana propia del archivo
dicom-window-center = Centro de ventana: { $value }
dicom-window-width = Anchura de ventana: { $value }
dicom-window-reset = Volver a la ventana del archivo
dicom-image = Imagen
dicom-series = Serie
dicom-modality = Modalidad
dicom-instance = Número de instancia
dicom-size = Filas × columnas
dicom-transfer-syntax = Sintaxis de transferencia

## Search

nav-search = Buscar
search-title = Buscar
search-label = Buscar en todos los casos y documentos
search-case-label = Buscar en este caso
search-searching = Buscando…
search-none = No se encontró nada.
search-hit-page = { $title }, página { $page }

# Records: import and viewing errors

error-record-missing = El archivo de este documento todavía no ha llegado a esta bóveda. Inténtelo de nuevo después de la próxima sincronización.
error-import-busy = Ya hay una importación en curso. Espere a que termine o cancélela y, después, inténtelo de nuevo.
error-import-empty = Este archivo está vacío. Pida a la familia que lo envíe de nuevo.
error-import-not-supported = Este archivo no es un PDF, una foto o un escaneo (JPEG, PNG, TIFF) ni una imagen DICOM, por lo que no se puede importar. Pídalo en uno de estos formatos.
error-import-too-large = Este archivo es demasiado grande para importarlo (más de 4 GB). Pídalo dividido en partes más pequeñas.
error-import-unreadable = No se pudo leer este archivo. Compruebe que sigue en su sitio y que tiene permiso para abrirlo y, después, inténtelo de nuevo.
error-pdf-engine-missing = Falta el motor de PDF en esta instalación. Vuelva a instalar Wayfinder.
error-pdf-unreadable = Este PDF está dañado o no es un PDF. Pida a la familia o al hospital que lo envíen de nuevo.
error-pdf-password-required = Este PDF está protegido con contraseña. Introduzca la contraseña para importarlo u omítalo.
error-pdf-password-wrong = No se aceptó esa contraseña. Revísela e inténtelo de nuevo, u omita este archivo.
error-pdf-unsupported-security = Este PDF usa un tipo de protección que no se puede abrir. Pida una copia sin protección.
error-pdf-no-such-page = Esta página no existe en el documento.
error-pdf-not-open = El documento se cerró. Vuelva a abrirlo.
error-pdf-render-failed = No se pudo mostrar esta página. Pruebe con otro nivel de zoom o vuelva a abrir el documento.
error-pdf-engine-stopped = El motor de PDF se detuvo. Reinicie Wayfinder.
error-image-damaged = Esta imagen está dañada o incompleta. Pida a la familia que la envíe de nuevo.
error-image-too-large = Esta imagen es demasiado grande para mostrarla. Pida una copia más pequeña.
error-image-unsupported = Este tipo de imagen aún no se admite. Pídala en formato JPEG o PDF.
error-image-no-such-page = Esta página no existe en la imagen.
error-dicom-not-dicom = Este archivo no es una imagen DICOM.
error-dicom-damaged = Este archivo DICOM está dañado o incompleto. Pida al hospital una nueva copia del CD.
error-dicom-codec-unsupported = La compresión de esta imagen aún no se admite. Sus datos se muestran en la lista; para ver la imagen, pida al hospital una copia sin comprimir.
error-dicom-no-image = Este archivo DICOM no contiene ninguna imagen (puede ser un plan de tratamiento o un informe).
import-imported = Importado.
import-duplicate = Ya está en esta bóveda: { $places }.

## Reports: the case summary, in the reader's language
report-summary-title = Resumen del caso para segunda opinión
report-child = Paciente
report-diagnosis = Diagnóstico
report-status = Situación actual
report-timeline = Tratamiento hasta ahora
report-treatment = Tratamiento
report-place = Lugar
report-dates = Fechas
report-outcome = Resultado
report-questions = Preguntas para los revisores
report-enclosed = Documentos adjuntos
report-record = Documento
report-category = Categoría
report-date = Fecha
report-pages = Páginas
report-coordinator = Contacto
report-none = Sin registros.
report-page = Página { $n } de { $total }
report-name = Nombre
report-date-of-birth = Fecha de nacimiento
report-sex = Sexo
report-country = País
report-withheld = Omitido (sin consentimiento para este destinatario)
report-not-recorded = No consta
report-diagnosis-text = Diagnóstico
report-icd10 = CIE-10
report-topography = Topografía CIE-O-3
report-morphology = Morfología CIE-O-3
report-risk-group = Grupo de riesgo
report-prepared = Preparado el { $date }
report-date-pattern = %-d de %B de %Y
error-report-font-missing = Falta una fuente para los informes. Vuelva a ejecutar la instalación y pruebe de nuevo.
error-report-template = No se pudo maquetar el informe. Informe de este problema; el caso no ha cambiado.
error-report-pdf = No se pudo escribir el informe en PDF. Pruebe de nuevo; el caso no ha cambiado.

## Reports in the app: preparing, previewing, exporting; the log of what was sent
kind-export-title = Informes enviados
kind-export-add = Registrar un informe enviado
field-export-report = Informe
field-export-recipient = Enviado a
field-export-language = Idioma
field-export-records = Documentos adjuntos
field-export-pages = Páginas
field-export-file = Archivo
option-report-summary = Resumen del caso
option-report-packet = Dosier para revisión
option-report-record = Un documento, tal como es el original
option-report-translation = Un documento traducido
option-report-xliff = Los pasajes de un documento (XLIFF)
option-report-tmx = Una memoria de traducción (TMX)
option-report-checklist = La lista de viaje de la familia
field-consent-identity = Identidad que pueden mostrar los informes
option-identity-full = Nombre y fecha de nacimiento
option-identity-initials = Solo las iniciales
option-identity-none = Nada que identifique al niño o la niña
report-age = Edad
report-age-years = { $years ->
    [one] { $years } año
   *[other] { $years } años
}
reports-title = Informes
reports-kind = Informe
reports-language = Idioma del lector
reports-consent = Destinatario, según el consentimiento de la familia
reports-no-consent = Alguien sin consentimiento (no se nombra al niño o la niña)
reports-consent-option = { $recipient }: { $identity }
reports-consent-expired = { $recipient }: caducado
reports-recipient = Quién lo recibe
reports-records = Documentos que se adjuntan, en este orden
reports-records-none = Este caso aún no tiene documentos.
reports-record-unsupported = No se puede adjuntar al dosier; envíelo por separado (Informe: Un documento, tal como es el original).
reports-move-up = Subir
reports-move-down = Bajar
reports-prepare = Preparar la vista previa
reports-preparing = Preparando…
reports-shows = Muestra del niño o la niña: { $identity }
reports-export = Exportar…
reports-exported = Exportado como { $file } y anotado en este caso.
reports-contact-missing = Sus datos de contacto no están definidos: el lector no sabrá a quién responder. Añádalos en Configuración.
reports-history = Enviados
reports-history-entry = { $date }: { $report } en { $language } a { $recipient }
reports-history-none = Aún no se ha exportado ningún informe de este caso.
reports-save-title = Exportar el informe
interchange-xliff-save-title = Exportar los pasajes como XLIFF
interchange-tmx-save-title = Exportar la memoria como TMX
interchange-xliff-open-title = Leer un archivo XLIFF traducido
interchange-tmx-open-title = Añadir una memoria TMX
record-export-folder-title = Nombre de la nueva carpeta para el estudio
record-export-title = Exportar el documento
reports-history-record = { $date }: { $title } (original) a { $recipient }
reports-record-export = Exportar el documento…
reports-record-original = El original sale tal como lo envió la familia, con todos los nombres y fechas que contiene; un PDF protegido sale sin su contraseña; un estudio DICOM se convierte en una carpeta con sus archivos de imagen.
reports-record-choose = Documento que se envía
settings-contact-title = Su contacto en los informes
settings-contact-hint = Se imprime en cada resumen y dosier, para que los revisores sepan a quién responder.
settings-contact-name = Nombre
settings-contact-organisation = Organización
settings-contact-email = Correo electrónico
settings-contact-phone = Teléfono
error-report-consent-expired = Este consentimiento ha caducado, así que no se puede enviar nada con él. Renuévelo con la familia o elija otro destinatario.
error-report-conflict = Un campo de este caso que usa el informe tiene dos versiones. Elija la correcta en el expediente y vuelva a preparar el informe.
error-report-recipient-missing = Indique quién recibe el informe.
error-report-record-unsupported = Un documento marcado no se puede adjuntar al dosier (un escaneo TIFF o un estudio DICOM). Desmárquelo y envíelo por separado.
error-report-not-prepared = No hay ningún informe que mostrar o exportar. Vuelva a preparar la vista previa.
error-export-not-allowed = Wayfinder no puede escribir en esa carpeta. Elija otra carpeta y vuelva a exportar.
error-export-failed = No se pudo escribir el informe allí. Elija otra carpeta y vuelva a exportar; no se anotó nada en el caso.
error-export-exists = Ya hay algo con ese nombre. Elija otro nombre y vuelva a exportar; no se anotó nada en el caso.
error-print-failed = No se pudo abrir el cuadro de impresión. Vuelva a intentarlo; si sigue fallando, exporte el documento e imprímalo desde su lector de PDF.

## Team sync errors
error-team-not-joined = Esta bóveda todavía no se ha unido a un equipo. Únase primero al servidor de su equipo en Equipo.
error-team-already-joined = Esta bóveda ya pertenece a un equipo. Una bóveda solo se une a un equipo.
error-team-not-in-roster = Esta persona todavía no está en la lista de miembros de su equipo. Pida a un administrador que la añada y vuelva a intentarlo.
error-sync-bad-signature = Algo que envió el servidor no está firmado por un miembro de su equipo. Se ha apartado sin aplicarse. Avise al administrador de su equipo.
error-sync-undecryptable = Algo que envió el servidor no se puede abrir con sus claves. Se ha apartado. Pida a quien compartió el caso que lo comparta de nuevo.
error-sync-malformed = El servidor envió algo dañado. Se ha apartado sin aplicarse. Avise al administrador de su equipo.
error-sync-unknown-author = Algo que envió el servidor viene de alguien que no está en la lista de miembros de su equipo. Se ha apartado. Avise al administrador de su equipo.
error-sync-mismatch = Algo que envió el servidor no corresponde a lo que dice ser. Se ha apartado. Avise al administrador de su equipo.
error-sync-roster-broken = La lista de miembros que envió el servidor no está firmada por los administradores de su equipo. No se ha cambiado nada. Avise al administrador y comparen las huellas en voz alta.
error-sync-not-admin = Solo un administrador del equipo puede cambiar sus miembros.
error-sync-no-randomness = El equipo no dio números aleatorios para crear una clave nueva. Reinicie Wayfinder y vuelva a intentarlo.
error-link-bad-address = Esto no es una dirección de servidor. Escríbala como se la dio el administrador de su equipo, por ejemplo https://sync.example.org.
error-link-plain-http = Esta dirección empieza por http://, así que la conexión con otro ordenador no estaría cifrada. Use la dirección https:// o confirme que quiere usar http sin cifrar.
error-link-bad-code = Este código no se puede leer. Revise cada carácter (solo letras y cifras; los guiones y espacios no importan) o pida el código de nuevo.
error-link-wrong-code = Este es otro tipo de código. Use un código de creación para crear el equipo y un código de invitación para unirse a él.
error-link-offline = No se puede contactar con el servidor del equipo. Su trabajo se guarda en este ordenador y se enviará cuando vuelva la conexión.
error-link-version = El servidor del equipo usa otra versión del protocolo de sincronización. Actualice Wayfinder o pida al administrador que actualice el servidor.
error-link-protocol = La dirección respondió, pero no como un servidor de Wayfinder. Compruebe la dirección con el administrador de su equipo.
error-server-refused = El servidor del equipo rechazó la solicitud. Inténtelo más tarde; si se repite, avise al administrador de su equipo.
error-server-code-not-valid = Este código no es válido: ya se usó, ha caducado o es de otro equipo. Pida una invitación nueva.
error-server-too-many-attempts = Se han probado demasiados códigos erróneos para este equipo y el servidor no comprueba códigos durante unos minutos. Revise el código que le dieron e inténtelo de nuevo dentro de diez minutos.
error-server-not-a-member = El servidor del equipo ya no le cuenta como miembro de este equipo. Consulte al administrador de su equipo.
error-server-not-an-admin = Solo un administrador del equipo puede hacer esto.
error-server-not-logged-in = La sesión con el servidor del equipo terminó. Inténtelo de nuevo.
error-server-no-such-workspace = El servidor no conoce este equipo. Compruebe la dirección y el código con el administrador de su equipo.
error-server-workspace-exists = Este equipo ya se creó con ese código. Pida un código nuevo al administrador del servidor o únase con una invitación.
error-server-roster-version = Otra persona cambió los miembros del equipo al mismo tiempo. Sincronice y vuelva a intentarlo.
error-server-name-not-valid = Escriba su nombre tal como debe verlo el equipo (80 caracteres como máximo).
error-server-storage-failed = El servidor del equipo no pudo guardar lo enviado. Aquí no se ha perdido nada; se enviará de nuevo. Avise al administrador si se repite.
error-server-quota-exceeded = Su parte del servidor del equipo está llena, así que lo que escribió e importó espera en este ordenador. No se ha perdido nada. Pida al administrador del equipo que amplíe el límite; se enviará entonces.

## Team
nav-team = Equipo
team-title = Equipo
team-join = Unirse a un equipo
team-create = Crear el equipo
team-join-hint = Escriba la dirección del servidor y el código de invitación que le dio un administrador de su equipo, y su nombre tal como debe verlo el equipo.
team-create-hint = Solo para el primer miembro: escriba la dirección del servidor y el código de creación que le dio el administrador del servidor. Usted será el primer administrador del equipo.
team-address = Dirección del servidor
team-invitation-code = Código de invitación
team-creation-code = Código de creación
team-your-name = Su nombre
team-plain-confirm = Conectar sin cifrado (http sin cifrar). Solo en una red de confianza.
team-server = Servidor
team-your-fingerprint = Su huella
team-fingerprint-hint = Lea su huella en voz alta a su administrador, por teléfono o en persona, y compárela con la suya: si las cifras coinciden, nadie ha cambiado su clave.
team-waiting-admission = Se ha unido. Ahora un administrador debe admitirle; comparen sus huellas.
team-members = Miembros
team-you = usted
team-remove = Quitar
team-invite-title = Invitar a alguien
team-invite-hint = El código sirve una vez, durante siete días. Entrégueselo a la persona usted mismo, no a través del servidor del equipo.
team-role = Función
team-invite = Crear un código de invitación
team-waiting-title = Pendientes de admisión
team-waiting-hint = Admita a alguien solo después de comparar su huella con esa persona en voz alta.
team-waiting-refresh = Actualizar
team-admit = Admitir
team-turn-away = Rechazar
team-role-admin = Administrador
team-role-coordinator = Coordinador
team-role-translator = Traductor
team-role-liaison = Enlace con la familia
sync-state-syncing = Sincronizando…
sync-state-offline = Sin conexión: su trabajo se guarda aquí
sync-state-error = La sincronización se detuvo
sync-state-idle = Al día con el equipo
sync-last = última sincronización { $when }
sync-unsent = { $count ->
    [one] { $count } cambio aún sin enviar
   *[other] { $count } cambios aún sin enviar
}
sync-held = { $count ->
    [one] { $count } elemento del servidor no se pudo verificar y se apartó
   *[other] { $count } elementos del servidor no se pudieron verificar y se apartaron
}
sync-retry-held = Reintentar
sync-now = Sincronizar ahora
sharing-title = Compartido con
sharing-shared = Este caso se comparte con los miembros marcados abajo.
sharing-not-shared = Este caso está solo en este ordenador.
sharing-remove-hint = Desmarque a alguien para dejar de compartir con esa persona: lo que escriba después no podrá leerlo.
sharing-save = Guardar
sharing-saved = Guardado
sync-missing = { $count ->
    [one] Falta al menos { $count } cambio de otro miembro, aunque han llegado cambios posteriores: puede que el servidor lo esté reteniendo. Avise al administrador de su equipo.
   *[other] Faltan al menos { $count } cambios de otros miembros, aunque han llegado cambios posteriores: puede que el servidor los esté reteniendo. Avise al administrador de su equipo.
}
error-team-not-allowed-to-share = Solo los coordinadores y administradores comparten casos. Pida a su coordinador que comparta este caso.
error-team-role-refused = Su función en el equipo no permite este cambio: quien traduce trabaja en los documentos que se le asignan, quien acompaña a la familia en todo salvo las traducciones. Pídalo a un coordinador.
error-server-not-allowed-to-share = Solo los coordinadores y administradores del equipo pueden compartir un caso. Consulte a su coordinador.

## Lists, records and messages after an action

entity-delete-confirm = ¿Eliminar esta entrada? Puede recuperarla con Deshacer justo después.
entity-deleted = Eliminado.
record-deleted = Documento eliminado.
records-select = Seleccionar «{ $title }»
records-select-all = Seleccionar todos los documentos de esta lista
records-selected = { $count ->
    [one] Un documento seleccionado
   *[other] { $count } documentos seleccionados
}
records-bulk-category = Poner la categoría
records-bulk-language = Poner el idioma
records-bulk-delete = Eliminar…
records-bulk-clear = Quitar la selección
records-delete-confirm = { $count ->
    [one] ¿Eliminar de este caso el documento seleccionado y su archivo?
   *[other] ¿Eliminar de este caso los { $count } documentos seleccionados y sus archivos?
} Un solo Deshacer justo después los recupera.
records-deleted = { $count ->
    [one] Un documento eliminado.
   *[other] { $count } documentos eliminados.
}
records-changed = { $count ->
    [one] Un documento modificado.
   *[other] { $count } documentos modificados.
}
record-delete-confirm = ¿Eliminar el documento «{ $title }» y su archivo de este caso? Puede recuperarlo con Deshacer justo después.
toast-close = Cerrar este mensaje
record-edit = Editar
record-edit-done = Listo
records-col-file = Archivo
records-col-actions = Acciones
records-conflict = dos versiones
today-mark-done = Marcar «{ $task }» como hecha
today-task-done = Tarea marcada como hecha.
case-sections = Secciones del caso

## The list of cases: sorting and each case's standing

cases-sort = Ordenar por
cases-sort-updated = Último cambio
cases-sort-name = Nombre del niño
cases-sort-next-due = Próxima tarea
cases-sort-overdue = Más tareas atrasadas
cases-sort-waiting = Esperando desde hace más tiempo
cases-overdue = { $count ->
    [one] Una tarea atrasada
   *[other] { $count } tareas atrasadas
}
cases-next-due = Próximo vencimiento: { $date }
cases-waiting-since = Esperando a { $who } desde el { $date }

## First steps and keyboard shortcuts

welcome-title = Bienvenida a Wayfinder
welcome-step-case = Abra un caso para la primera familia que pidió ayuda.
welcome-step-records = En el caso, importe los documentos del niño: PDF, fotos, escaneos o un CD del hospital.
welcome-step-team = ¿Trabaja con otras personas? Únase al servidor de su equipo para compartir casos.
welcome-step-settings = Añada su nombre y sus datos de contacto: los informes los llevan.
welcome-shortcuts = Pulse ? en cualquier momento para ver los atajos de teclado.
shortcuts-title = Atajos de teclado
shortcut-find = Buscar (en un caso: este caso; en un documento: este documento)
shortcut-new-case = Abrir un caso nuevo
shortcut-undo = Deshacer su último cambio
shortcut-lock = Bloquear la bóveda
shortcut-print = Imprimir el documento abierto en el lector
shortcut-close = Cerrar el documento, una pregunta o esta lista
shortcut-pages = Página anterior y siguiente
shortcut-zoom = Acercar y alejar
shortcut-sheet = Esta lista
field-date-typed = Escrita así: { $example }
calendar-open = Elegir la fecha en un calendario
calendar-previous = Mes anterior
calendar-next = Mes siguiente
calendar-today = Hoy
calendar-close = Cerrar

## Importing: duplicates and confirming

import-duplicate-title = Ya está en esta bóveda:
import-confirm-all = Confirmar todo
import-confirm-all-hint = { $count } documentos esperan que confirme su categoría e idioma.

## A case's activity

activity-title = Actividad
activity-none = Todavía no ha cambiado nada.
activity-unknown-kind = Una entrada
activity-made = { $what }: añadido
activity-deleted = { $what }: eliminado
activity-changed = { $what }: «{ $field }» cambiado
activity-emptied = { $what }: «{ $field }» vaciado

# Lectura de texto de los escaneos (Tesseract, en este equipo)
error-ocr-missing = No se puede leer el texto de los escaneos: Tesseract no está instalado en este equipo. Instálelo (vea el README) y Wayfinder los leerá.
error-ocr-language-missing = No se puede leer el texto de los escaneos: Tesseract no tiene ninguno de los idiomas necesarios. Instale sus datos de idioma (vea el README).
error-ocr-crashed = No se pudo leer el texto de esta página: el lector de texto se detuvo con un error. Escriba el texto a mano si lo necesita.
error-ocr-timed-out = No se pudo leer el texto de esta página: tardó demasiado. Escriba el texto a mano si lo necesita.
error-ocr-garbage = No se pudo leer el texto de esta página: el lector de texto respondió algo ilegible. Revise su instalación de Tesseract.
error-ocr-cancelled = La lectura se detuvo porque la bóveda se bloqueó. Continuará cuando la desbloquee.
records-reading = Leyendo el texto: página { $n } de { $total }
records-read-failed = { $count ->
    [one] No se pudo leer una página
   *[other] No se pudieron leer { $count } páginas
}
records-read-poor = { $count ->
    [one] Una página se leyó mal: revise su texto
   *[other] { $count } páginas se leyeron mal: revise su texto
}
viewer-text-layer = Texto leído del escaneo
viewer-text-poor = Esta página se leyó con poca confianza ({ $percent } %). Compare su texto con la imagen antes de fiarse de él.
viewer-text-read = Texto leído de este escaneo: puede seleccionarlo y copiarlo.
viewer-text-waiting = En espera de una nueva lectura…
viewer-text-language-missing = El lector de texto de este portátil no sabe leer { $languages }: instale su paquete de idioma (vea el README) y vuelva a leer la página.
viewer-text-read-again = Volver a leer la página

# El texto de una página escrito a mano, en lugar de lo leído en el escaneo
kind-page-text-title = Textos de página escritos a mano
kind-page-text-add = Escribir el texto de una página
field-page-text-record = Documento
field-page-text-page = Página
field-page-text-text = Texto de la página
viewer-text-correct = Corregir el texto…
viewer-text-edit = Texto de esta página
viewer-text-save = Guardar el texto
viewer-text-cancel = Cancelar
viewer-text-corrected = Usted escribió el texto de esta página: la búsqueda y el paquete lo usan.
viewer-text-versions = Dos personas escribieron el texto de esta página de forma distinta. Conserve uno:
viewer-text-keep = Conservar este

# El espacio de traducción: un documento por traducir y sus pasajes
kind-translation-title = Traducciones
kind-translation-add = Marcar para traducir
field-translation-record = Documento
field-translation-language = Al idioma
field-translation-status = Estado
field-translation-translator = Traductora
field-translation-reviewer = Revisora
field-translation-due = Fecha límite
field-translation-statement = Declaración de exactitud
field-translation-source-language = Desde
option-translation-status-to-do = Pendiente
option-translation-status-in-progress = En curso
option-translation-status-in-review = En revisión
option-translation-status-done = Terminada
kind-unit-title = Pasajes
kind-unit-add = Añadir un pasaje
field-unit-translation = Traducción
field-unit-page = Página
field-unit-region = Lugar en la página
field-unit-source = Texto original
field-unit-target = Traducción
field-unit-state = Estado
field-unit-translator = Traducido por
field-unit-reviewer = Revisado por
field-unit-comment = Comentario
field-unit-overrides = Comprobaciones omitidas
kind-term-title = Términos del glosario
kind-term-add = Añadir el término
field-term-source = Término
field-term-source_language = Desde
field-term-language = Hacia
field-term-target = Traducción
field-term-forbidden = No usar
field-term-keep = Mantener tal cual (un fármaco, un gen, un código)
field-term-note = Nota
option-unit-state-draft = Borrador
option-unit-state-translated = Traducido
option-unit-state-reviewed = Revisado
option-unit-state-final = Definitivo

# Lo que encontraron las comprobaciones de un pasaje
check-number-missing = El número { $what } del original no está en la traducción.
check-number-added = La traducción tiene el número { $what }, que el original no tiene.
check-unit-changed = El mismo número con otra unidad: { $what }.
check-date-missing = La fecha { $what } del original no está en la traducción.
check-date-ambiguous = La fecha { $what } puede leerse de dos maneras: escriba el mes con letras, o el año primero.
check-glossary-not-used = El glosario del equipo traduce «{ $what }» como «{ $expected }».
check-forbidden-term = El glosario del equipo pide no usar «{ $what }».
check-term-not-kept = «{ $what }» debe conservarse tal cual.
check-unit-untranslated = La unidad «{ $what }» quedó en letras latinas: escríbala como lo hace este idioma.
check-inconsistent = El mismo pasaje está traducido en otra parte de este documento como «{ $what }».
error-unit-checks-open = Este pasaje aún no puede ser definitivo: corrija lo que encontraron sus comprobaciones, o deje una comprobación y explique por qué.
error-interchange-unreadable = No se pudo leer el archivo. Compruebe que sigue ahí y que puede abrirlo, y vuelva a intentarlo.
error-interchange-too-big = El archivo es demasiado grande para los pasajes de un documento o una memoria. Elija el archivo que exportó su herramienta de traducción.
error-interchange-malformed = No es un archivo XLIFF 2 o TMX bien formado. Vuelva a exportarlo desde su herramienta de traducción; no se cambió nada.
error-interchange-hostile = El archivo declara entidades o un tipo de documento, que pueden usarse para atacar la aplicación, así que se rechazó y no se cambió nada. Vuelva a exportarlo sin ellos.
error-interchange-other-document = El archivo es de otro documento o nombra pasajes que este documento no tiene. No se cambió nada: elija el archivo exportado de este documento.
error-interchange-other-languages = El archivo no está en los idiomas de este documento. No se cambió nada: elija un archivo de y hacia los mismos idiomas.
error-glossary-columns = La primera fila del archivo debe nombrar sus columnas, al menos source, source_language y language. No se añadió nada.
error-glossary-encoding = El archivo no está guardado como texto UTF-8. Guárdelo desde su hoja de cálculo como «CSV UTF-8» y vuelva a intentarlo; no se añadió nada.
error-glossary-row = La fila { $line } del archivo no es un término: necesita un término de origen y dos idiomas con códigos de dos letras. No se añadió nada: corrija la fila y vuelva a intentarlo.
error-request-incomplete = A esta solicitud le falta lo que pide la institución (se indica debajo). Añada lo que falta o indique por qué la envía así.

# Las pantallas de la traductora
nav-translations = Traducciones
translations-title = Documentos por traducir
nav-glossary = Glosario
glossary-title = El glosario del equipo
glossary-read-only = Su función en el equipo le permite leer el glosario, no modificarlo. Un coordinador o un traductor puede modificarlo.
glossary-intro = Los términos con los que se comprueban los pasajes de cada traductor. Se comparten con todo el equipo: nunca ponga en ellos datos de un paciente.
glossary-no-team = El glosario pertenece a un equipo. Únase a uno o cree uno en Equipo para tenerlo.
glossary-forbidden-hint = Traducciones que no se deben usar, una por línea
glossary-import = Añadir términos desde un archivo CSV
glossary-import-hint = Columnas: source, source_language, language y, si se desea, target, forbidden (separadas por |), keep (yes), note. Idiomas con códigos de dos letras (ru, es).
glossary-imported = { $added } términos añadidos; { $skipped } ya estaban en el glosario.
glossary-filter = Buscar un término
glossary-count = { $terms ->
    [one] { $terms } término
   *[other] { $terms } términos
}
glossary-empty = Aún no hay términos.
glossary-actions = Acciones
glossary-kept = Se mantiene tal cual
glossary-delete = Quitar
glossary-open-title = Añadir términos desde un archivo CSV
translations-none = Ningún documento de sus casos está marcado para traducir. Una coordinadora lo marca desde los documentos de un caso.
translations-due = para el { $date }
record-translate = Traducir…
record-translate-marked = Marcado para traducir: está en Traducciones.
workspace-back = Todos los documentos
workspace-coverage = Páginas
workspace-prev = Página anterior
workspace-next = Página siguiente
workspace-page = Página { $page } de { $pages }
workspace-coverage-count = { $passages ->
    [0] todavía ningún pasaje en esta página
    [one] 1 pasaje en esta página
   *[other] { $passages } pasajes en esta página
}
workspace-draw-hint = Dibuje un rectángulo alrededor de un pasaje de la página para traducirlo.
workspace-type-passage = Escribir un pasaje (manuscrito, un sello)…
workspace-how = Cómo tomar un pasaje
workspace-mode-draw = Dibujar un rectángulo
workspace-mode-select = Seleccionar texto
workspace-no-text = Esta página no tiene texto que seleccionar: dibuje un rectángulo o escriba el pasaje.
workspace-select-hint = Seleccione un pasaje en el texto de la página y conviértalo en pasaje.
workspace-take-selection = Crear un pasaje con la selección
workspace-no-passages = Todavía ningún pasaje en esta página.
workspace-conflict = Dos versiones
workspace-let-stand = se mantiene: { $reason }
workspace-reason = Motivo para mantenerlo
workspace-matches = Coincidencias de la memoria
workspace-no-matches = Nada parecido en su memoria.
workspace-versions = Se hicieron dos traducciones a la vez. Conserve una: la otra queda en el historial.
workspace-keep-version = Conservar esta
workspace-memory-search = Buscar en su memoria
workspace-memory-search-go = Buscar
workspace-memory-none = Ningún pasaje terminado contiene estas palabras.
workspace-interchange = Trabajar en otra herramienta de traducción
workspace-interchange-recipient = Quién recibe los archivos
workspace-xliff-export = Exportar los pasajes (XLIFF)
workspace-xliff-import = Leer un XLIFF traducido
workspace-tmx-export = Exportar la memoria (TMX)
workspace-tmx-import = Añadir una memoria (TMX)
workspace-interchange-saved = Guardado como { $file }.
workspace-xliff-read = { $changed } pasajes cambiados, { $unchanged } sin cambios, { $kept } conservados porque ya estaban revisados o definitivos.
workspace-tmx-read = { $changed } pares añadidos a su memoria, { $unchanged } ya estaban.
workspace-match-exact = Exacta
workspace-match-numbers = Cambian los números
workspace-match-fuzzy = { $score } %
workspace-match-use = Usar

# The translated document
translated-title = Traducción certificada
translated-document = Documento
translated-languages = Idiomas
translated-translator = Traductora
translated-date = Fecha
translated-source-hash = SHA-256 del original
translated-text-hash = SHA-256 del texto de la traducción
translated-statement = Declaración de exactitud
translated-original-page = Original, página { $n }
translated-translation-page = Traducción de la página { $n }
translated-no-statement = La traductora no ha escrito una declaración de exactitud.
translated-lang-en = inglés
translated-lang-es = español
translated-lang-fr = francés
translated-lang-ar = árabe
translated-lang-zh = chino
translated-lang-ru = ruso

workspace-export = El documento traducido
workspace-export-recipient = Para
workspace-export-overlay = Traducción sobre los pasajes originales (en lugar de en una página tras cada una)
workspace-export-prepare = Preparar el documento
workspace-export-save = Guardar como PDF…
workspace-export-saved = Guardado como { $file }; anotado en el caso.

# Travel (issue 18): the trip, its checklist, itinerary and travellers.
kind-trip-title = Viaje
kind-trip-add = Planificar un viaje
field-trip-destination = Destino
field-trip-hospital = Hospital
field-trip-visa-type = Visado
field-trip-template = Planificado a partir de
field-trip-travel = Fecha del viaje
field-trip-visa = Cita del visado
field-trip-admission = Ingreso
field-trip-return = Regreso
field-trip-passport-months = Validez del pasaporte tras el regreso (meses)
field-trip-one-parent = El niño viaja con uno de sus padres
field-trip-other-parent-consent = El consentimiento del otro progenitor está en el expediente
kind-trip-item-title = Lista del viaje
kind-trip-item-add = Añadir un elemento
field-trip-item-trip = Viaje
field-trip-item-title = Qué
field-trip-item-rule = Cuándo
field-trip-item-due = Vence
field-trip-item-done = Hecho
field-trip-item-assignee = Quién
field-trip-item-needs = Necesita
field-trip-item-records = Documentos que necesita
field-trip-item-after = Después de
field-trip-item-source = Fuente
field-trip-item-check-embassy = Confirmar con la embajada
field-trip-item-note = Nota
kind-trip-leg-title = Itinerario
kind-trip-leg-add = Añadir al itinerario
field-trip-leg-trip = Viaje
field-trip-leg-leg = Tipo
option-leg-flight = Vuelo
option-leg-ground = Transporte terrestre
option-leg-stay = Alojamiento
option-leg-appointment = Cita
field-trip-leg-title = Qué
field-trip-leg-from-place = Desde
field-trip-leg-starts = Empieza (hora local)
field-trip-leg-starts-zone = Zona horaria allí
field-trip-leg-to-place = Hasta
field-trip-leg-ends = Termina (hora local)
field-trip-leg-ends-zone = Zona horaria allí
field-trip-leg-reference = Localizador de la reserva
field-trip-leg-note = Nota
kind-traveller-title = Viajeros
kind-traveller-add = Añadir un viajero
field-traveller-trip = Viaje
field-traveller-name = Nombre
field-traveller-role = Viaja como
option-traveller-role-child = El niño
option-traveller-role-parent = Padre o madre
option-traveller-role-attendant = Acompañante
field-traveller-passport-expiry = Caducidad del pasaporte
field-traveller-in-invitation = Figura en la carta de invitación
travel-item-passports = Comprobar que el pasaporte de cada viajero tiene validez suficiente
travel-item-records-sent = Enviar la documentación médica al hospital para su valoración
travel-item-quote = Recibir el plan de tratamiento y el presupuesto
travel-item-payment-guarantee = Gestionar la garantía de pago o el depósito
travel-item-invitation = Obtener la carta de invitación del hospital con el nombre del niño y de los acompañantes
travel-item-other-parent-consent = Consentimiento del otro progenitor, si el niño viaja con uno solo
travel-item-visa-application = Presentar las solicitudes de visado
travel-item-visa-appointment = Acudir a la cita del visado
travel-item-insurance = Contratar un seguro médico de viaje
travel-item-flights = Reservar los vuelos (con la autorización médica de la aerolínea si hace falta)
travel-item-accommodation = Reservar alojamiento cerca del hospital
travel-item-interpreter = Contratar un intérprete para el ingreso y las consultas
travel-item-admission-forms = Rellenar los formularios de ingreso del hospital
travel-item-transfer = Organizar el traslado desde el aeropuerto
travel-item-hand-luggage = Llevar en el equipaje de mano el informe médico, las pruebas de imagen y los medicamentos
travel-family = La familia
travel-visa-in = Visado e-Medical (con visados e-Medical Attendant)
travel-visa-tr = Visado para tratamiento médico
travel-visa-de = Visado para tratamiento médico (Schengen o nacional)
travel-visa-es = Visado Schengen para tratamiento médico
travel-visa-us = Visado de visitante B-2 para tratamiento médico
travel-visa-ae = Permiso de entrada para tratamiento médico
travel-starter = Lista inicial de Wayfinder
travel-anchor-travel = viaje
travel-anchor-visa = cita del visado
travel-anchor-admission = ingreso
travel-anchor-return = regreso
travel-flag-circle = Estos elementos se esperan unos a otros en círculo y ninguno puede empezar: { $items }. Quite uno de ellos del «después de» de otro.
travel-flag-in-past = Vence antes de hoy.
travel-flag-before = Cae antes de «{ $item }», que debe ir primero.
travel-flag-waits = Espera a que se fije la fecha de { $anchor }.
travel-flag-passport = El pasaporte debe ser válido al menos hasta el { $date } ({ $months } meses después del regreso).
travel-flag-not-invited = No figura en la carta de invitación del hospital.
travel-flag-consent = Un niño que viaja con uno de sus padres necesita el consentimiento del otro: aún no está en el expediente.
travel-flag-ends-before-start = Termina antes de empezar: compruebe las zonas horarias de ambos extremos.
travel-flag-time-skipped = Esa hora local no existe allí (los relojes la saltan): compruebe la hora.
travel-flag-overlap = A la misma hora que «{ $other }».
travel-flag-before-arrival = Empieza antes de que llegue «{ $other }».
travel-flag-conflict = Cambiado en dos sitios a la vez: se guardan ambas versiones hasta que se guarde una. Revíselo y guárdelo de nuevo.
travel-none = Aún no hay ningún viaje planificado.
travel-starter-use = Partir de la lista de Wayfinder para este destino (confirme cada elemento con la embajada)
today-travel = Elementos de viaje pendientes
today-travel-none = No vence ningún elemento de viaje.

## The family's travel checklist (a report)
checklist-title = Nuestro viaje a { $country }
checklist-hospital = Hospital
checklist-travel = Viajamos el
checklist-admission = Ingreso
checklist-return = Volvemos el
checklist-todo = Qué hacer y para cuándo
checklist-what = Qué
checklist-when = Para el
checklist-who = Quién
checklist-needs = Documentos necesarios
checklist-no-date = fecha por fijar
checklist-bring = Qué llevar
checklist-passport = El pasaporte de { $name }
checklist-journey = El viaje, en horas locales
checklist-local-time = { $date }, { $time } (hora de { $place })
checklist-call = A quién llamar
travel-checklist = La lista de la familia
travel-checklist-language = En el idioma
travel-checklist-prepare = Preparar la lista de la familia
travel-checklist-recipient = La familia
travel-leg-yours = Su hora: { $starts } → { $ends }
travel-leg-starts-time = Hora de inicio allí (horas:minutos)
travel-leg-ends-time = Hora de fin allí (horas:minutos)

## Reminders: how many travel items, never which
travel-reminder-today = { $count ->
    [one] Un trámite de viaje vence hoy.
   *[other] { $count } trámites de viaje vencen hoy.
}
travel-reminder-late = { $count ->
    [one] Un trámite de viaje está atrasado.
   *[other] { $count } trámites de viaje están atrasados.
}
travel-missed = { $count ->
    [one] Mientras Wayfinder estaba bloqueado o cerrado, venció un trámite de viaje. Aparece en Hoy.
   *[other] Mientras Wayfinder estaba bloqueado o cerrado, vencieron { $count } trámites de viaje. Aparecen en Hoy.
}

## The team's travel templates
travel-template-from = O a partir de una plantilla del equipo
travel-template-none = Ninguna
travel-template-name = Nombre de la plantilla (por ejemplo: Estambul, Acibadem)
travel-template-save = Guardar como plantilla del equipo
travel-template-saved = Guardada como plantilla del equipo «{ $name }».
travel-template-option = { $name } · { $country }
travel-leg-time-example = 19:05

## A trip's item written by hand
travel-rule-before = { $days } días antes de la fecha de { $anchor }
travel-rule-after = { $days } días después de la fecha de { $anchor }
travel-rule-on = En la fecha de { $anchor }
travel-item-edit = Cambiar
travel-item-dated-rule = Días antes o después de una fecha del viaje
travel-item-dated-date = En una fecha
travel-item-days = Número de días
travel-item-direction = Antes o después
travel-item-anchor = Qué fecha del viaje
travel-item-before = antes de
travel-item-after = después de
travel-item-save = Guardar el trámite
travel-item-cancel = Cancelar

## Coordination: the directory, requests, the communication log
kind-request-title = Solicitudes
kind-request-add = Nueva solicitud
field-request-kind = Qué se pide
field-request-title = Título
field-request-questions = Preguntas
field-request-consent = Con el consentimiento
field-request-records = Documentos adjuntos
field-request-slides-sent = Laminillas o bloques enviados
field-request-payment-arranged = Garantía de pago gestionada
kind-recipient-title = Destinatarios
kind-recipient-add = Añadir un destinatario
field-recipient-request = Solicitud
field-recipient-institution = Institución
field-recipient-institution-name = Institución
field-recipient-status = Estado
field-recipient-follow-up = Seguimiento el
field-recipient-outcome = Resultado
kind-dispatch-title = Enviado
kind-dispatch-add = Enviar
field-dispatch-recipient = Destinatario
field-dispatch-packet = Lo enviado
field-dispatch-override-reason = Por qué se envió incompleto
kind-communication-title = Registro de comunicaciones
kind-communication-add = Registrar una comunicación
field-communication-channel = Medio
field-communication-direction = Sentido
field-communication-date = Fecha
field-communication-institution-name = Institución
field-communication-contact = Con
field-communication-request = Sobre la solicitud
field-communication-summary = Resumen
field-communication-records = Documentos adjuntos
option-request-kind-second-opinion = Segunda opinión
option-request-kind-eligibility = Elegibilidad para un ensayo
option-request-kind-admission = Ingreso
option-request-kind-quote = Presupuesto
option-request-status-draft = Borrador
option-request-status-sent = Enviada
option-request-status-received = Recibida
option-request-status-information-requested = Información solicitada
option-request-status-accepted = Aceptada
option-request-status-declined = Rechazada
option-request-status-answered = Respondida
option-request-status-cancelled = Cancelada
option-direction-incoming = Entrante
option-direction-outgoing = Saliente
kind-institution-title = Directorio
kind-institution-add = Añadir una institución
field-institution-name = Nombre
field-institution-kind = Tipo
field-institution-department = Servicio
field-institution-country = País
field-institution-city = Ciudad
field-institution-languages = Idiomas que acepta
field-institution-turnaround = Días habituales de respuesta
field-institution-email = Correo electrónico
field-institution-phone = Teléfono
field-institution-note = Notas
option-institution-kind-hospital = Hospital
option-institution-kind-tumour-board = Comité de tumores
option-institution-kind-trial-team = Equipo de ensayo
option-institution-kind-laboratory = Laboratorio
option-institution-kind-embassy = Embajada
option-institution-kind-other = Otro
kind-directory-contact-title = Contactos
kind-directory-contact-add = Añadir un contacto
field-directory-contact-institution = Institución
field-directory-contact-name = Nombre
field-directory-contact-role = Función
field-directory-contact-email = Correo electrónico
field-directory-contact-phone = Teléfono
field-directory-contact-languages = Idiomas
field-directory-contact-channel = Mejor por
kind-requirement-title = Lo que debe incluir una solicitud
kind-requirement-add = Añadir un requisito
field-requirement-institution = Institución
field-requirement-request-kind = Para una solicitud de
field-requirement-need = Debe incluir
field-requirement-language = En, o traducido al
option-need-pathology = Informe de anatomía patológica
option-need-slides = Laminillas o bloques
option-need-imaging = Informe de imagen
option-need-imaging-dicom = Imágenes en DICOM
option-need-molecular = Informe molecular
option-need-lab = Resultados de laboratorio
option-need-treatment-summary = Resumen del tratamiento
option-need-discharge-letter = Informe de alta
option-need-referral = Carta de derivación
option-need-identity = Pasaporte o documento de identidad
option-need-consent = Consentimiento de la familia
option-need-payment-guarantee = Garantía de pago

## The directory and a case's requests
directory-intro = Las instituciones con las que trabaja el equipo, sus contactos y lo que cada una pide que incluya una solicitud. Compartido con todo el equipo; sin datos de pacientes.
directory-no-team = El directorio es del equipo: únase a un equipo o cree uno para tenerlo.
directory-filter = Buscar por nombre, ciudad o contacto
directory-count = { $count ->
    [one] Una institución
   *[other] { $count } instituciones
}
directory-empty = Aún no hay instituciones.
directory-no-requirements = Todavía no pide nada en particular.
directory-any-language = En cualquier idioma
request-need-in = en { $language } o traducido a este idioma
nav-directory = Directorio
request-none = Aún no hay solicitudes.
request-institution-gone = Ya no está en el directorio
request-waiting = { $days ->
    [one] Un día sin respuesta
   *[other] { $days } días sin respuesta
}
request-missing = Falta, según pide esta institución:
request-sent-on = Enviado el { $date }
request-renamed-since = ahora llamado { $title }
request-sent-translation = Traducción al { $language }
today-requests = Esperando respuesta
today-requests-none = Ninguna solicitud espera más allá de su fecha de seguimiento.
today-follow-up-today = Hacer seguimiento hoy
request-log-none = Aún no hay nada registrado.
request-log-no-request = Sin relación con una solicitud
field-recipient-answer = Documentos de la respuesta
request-information-task = Enviar a { $institution } lo que pidió
error-follow-up-past = Esa fecha de seguimiento ya pasó. Elija hoy o un día posterior, o déjela vacía para usar el plazo habitual de respuesta de la institución.
request-history = Historial de estados
request-log-make-task = Crear una tarea de seguimiento
request-log-task-made = Tarea añadida a las tareas del caso.
cases-waiting-request = En espera de { $who }
directory-shown = Se muestran { $shown }; busque para encontrar las demás
error-directory-columns = La primera fila del archivo debe nombrar sus columnas, al menos una columna «name» (y las que quiera de kind, department, country, city, languages, turnaround, email, phone, note, contact_name, contact_role, contact_email, contact_phone). No se añadió nada.
error-directory-line = No se pudo leer esta línea: no tiene tantas celdas como columnas nombra la primera fila. Revise sus comas y comillas.
error-directory-changed = El archivo cambió desde que vio su vista previa. No se añadió nada: ábralo de nuevo para ver lo que contiene ahora.
error-directory-wrong-lines = { $count ->
    [one] Una línea del archivo es incorrecta
   *[other] { $count } líneas del archivo son incorrectas
}. No se añadió nada: corrija las líneas indicadas en la vista previa y abra el archivo de nuevo.
directory-import = Importar de un archivo CSV…
directory-import-open-title = Elija el archivo CSV del directorio
directory-import-summary = { $lines } líneas leídas ({ $encoding }): { $institutions } instituciones y { $contacts } contactos por añadir, { $leftOut } omitidas, { $wrong } incorrectas.
directory-import-ignored = Columnas no usadas: { $columns }
directory-import-line = Línea { $line }
directory-import-new = añade la institución
directory-import-contact = añade un contacto a la institución de la línea { $line }
directory-import-in-directory = ya está en el directorio: se omite
directory-import-repeated = la misma institución que la línea { $line }: se omite
directory-import-wrong = incorrecta
directory-import-confirm = Añadirlos al directorio
directory-import-cancel = Cancelar
directory-import-fix-first = No se puede añadir nada mientras haya una línea incorrecta: corrija el archivo y ábralo de nuevo.
directory-import-done = Se añadieron { $institutions } instituciones y { $contacts } contactos.
directory-import-more = …y { $count } líneas más por añadir.
request-follow-up-due = Llegó su fecha de seguimiento: aparece en Hoy hasta que se responda o se cambie.
directory-edit = Cambiar sus datos
directory-conflict = Dos miembros cambiaron { $field } a la vez. Conserve uno:
directory-conflict-keep = Conservar «{ $value }»
field-export-sha256 = SHA-256 del archivo
request-send-report = Informe enviado con ella
request-send-no-report = Ningún informe exportado
request-sent-report = Informe { $file }

# The audit log
audit-title = Registro de auditoría
audit-none = Todavía no hay nada anotado.
audit-filter-member = Miembro
audit-filter-action = Acción
audit-filter-all = Todos
audit-col-when = Cuándo
audit-col-who = Quién
audit-col-what = Qué
audit-col-device = Dispositivo
audit-shown = { $shown } de { $count } entradas
audit-whole = Todas las entradas son válidas: { $count } firmadas y enlazadas, ninguna falta.
audit-chain = { $member }, dispositivo { $device }:
audit-unknown-author = Las claves de { $member } (dispositivo { $device }) no se conocen en este portátil: sus entradas no se pueden comprobar. Sincronice con el equipo y vuelva a abrir el caso.
audit-finding-altered = la entrada { $seq } se modificó después de firmarse.
audit-finding-missing = faltan las entradas { $seq } a { $to }.
audit-finding-out-of-order = la entrada { $seq } llegó fuera de orden.
audit-finding-forked = dos entradas distintas llevan el número { $seq }: el registro fue reescrito.
audit-finding-held-back = solo llegaron { $seq } entradas, pero una edición posterior menciona la entrada { $to }: el servidor retiene algunas.
audit-finding-foreign = la entrada { $seq } pertenece al registro de otro dispositivo.
audit-action-unlocked = Desbloqueó el almacén
audit-action-unlock-failed = Intento de desbloqueo fallido
audit-action-case-opened = Abrió el caso
audit-action-record-viewed = Vio un documento
audit-action-field-changed = Modificó el expediente
audit-action-imported = Importó un documento
audit-action-exported = Exportó desde el almacén
audit-action-shared = Compartió el caso
audit-action-unshared = Retiró a un miembro del caso
audit-action-member-added = Añadió un miembro
audit-action-member-removed = Quitó un miembro

# Interchange: a case as an HL7 FHIR R4 Bundle, out and in.
error-fhir-not-json = El archivo no es un archivo FHIR (no es JSON). No se importó nada: pida al hospital el caso como un Bundle FHIR R4 en JSON.
error-fhir-not-a-bundle = El archivo es FHIR pero no es un Bundle. No se importó nada: pida al hospital el caso completo como un único Bundle FHIR R4.
error-fhir-no-patient = El archivo no nombra a ningún paciente, así que no hay ningún niño que importar. No se importó nada: pida al hospital que incluya el Patient.
error-fhir-changed = El archivo cambió desde que vio su vista previa. No se importó nada: ábralo de nuevo para ver lo que contiene ahora.
error-fhir-not-confirmed = Confirme que el archivo trata del mismo niño antes de añadirlo a este caso. No se importó nada.
option-report-fhir = El caso en FHIR
fhir-export-save-title = Guardar el caso como archivo FHIR
fhir-import-open-title = Elija un archivo FHIR de un hospital
fhir-kept-heading = Conservado de { $file }: lo que no tenía lugar en el caso.
fhir-kept-no-place = no tiene lugar en un caso
fhir-kept-other-patient = sobre otro paciente
fhir-kept-no-file = su archivo no viene incluido
fhir-kept-bad-file = su archivo no se pudo decodificar
fhir-kept-another-condition = otro diagnóstico (el caso tiene uno)
fhir-kept-fields = campos sin lugar
fhir-kept-invalid = valores que Wayfinder no acepta
fhir-kept-in-case = ya está en el caso
fhir-kept-protected = su archivo está protegido con contraseña
fhir-kept-unreadable = su archivo no se pudo leer
fhir-title = Intercambio con sistemas hospitalarios (FHIR)
fhir-export-intro = El caso como archivo HL7 FHIR R4 que el sistema de un hospital puede leer. El consentimiento que elija decide lo que muestra del niño, como en los informes.
fhir-originals = Incluir los archivos de los documentos
fhir-export = Exportar en FHIR…
fhir-exported = Guardado como { $file }.
fhir-import-case = Añadir un archivo FHIR a este caso…
fhir-import-new = Nuevo caso desde un archivo FHIR…
fhir-preview-title = Lo que contiene el archivo
fhir-compare-file = En el archivo
fhir-compare-case = En este caso
fhir-not-given = no indicado
fhir-same-child = Es el mismo niño
fhir-differ = El nombre o la fecha de nacimiento no coinciden. Confirme solo si está seguro de que es el mismo niño.
fhir-counts = { $contacts } contactos, { $treatments } tratamientos, { $records } documentos, { $consents } consentimientos, { $communications } mensajes registrados
fhir-diagnosis = Diagnóstico: { $text }
fhir-kept-title = Conservado con el caso como notas: sin lugar o no aceptado
fhir-missing = El archivo no indica todo lo que necesita un caso nuevo. Complete:
fhir-import = Importar
fhir-cancel = Cancelar
fhir-imported = Importado: { $records } documentos y { $entities } entradas; { $kept } conservados como notas.

# The disclosure report and its signed statement.
disclosure-title = Comunicaciones de los documentos de { $child }
disclosure-title-unnamed = Comunicaciones de los documentos del niño
disclosure-intro = Cada informe, documento y archivo que salió de este caso, a quién, cuándo y con qué consentimiento, con la huella SHA-256 de cada archivo enviado: un archivo recibido puede compararse con ella.
disclosure-when = Cuándo
disclosure-what = Qué
disclosure-to = A quién
disclosure-consent = Con el consentimiento
disclosure-file = Archivo
disclosure-by = Enviado por
disclosure-none = Nada ha salido de este caso.
disclosure-no-consent = ninguno elegido
disclosure-no-hash = no registrada (enviado antes de guardar huellas)
disclosure-family = la familia
option-report-disclosure = Informe de comunicaciones
option-report-statement = Declaración firmada de comunicaciones (JSON)
statement-save-title = Guardar la declaración firmada de comunicaciones
reports-statement-export = Exportar la declaración firmada (JSON)…
reports-statement-hint = Un responsable de privacidad puede comprobar la declaración sin la bóveda de Wayfinder: wayfinder-audit verify STATEMENT.json
field-export-consent = Con el consentimiento

# The audit log exported.
audit-col-object = Sobre
audit-col-chain = Cadena
audit-chain-checked = verificada
audit-chain-broken = no se verifica: vea los hallazgos
audit-export-csv = Exportar el registro (CSV)…
audit-export-pdf = Exportar el registro (PDF)…
audit-export-save-title = Guardar el registro de auditoría
audit-exported = Guardado como { $file }.
audit-pdf-title = Registro de auditoría del caso de { $child }

# The sealed case archive.
error-archive-not-an-archive = El archivo no es un archivo de caso de Wayfinder. No se importó nada: elija el archivo .wfarchive que le enviaron.
error-archive-too-new = El archivo lo creó una versión más reciente de Wayfinder. No se importó nada: actualice Wayfinder y ábralo de nuevo.
error-archive-wrong-passphrase = La frase de contraseña no abre este archivo. No se importó nada: compruébela con quien lo envió e inténtelo de nuevo.
error-archive-truncated = El archivo está incompleto: no llegó entero. No se importó nada: pida que se lo envíen de nuevo.
error-archive-altered = El archivo se modificó después de sellarlo. No se importó nada: pida que se lo envíen de nuevo y avise al remitente.
error-archive-case-exists = Este caso ya está en su bóveda. No se importó nada dos veces.
error-archive-refused = El archivo contiene un cambio que Wayfinder no aceptaría. No se importó nada: pida al remitente que revise el caso.
option-report-archive = Archivo sellado del caso
archive-save-title = Guardar el archivo sellado del caso
archive-open-title = Elija un archivo sellado de caso
archive-title = Archivo sellado del caso
archive-intro = El caso completo (su expediente, sus documentos y su registro de auditoría) en un archivo sellado con una frase de contraseña. Dé la frase a quien lo reciba por otra vía que el archivo.
archive-passphrase = Frase de contraseña del archivo
archive-recipient = Para quién
archive-export = Exportar el archivo sellado…
archive-import = Abrir un archivo sellado de caso…
archive-exported = Guardado como { $file }.
error-archive-not-for-you = Este archivo se selló para otro miembro del equipo: solo su Wayfinder lo abre. No se importó nada: pida a quien lo envió que lo selle para usted.
error-archive-unknown-sender = Este archivo lo selló alguien que no está en la lista de su equipo, así que no se puede comprobar quién lo envió. No se importó nada: sincronice con su equipo y ábralo de nuevo, o pida un archivo sellado con frase de contraseña.
archive-seal-for = Sellarlo para
archive-seal-passphrase = Quien reciba una frase de contraseña
archive-member-intro = Sellado para un miembro de su equipo, solo su Wayfinder lo abre: no hay frase de contraseña que transmitir.
archive-open-intro = Un archivo sellado para usted se abre sin frase de contraseña.
audit-pdf-vault-title = Registro de auditoría de esta bóveda: desbloqueos y miembros del equipo
audit-vault-title = Registro propio de esta bóveda
audit-vault-intro = Desbloqueos, intentos fallidos y miembros añadidos al equipo o retirados de él, en este portátil. Cada caso guarda su propio registro en su página.
