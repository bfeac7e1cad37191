# Wayfinder: screens and messages, Russian. Every visible string of the app comes from here.
# The same keys exist in every language folder; a test fails when one is missing.

# The language's own name, shown in the language switcher.
language-name = Русский
app-title = Wayfinder
app-tagline = Дела семей, которые ищут лечение за рубежом

## First start: creating the vault

setup-title = Создайте хранилище
setup-intro = Ваши дела хранятся на этом компьютере в зашифрованном виде. Ключ хранится в связке ключей этого компьютера. Если этот ключ когда-нибудь будет утерян, вернуть доступ можно будет только с помощью парольной фразы для восстановления.
setup-generated-label = Ваша парольная фраза для восстановления
setup-generated-hint = Запишите её на бумаге и храните в надёжном месте, отдельно от этого компьютера. Никто, даже администратор вашей команды, не сможет восстановить её за вас.
setup-confirm-label = Введите парольную фразу ещё раз, чтобы подтвердить, что она у вас есть
setup-own-toggle = Выбрать собственную парольную фразу
setup-generated-toggle = Использовать сгенерированную парольную фразу
setup-own-label = Ваша парольная фраза для восстановления
setup-own-hint = Минимальное число символов: { $min }. Несколько не связанных между собой слов легче запомнить и труднее подобрать.
setup-create = Создать хранилище
setup-creating = Создание хранилища…
setup-mismatch = Две парольные фразы не совпадают. Проверьте обе и введите их ещё раз.
setup-new-suggestion = Предложить другую

## Unlocking

unlock-title = Хранилище заблокировано
unlock-intro = Пока хранилище заблокировано, никакие данные дел не показываются.
unlock-with-keychain = Разблокировать
unlock-passphrase-label = Парольная фраза для восстановления
unlock-with-passphrase = Разблокировать парольной фразой
unlock-reason-keychain-missing = В связке ключей этого компьютера нет ключа для этого хранилища: возможно, его удалили или это новый компьютер. Введите парольную фразу для восстановления — после этого ключ снова будет сохранён в связке ключей.
unlock-reason-keychain-mismatch = Ключ в связке ключей этого компьютера не относится к этому хранилищу. Введите парольную фразу для восстановления — после этого в связке ключей будет сохранён правильный ключ.
unlock-reason-keychain-locked = Связка ключей этого компьютера заблокирована. Разблокируйте её (например, заново войдя в систему) и нажмите «Разблокировать» или введите парольную фразу для восстановления.
unlock-reason-keychain-unavailable = На этом компьютере не удалось получить доступ ни к одной связке ключей. Введите парольную фразу для восстановления, чтобы разблокировать хранилище.
unlock-keychain-stored-again = Ключ хранилища снова сохранён в связке ключей.
unlock-keychain-not-stored = Хранилище разблокировано, но его ключ не удалось сохранить в связке ключей; в следующий раз вам понадобится парольная фраза.

## The window's frame

nav-cases = Дела
nav-settings = Настройки
lock-now = Заблокировать
lock-shortcut-hint = Заблокировать хранилище сейчас (Ctrl+L)

## Cases

cases-title = Дела
cases-empty = Дел пока нет. Создайте дело для каждой семьи, которую вы сопровождаете.
cases-count = { $count ->
    [one] { $count } дело
    [few] { $count } дела
    [many] { $count } дел
   *[other] { $count } дела
}
case-new = Новое дело
case-create = Создать дело
case-cancel = Отмена
case-back = Все дела
case-title = Дело
case-created = Открыто { $date }
case-updated = Последнее изменение: { $date }
case-saving = Сохранение…
case-saved = Сохранено
case-save-failed = Не сохранено
case-child = Ребёнок
field-child-name = Имя ребёнка
field-date-of-birth = Дата рождения
field-country = Страна
field-country-choose = Выберите страну
field-languages = Языки общения
field-languages-add = Добавить язык
field-languages-remove = Удалить: { $language }
field-age = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}

## Settings

settings-title = Настройки
settings-language = Язык интерфейса
settings-auto-lock = Через сколько минут бездействия блокировать хранилище
settings-auto-lock-unit = { $minutes ->
    [one] { $minutes } минута
    [few] { $minutes } минуты
    [many] { $minutes } минут
   *[other] { $minutes } минуты
}
settings-saved = Настройки сохранены

## Errors. Each says what happened and what to do next; none ever contains a key, a passphrase
## or anything about a patient.

error-wrong-key = Ключ в связке ключей этого компьютера не открывает это хранилище. Разблокируйте хранилище с помощью парольной фразы для восстановления.
error-wrong-passphrase = Эта парольная фраза не открывает это хранилище. Проверьте её (пробелы и заглавные буквы имеют значение) и попробуйте ещё раз.
error-keychain-missing = В связке ключей этого компьютера нет ключа для этого хранилища. Разблокируйте хранилище с помощью парольной фразы для восстановления.
error-keychain-mismatch = Ключ в связке ключей этого компьютера не относится к этому хранилищу. Разблокируйте хранилище с помощью парольной фразы для восстановления.
error-keychain-locked = Связка ключей этого компьютера заблокирована. Разблокируйте её и попробуйте ещё раз или воспользуйтесь парольной фразой для восстановления.
error-keychain-unavailable = На этом компьютере не удалось получить доступ ни к одной связке ключей. Воспользуйтесь парольной фразой для восстановления.
error-not-a-vault = В папке хранилища находятся файлы, которые не являются хранилищем Wayfinder. Ничего не изменено. Переместите эту папку в другое место или восстановите её из резервной копии, затем снова запустите Wayfinder.
error-vault-damaged = Хранилище повреждено, и его невозможно безопасно открыть. Ничего не изменено. Восстановите его из резервной копии или обратитесь за помощью к администратору вашей команды.
error-vault-too-new = Это хранилище создано более новой версией Wayfinder. Установите последнюю версию, чтобы открыть его; ничего не изменено.
error-vault-exists = На этом компьютере уже есть хранилище. Разблокируйте его вместо создания нового.
error-vault-locked = Хранилище заблокировано. Разблокируйте его и попробуйте ещё раз.
error-disk-full = Диск заполнен, поэтому ничего не сохранено. Освободите место и попробуйте ещё раз.
error-storage-failed = Не удалось прочитать или записать хранилище. Ничего не потеряно; попробуйте ещё раз, а если ошибка повторится, перезапустите Wayfinder.
error-passphrase-too-short = Парольная фраза слишком короткая. Минимальное число символов: { $min }.
error-passphrase-too-guessable = Эту парольную фразу легко подобрать. Используйте несколько не связанных между собой слов или предложенную парольную фразу.
error-case-not-found = Этого дела больше нет в хранилище. Вернитесь к списку дел.
error-invalid-request = Приложение отправило запрос, который не должно было отправлять. Перезапустите Wayfinder; если это повторится, сообщите администратору вашей команды.
error-name-empty = Введите имя ребёнка.
error-name-too-long = Имя слишком длинное. Максимальное число символов: { $max }.
error-name-control-characters = Имя содержит невидимые управляющие символы. Введите его ещё раз.
error-date-invalid = Введите существующую дату.
error-travel-rule-invalid = Укажите срок пункта в днях до или после одной из дат плана (поездка, запись в визовый центр, госпитализация, возвращение), не более двух лет.
error-travel-zone-unknown = Такой часовой пояс неизвестен. Выберите пояс места из списка (например, Europe/Istanbul).
error-travel-time-skipped = Такого времени там нет: при переходе на летнее время часы его пропускают. Проверьте время в билете или письме.
error-travel-circular = Эти пункты ждут друг друга по кругу, и ни один не может начаться. Уберите один из них из списка «после» другого.
error-date-of-birth-in-future = Дата рождения не может быть в будущем.
error-date-of-birth-too-early = Дата рождения должна быть не ранее { $min_year } года.
error-country-unknown = Выберите страну из списка.
error-language-unknown = Выберите языки из списка.
error-languages-empty = Добавьте хотя бы один язык, на котором говорит семья.
error-value-empty = Это поле не может быть пустым.
error-text-too-long = Текст слишком длинный: максимальное число символов — { $max }.
error-choice-unknown = Выберите один из вариантов в списке.
error-email-invalid = Введите адрес электронной почты, например name@example.org.
error-phone-invalid = Введите номер телефона с кодом страны, например +971 50 123 4567.
error-code-invalid = Этот код недействителен. Проверьте его форму (например, C71.6 или 9470/3 для кода морфологии).
error-stage-refused = Дело нельзя перевести на этот этап из текущего. Выберите один из предложенных этапов.
error-request-status-refused = Запрос нельзя перевести в этот статус из текущего (отвеченный, отклонённый или отменённый запрос окончателен). Выберите один из предложенных статусов.

## The case file: sections, fields, choices

section-child = Ребёнок
section-diagnosis = Диагноз
section-coordination = Координация
section-stage = Этап
kind-contact-title = Законные представители и контакты
kind-contact-add = Добавить контакт
kind-treatment-title = История лечения
kind-treatment-add = Добавить запись о лечении
kind-question-title = Вопросы для экспертов
kind-question-add = Добавить вопрос
kind-consent-title = Согласия
kind-consent-add = Добавить согласие
kind-task-title = Задачи
kind-task-add = Добавить задачу
kind-note-title = Заметки
kind-note-add = Добавить заметку
entity-add = Добавить
entity-delete = Удалить
entity-none = Пока ничего нет.
field-case-stage = Этап
field-case-child-name = Имя ребёнка
field-case-child-date-of-birth = Дата рождения
field-case-child-sex = Пол
field-case-child-country = Страна
field-case-child-languages = Языки общения
field-case-diagnosis-text = Диагноз (как указано в медицинских документах)
field-case-diagnosis-icd10 = Код ICD-10
field-case-diagnosis-topography = Топография по ICD-O-3
field-case-diagnosis-morphology = Морфология по ICD-O-3
field-case-diagnosis-risk-group = Группа риска
field-case-assignee = Ответственный координатор
field-case-waiting-on = В ожидании
field-contact-name = Имя
field-contact-relation = Кем приходится ребёнку
field-contact-phone = Телефон
field-contact-email = Электронная почта
field-contact-language = Язык
field-contact-channel = Предпочтительный способ связи
field-treatment-what = Лечение
field-treatment-where = Где
field-treatment-from = Начало
field-treatment-to = Окончание
field-treatment-outcome = Результат
field-question-text = Вопрос
field-consent-what = Что можно передавать
field-consent-recipient = Кому
field-consent-until = Действует до
field-task-title = Задача
field-task-due = Срок
field-task-assignee = Исполнитель
field-task-done = Выполнена
field-note-text = Заметка
option-none = Не указано
option-sex-female = Женский
option-sex-male = Мужской
option-sex-other = Другой
option-sex-unknown = Неизвестно
option-channel-phone = Телефонный звонок
option-channel-sms = SMS
option-channel-whatsapp = WhatsApp
option-channel-email = Электронная почта
option-channel-in-person = Лично
stage-inquiry = Обращение
stage-intake = Оформление
stage-records = Медицинские документы
stage-review = Экспертиза
stage-matching = Подбор клиники
stage-travel = Поездка
stage-treatment = Лечение
stage-follow-up = Наблюдение
stage-closed = Закрыто
stage-move-to = Перевести на этап: { $stage }
stage-history-title = История этапов
stage-history-entry = { $stage }: { $date }, автор: { $author }
author-you = вы
author-member = участник { $id }

## Conflicts

conflict-title = Эти версии были записаны независимо друг от друга. Выберите правильную.
conflict-version = Автор: { $author }, дата: { $date }
conflict-keep = Оставить эту
conflict-cleared = (очищено)
conflict-deleted = { $author } удалил(а) это { $date }, пока здесь вносились изменения. Сохраните запись с изменениями или подтвердите удаление.
conflict-keep-entity = Сохранить
conflict-delete-entity = Удалить

## The case list's filters

cases-search = Найти дело по имени
cases-filter-stage = Этап
cases-filter-country = Страна
cases-filter-assignee = Координатор
cases-filter-any = Все
cases-none-match = Нет дел, соответствующих этим фильтрам.
cases-conflicts = { $count ->
    [one] { $count } конфликт требует решения
    [few] { $count } конфликта требуют решения
    [many] { $count } конфликтов требуют решения
   *[other] { $count } конфликта требуют решения
}

## Today

nav-today = Сегодня
today-title = Сегодня
today-tasks = Текущие и просроченные задачи
today-tasks-none = Нет задач, срок которых наступил.
today-tasks-shown = Показано { $shown } из { $total }
today-tasks-more = Показать ещё
today-due-today = Срок — сегодня
today-overdue = { $days ->
    [one] Просрочено на { $days } день
    [few] Просрочено на { $days } дня
    [many] Просрочено на { $days } дней
   *[other] Просрочено на { $days } дня
}
today-waiting = Дела в ожидании
today-waiting-none = Нет дел в ожидании.
today-waiting-on = В ожидании: { $who }
today-consents = Согласия, срок которых скоро истекает
today-consents-none = В ближайшие 30 дней не истекает ни одно согласие.
today-translations = Документы для перевода
today-translations-none = Нет документов, ожидающих перевода.
today-consent-expired = Истекло { $date }
today-consent-ends-today = Истекает сегодня
today-consent-ends = { $days ->
    [one] Истекает через { $days } день
    [few] Истекает через { $days } дня
    [many] Истекает через { $days } дней
   *[other] Истекает через { $days } дня
}

## Undo

undo = Отменить
undo-hint = Отменить последнее изменение (Ctrl+Z)
undo-nothing = Отменять нечего.

## Records: importing, the list, the viewer

kind-record-title = Медицинские документы
kind-record-add = Добавить документ
field-record-title = Название
field-record-category = Категория
field-record-date = Дата документа
field-record-institution = Кем выдан (учреждение)
field-record-language = Язык документа
field-record-content = Исходный файл
option-category-pathology = Патоморфология
option-category-imaging = Лучевая диагностика
option-category-lab = Лабораторные анализы
option-category-biomarker = Биомаркеры и генетика
option-category-treatment-summary = Сводка о лечении
option-category-discharge-letter = Выписной эпикриз
option-category-referral = Направление
option-category-identity-travel = Личные документы и поездка
option-category-consent = Согласие
option-category-other = Другое
records-import-files = Импортировать файлы…
records-import-folder = Импортировать папку…
records-drop-hint = Файлы и папки (например, диск со снимками) можно также перетащить в любое место этого окна.
records-drop-active = Отпустите файлы, чтобы импортировать их в это дело.
records-category = Категория этих файлов
records-category-suggest = Предложить по содержимому каждого файла
records-allow-duplicate = Импортировать даже файлы, которые уже есть в хранилище
records-none = Документов пока нет. Импортируйте файлы или перетащите их в это окно.
records-documents = Документы
records-studies = Лучевые исследования
record-pages = { $pages ->
    [one] { $pages } страница
    [few] { $pages } страницы
    [many] { $pages } страниц
   *[other] { $pages } страницы
}
record-images = { $count ->
    [one] { $count } изображение
    [few] { $count } изображения
    [many] { $count } изображений
   *[other] { $count } изображения
}
import-starting = Подготовка файлов…
import-status = Файл { $n } из { $total }: { $title }
import-cancel = Отменить импорт
import-finished = { $imported ->
    [0] Ни один файл не импортирован.
    [one] Импортирован { $imported } файл.
    [few] Импортировано { $imported } файла.
    [many] Импортировано { $imported } файлов.
   *[other] Импортировано { $imported } файла.
}
import-cancelled = Отменено: импортировано { $imported }; остальные не импортированы.
import-password-label = Пароль этого PDF
import-retry = Повторить
import-skip = Пропустить
import-anyway = Всё равно импортировать
import-suggested = Категория и язык предложены по содержимому файла: проверьте их, при необходимости измените и подтвердите.
import-confirm = Подтвердить
import-already-in = Уже есть в хранилище под названием «{ $title }», в деле: { $case }
viewer-close = Закрыть
viewer-printing = Подготовка страниц к печати: { $n } из { $total }
viewer-print-hint = Напечатать документ (Ctrl+P)
viewer-print = Печать…
viewer-loading = Загрузка…
viewer-prev = Предыдущая страница
viewer-next = Следующая страница
viewer-page-indicator = Страница { $n } из { $total }
viewer-image-indicator = Изображение { $n } из { $total }
viewer-go = Перейти к странице
viewer-zoom-in = Увеличить
viewer-zoom-out = Уменьшить
viewer-zoom = { $percent } %
viewer-zoom-fit = По ширине
viewer-rotate = Повернуть
viewer-matches = { $count ->
    [0] На этой странице совпадений нет
    [one] На этой странице { $count } совпадение
    [few] На этой странице { $count } совпадения
    [many] На этой странице { $count } совпадений
   *[other] На этой странице { $count } совпадения
}
viewer-page-alt = Страница { $n }
viewer-thumbnails = Страницы
viewer-thumbnail = Перейти к странице { $n }
viewer-close-hint = Закрыть (Escape)
viewer-toolbar = Инструменты страницы
viewer-fit = Размер страницы
viewer-fit-page = По размеру страницы
viewer-actual-size = Реальный размер
viewer-find = Найти в этом документе
viewer-find-prev = Предыдущая страница с совпадением
viewer-find-next = Следующая страница с совпадением
viewer-find-none = В этом документе не найдено
viewer-find-pages = Страница с совпадением { $n } из { $count }
viewer-find-count = { $count ->
    [one] Совпадение на { $count } странице
   *[other] Совпадения на { $count } страницах
}
dicom-window-own = Собственное окно файла
dicom-window-center = Центр окна: { $value }
dicom-window-width = Ширина окна: { $value }
dicom-window-reset = Вернуть окно из файла
dicom-image = Изображение
dicom-series = Серия
dicom-modality = Модальность
dicom-instance = Номер изображения
dicom-size = Строки × столбцы
dicom-transfer-syntax = Синтаксис передачи

## Search

nav-search = Поиск
search-title = Поиск
search-label = Искать во всех делах и документах
search-case-label = Искать в этом деле
search-searching = Идёт поиск…
search-none = Ничего не найдено.
search-hit-page = { $title }, страница { $page }

# Records: import and viewing errors

error-record-missing = Файл этого документа ещё не поступил в это хранилище. Попробуйте ещё раз после следующей синхронизации.
error-import-busy = Импорт уже выполняется. Дождитесь его завершения или отмените его, затем попробуйте ещё раз.
error-import-empty = Этот файл пуст. Попросите семью прислать его ещё раз.
error-import-not-supported = Этот файл не является ни PDF, ни фотографией или сканом (JPEG, PNG, TIFF), ни изображением DICOM, поэтому его нельзя импортировать. Попросите прислать его в одном из этих форматов.
error-import-too-large = Этот файл слишком большой для импорта (более 4 ГБ). Попросите прислать его частями меньшего размера.
error-import-unreadable = Не удалось прочитать этот файл. Проверьте, что он по-прежнему на месте и что у вас есть право его открывать, затем попробуйте ещё раз.
error-pdf-engine-missing = В этой установке отсутствует модуль для работы с PDF. Переустановите Wayfinder.
error-pdf-unreadable = Этот PDF повреждён или не является PDF-файлом. Попросите семью или больницу прислать его ещё раз.
error-pdf-password-required = Этот PDF защищён паролем. Введите пароль, чтобы импортировать файл, или пропустите его.
error-pdf-password-wrong = Этот пароль не подошёл. Проверьте его и попробуйте ещё раз или пропустите этот файл.
error-pdf-unsupported-security = Этот PDF защищён способом, который невозможно открыть. Попросите копию без защиты.
error-pdf-no-such-page = Такой страницы в документе нет.
error-pdf-not-open = Документ был закрыт. Откройте его снова.
error-pdf-render-failed = Не удалось показать эту страницу. Попробуйте другой масштаб или откройте документ заново.
error-pdf-engine-stopped = Модуль для работы с PDF перестал работать. Перезапустите Wayfinder.
error-image-damaged = Это изображение повреждено или записано не полностью. Попросите семью прислать его ещё раз.
error-image-too-large = Это изображение слишком большое, чтобы его показать. Попросите копию меньшего размера.
error-image-unsupported = Этот тип изображений пока не поддерживается. Попросите прислать изображение в формате JPEG или PDF.
error-image-no-such-page = Такой страницы в изображении нет.
error-dicom-not-dicom = Этот файл не является изображением DICOM.
error-dicom-damaged = Этот файл DICOM повреждён или записан не полностью. Попросите больницу прислать новую копию диска.
error-dicom-codec-unsupported = Сжатие этого изображения пока не поддерживается. Сведения о нём приведены в списке; чтобы увидеть само изображение, попросите больницу прислать копию без сжатия.
error-dicom-no-image = В этом файле DICOM нет изображения (возможно, это план лечения или заключение).
import-imported = Импортировано.
import-duplicate = Уже есть в этом хранилище: { $places }.

## Reports: the case summary, in the reader's language
report-summary-title = Сводка по случаю для второго мнения
report-child = Пациент
report-diagnosis = Диагноз
report-status = Текущее состояние
report-timeline = Проведённое лечение
report-treatment = Лечение
report-place = Где
report-dates = Даты
report-outcome = Результат
report-questions = Вопросы к экспертам
report-enclosed = Прилагаемые документы
report-record = Документ
report-category = Категория
report-date = Дата
report-pages = Страниц
report-coordinator = Контакт
report-none = Нет записей.
report-page = Страница { $n } из { $total }
report-name = Имя
report-date-of-birth = Дата рождения
report-sex = Пол
report-country = Страна
report-withheld = Не указано (нет согласия для этого получателя)
report-not-recorded = Не указано в деле
report-diagnosis-text = Диагноз
report-icd10 = МКБ-10
report-topography = Топография МКБ-О-3
report-morphology = Морфология МКБ-О-3
report-risk-group = Группа риска
report-prepared = Подготовлено { $date }
report-date-pattern = %d.%m.%Y
error-report-font-missing = Не хватает шрифта для отчётов. Запустите установку ещё раз и повторите попытку.
error-report-template = Не удалось сверстать отчёт. Сообщите об этой проблеме; в случае ничего не изменилось.
error-report-pdf = Не удалось записать отчёт в PDF. Повторите попытку; в случае ничего не изменилось.

## Reports in the app: preparing, previewing, exporting; the log of what was sent
kind-export-title = Отправленные отчёты
kind-export-add = Отметить отправленный отчёт
field-export-report = Отчёт
field-export-recipient = Кому отправлен
field-export-language = Язык
field-export-records = Приложенные документы
field-export-pages = Страниц
field-export-file = Файл
option-report-summary = Сводка по случаю
option-report-packet = Пакет для экспертизы
option-report-record = Один документ, как оригинал
option-report-translation = Переведённый документ
option-report-xliff = Фрагменты документа (XLIFF)
option-report-tmx = Память переводов (TMX)
option-report-checklist = Список поездки для семьи
field-consent-identity = Какие личные данные могут быть в отчётах
option-identity-full = Имя и дата рождения
option-identity-initials = Только инициалы
option-identity-none = Ничего, что называет ребёнка
report-age = Возраст
report-age-years = { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}
reports-title = Отчёты
reports-kind = Отчёт
reports-language = Язык читателя
reports-consent = Получатель по согласию семьи
reports-no-consent = Получатель без согласия (ребёнок не называется)
reports-consent-option = { $recipient }: { $identity }
reports-consent-expired = { $recipient }: срок истёк
reports-recipient = Кто получает
reports-records = Прилагаемые документы, в этом порядке
reports-records-none = В этом деле пока нет документов.
reports-record-unsupported = Нельзя приложить к пакету; отправьте отдельно (Отчёт: Один документ, как оригинал).
reports-move-up = Выше
reports-move-down = Ниже
reports-prepare = Подготовить предпросмотр
reports-preparing = Подготовка…
reports-shows = Данные ребёнка в отчёте: { $identity }
reports-export = Экспортировать…
reports-exported = Экспортировано как { $file } и отмечено в этом деле.
reports-contact-missing = Ваши контактные данные не указаны: читатель не будет знать, кому ответить. Добавьте их в настройках.
reports-history = Отправлено
reports-history-entry = { $date }: { $report }, язык: { $language }, получатель: { $recipient }
reports-history-none = Из этого дела ещё не экспортировано ни одного отчёта.
reports-save-title = Экспорт отчёта
interchange-xliff-save-title = Экспорт фрагментов в XLIFF
interchange-tmx-save-title = Экспорт памяти в TMX
interchange-xliff-open-title = Загрузить переведённый файл XLIFF
interchange-tmx-open-title = Добавить память TMX
record-export-folder-title = Имя новой папки для исследования
record-export-title = Экспорт документа
reports-history-record = { $date }: { $title } (оригинал), получатель: { $recipient }
reports-record-export = Экспортировать документ…
reports-record-original = Оригинал уходит таким, каким его прислала семья, со всеми именами и датами в нём; защищённый PDF уходит без пароля; исследование DICOM становится папкой с файлами изображений.
reports-record-choose = Документ для отправки
settings-contact-title = Ваши контакты в отчётах
settings-contact-hint = Печатаются в каждой сводке и каждом пакете, чтобы эксперты знали, кому ответить.
settings-contact-name = Имя
settings-contact-organisation = Организация
settings-contact-email = Электронная почта
settings-contact-phone = Телефон
error-report-consent-expired = Срок этого согласия истёк, поэтому по нему ничего нельзя отправлять. Продлите его с семьёй или выберите другого получателя.
error-report-conflict = У поля этого дела, которое используется в отчёте, есть две версии. Выберите верную в деле, затем подготовьте отчёт заново.
error-report-recipient-missing = Укажите, кто получает отчёт.
error-report-record-unsupported = Один из отмеченных документов нельзя приложить к пакету (скан TIFF или исследование DICOM). Снимите отметку и отправьте его отдельно.
error-report-not-prepared = Нет отчёта для показа или экспорта. Подготовьте предпросмотр заново.
error-export-not-allowed = Wayfinder не может записывать в эту папку. Выберите другую папку и экспортируйте снова.
error-export-failed = Не удалось записать отчёт в это место. Выберите другую папку и экспортируйте снова; в деле ничего не отмечено.
error-export-exists = Здесь уже есть объект с таким именем. Выберите другое имя и экспортируйте снова; в деле ничего не отмечено.
error-print-failed = Не удалось открыть окно печати. Попробуйте ещё раз; если не получится, экспортируйте документ и напечатайте его из программы для PDF.

## Team sync errors
error-team-not-joined = Это хранилище ещё не присоединено к команде. Сначала подключитесь к серверу команды в разделе «Команда».
error-team-already-joined = Это хранилище уже принадлежит команде. Хранилище может входить только в одну команду.
error-team-not-in-roster = Этого человека ещё нет в списке участников команды. Попросите администратора добавить его и повторите попытку.
error-sync-bad-signature = Часть данных от сервера не подписана участником вашей команды. Она отложена и не применена. Сообщите администратору команды.
error-sync-undecryptable = Часть данных от сервера не открывается вашими ключами. Она отложена. Попросите того, кто открыл доступ к делу, сделать это ещё раз.
error-sync-malformed = Сервер прислал повреждённые данные. Они отложены и не применены. Сообщите администратору команды.
error-sync-unknown-author = Часть данных от сервера пришла от человека, которого нет в списке участников команды. Она отложена. Сообщите администратору команды.
error-sync-mismatch = Часть данных от сервера не соответствует тому, за что себя выдаёт. Она отложена. Сообщите администратору команды.
error-sync-roster-broken = Список участников от сервера не подписан администраторами вашей команды. Ничего не изменено. Сообщите администратору и сверьте отпечатки вслух.
error-sync-not-admin = Изменять состав команды может только её администратор.
error-sync-no-randomness = Компьютер не выдал случайные числа для нового ключа. Перезапустите Wayfinder и повторите попытку.
error-link-bad-address = Это не адрес сервера. Введите его так, как дал администратор команды, например https://sync.example.org.
error-link-plain-http = Адрес начинается с http://, поэтому соединение с другим компьютером не будет зашифровано. Используйте адрес https:// или подтвердите, что вам нужен незашифрованный http.
error-link-bad-code = Этот код не читается. Проверьте каждый символ (только буквы и цифры; дефисы и пробелы не важны) или попросите код ещё раз.
error-link-wrong-code = Это код другого вида. Чтобы создать команду, нужен код создания, чтобы присоединиться — код приглашения.
error-link-offline = Сервер команды недоступен. Ваша работа сохранена на этом компьютере и будет отправлена, когда связь восстановится.
error-link-version = Сервер команды использует другую версию протокола синхронизации. Обновите Wayfinder или попросите администратора обновить сервер.
error-link-protocol = По этому адресу ответили, но не как сервер Wayfinder. Сверьте адрес с администратором команды.
error-server-refused = Сервер команды отклонил запрос. Повторите позже; если это повторяется, сообщите администратору команды.
error-server-code-not-valid = Этот код недействителен: он уже использован, истёк или относится к другой команде. Попросите новое приглашение.
error-server-too-many-attempts = Недавно для этой команды было введено слишком много неверных кодов, поэтому сервер несколько минут не проверяет коды. Проверьте выданный вам код и попробуйте снова через десять минут.
error-server-not-a-member = Сервер команды больше не считает вас участником этой команды. Обратитесь к администратору команды.
error-server-not-an-admin = Это может сделать только администратор команды.
error-server-not-logged-in = Сеанс с сервером команды завершился. Повторите попытку.
error-server-no-such-workspace = Сервер не знает эту команду. Сверьте адрес и код с администратором команды.
error-server-workspace-exists = Эта команда уже создана с этим кодом. Попросите у администратора сервера новый код или присоединитесь по приглашению.
error-server-roster-version = Кто-то другой одновременно изменил состав команды. Синхронизируйтесь и повторите попытку.
error-server-name-not-valid = Введите имя так, как его должна видеть команда (не более 80 символов).
error-server-storage-failed = Сервер команды не смог сохранить отправленное. Здесь ничего не потеряно, всё будет отправлено снова. Сообщите администратору, если это повторяется.
error-server-quota-exceeded = Ваша доля на сервере команды заполнена, поэтому написанное и импортированное ждёт на этом компьютере. Ничего не потеряно. Попросите администратора команды увеличить лимит — тогда всё будет отправлено.

## Team
nav-team = Команда
team-title = Команда
team-join = Присоединиться к команде
team-create = Создать команду
team-join-hint = Введите адрес сервера, код приглашения от администратора команды и своё имя так, как его должна видеть команда.
team-create-hint = Только для первого участника: введите адрес сервера и код создания от администратора сервера. Вы станете первым администратором команды.
team-address = Адрес сервера
team-invitation-code = Код приглашения
team-creation-code = Код создания
team-your-name = Ваше имя
team-plain-confirm = Подключиться без шифрования (незашифрованный http). Только в сети, которой вы доверяете.
team-server = Сервер
team-your-fingerprint = Ваш отпечаток
team-fingerprint-hint = Прочитайте свой отпечаток вслух администратору, по телефону или лично, и сверьте с его отпечатком: если цифры совпадают, ваш ключ никто не подменил.
team-waiting-admission = Вы присоединились. Теперь администратор должен вас принять; сверьте отпечатки.
team-members = Участники
team-you = вы
team-remove = Удалить
team-invite-title = Пригласить
team-invite-hint = Код действует один раз в течение семи дней. Передайте его человеку сами, не через сервер команды.
team-role = Роль
team-invite = Создать код приглашения
team-waiting-title = Ожидают приёма
team-waiting-hint = Принимайте человека только после того, как сверили с ним отпечаток вслух.
team-waiting-refresh = Обновить
team-admit = Принять
team-turn-away = Отклонить
team-role-admin = Администратор
team-role-coordinator = Координатор
team-role-translator = Переводчик
team-role-liaison = Сопровождающий семьи
sync-state-syncing = Синхронизация…
sync-state-offline = Нет связи: ваша работа сохранена здесь
sync-state-error = Синхронизация остановлена
sync-state-idle = Всё синхронизировано с командой
sync-last = последняя синхронизация { $when }
sync-unsent = { $count ->
    [one] { $count } изменение ещё не отправлено
    [few] { $count } изменения ещё не отправлены
    [many] { $count } изменений ещё не отправлено
   *[other] { $count } изменения ещё не отправлено
}
sync-held = { $count ->
    [one] { $count } элемент от сервера не прошёл проверку и отложен
    [few] { $count } элемента от сервера не прошли проверку и отложены
    [many] { $count } элементов от сервера не прошли проверку и отложены
   *[other] { $count } элемента от сервера не прошли проверку и отложены
}
sync-retry-held = Повторить
sync-now = Синхронизировать
sharing-title = Доступ открыт
sharing-shared = К этому делу открыт доступ участникам, отмеченным ниже.
sharing-not-shared = Это дело хранится только на этом компьютере.
sharing-remove-hint = Снимите отметку, чтобы закрыть доступ: то, что вы напишете после этого, человек прочитать не сможет.
sharing-save = Сохранить
sharing-saved = Сохранено
sync-missing = { $count ->
    [one] Не пришло как минимум { $count } изменение другого участника, хотя более поздние пришли: возможно, сервер его удерживает. Сообщите администратору команды.
    [few] Не пришли как минимум { $count } изменения других участников, хотя более поздние пришли: возможно, сервер их удерживает. Сообщите администратору команды.
    [many] Не пришло как минимум { $count } изменений других участников, хотя более поздние пришли: возможно, сервер их удерживает. Сообщите администратору команды.
   *[other] Не пришло как минимум { $count } изменения других участников, хотя более поздние пришли: возможно, сервер их удерживает. Сообщите администратору команды.
}
error-team-not-allowed-to-share = Делиться делами могут только координаторы и администраторы. Попросите координатора открыть доступ к этому делу.
error-team-role-refused = Ваша роль в команде не позволяет это изменение: переводчик работает с порученными ему документами, сопровождающий — со всем, кроме переводов. Обратитесь к координатору.
error-server-not-allowed-to-share = Открывать доступ к делу могут только координаторы и администраторы команды. Обратитесь к координатору.

## Lists, records and messages after an action

entity-delete-confirm = Удалить эту запись? Сразу после этого её можно вернуть кнопкой «Отменить».
entity-deleted = Удалено.
record-deleted = Документ удалён.
records-select = Выбрать «{ $title }»
records-select-all = Выбрать все документы этого списка
records-selected = Выбрано документов: { $count }
records-bulk-category = Задать категорию
records-bulk-language = Задать язык
records-bulk-delete = Удалить…
records-bulk-clear = Снять выбор
records-delete-confirm = Удалить из дела выбранные документы ({ $count }) и их файлы? Одна отмена сразу после этого вернёт их все.
records-deleted = Удалено документов: { $count }.
records-changed = Изменено документов: { $count }.
record-delete-confirm = Удалить документ «{ $title }» и его файл из этого дела? Сразу после этого его можно вернуть кнопкой «Отменить».
toast-close = Закрыть сообщение
record-edit = Изменить
record-edit-done = Готово
records-col-file = Файл
records-col-actions = Действия
records-conflict = две версии
today-mark-done = Отметить «{ $task }» выполненной
today-task-done = Задача отмечена выполненной.
case-sections = Разделы дела

## The list of cases: sorting and each case's standing

cases-sort = Сортировка
cases-sort-updated = Последнее изменение
cases-sort-name = Имя ребёнка
cases-sort-next-due = Ближайший срок
cases-sort-overdue = Больше всего просроченных задач
cases-sort-waiting = Дольше всего ждут
cases-overdue = { $count ->
    [one] { $count } задача просрочена
    [few] { $count } задачи просрочены
   *[many] { $count } задач просрочено
}
cases-next-due = Ближайший срок: { $date }
cases-waiting-since = Ждём: { $who } с { $date }

## First steps and keyboard shortcuts

welcome-title = Добро пожаловать в Wayfinder
welcome-step-case = Откройте дело для первой семьи, обратившейся за помощью.
welcome-step-records = В деле импортируйте документы ребёнка: PDF, фото, сканы или диск из больницы.
welcome-step-team = Работаете в команде? Подключитесь к серверу команды, чтобы делиться делами.
welcome-step-settings = Укажите своё имя и контакты: они попадут в отчёты.
welcome-shortcuts = Нажмите ? в любой момент, чтобы увидеть сочетания клавиш.
shortcuts-title = Сочетания клавиш
shortcut-find = Поиск (в деле — по делу, в документе — по документу)
shortcut-new-case = Открыть новое дело
shortcut-undo = Отменить последнее изменение
shortcut-lock = Заблокировать хранилище
shortcut-print = Напечатать документ, открытый в просмотре
shortcut-close = Закрыть документ, вопрос или этот список
shortcut-pages = Предыдущая и следующая страница
shortcut-zoom = Увеличить и уменьшить
shortcut-sheet = Этот список
field-date-typed = В виде { $example }
calendar-open = Выбрать дату в календаре
calendar-previous = Предыдущий месяц
calendar-next = Следующий месяц
calendar-today = Сегодня
calendar-close = Закрыть

## Importing: duplicates and confirming

import-duplicate-title = Уже есть в этом хранилище:
import-confirm-all = Подтвердить все
import-confirm-all-hint = { $count ->
    [one] { $count } документ ждёт подтверждения категории и языка.
    [few] { $count } документа ждут подтверждения категории и языка.
   *[many] { $count } документов ждут подтверждения категории и языка.
}

## A case's activity

activity-title = История изменений
activity-none = Пока ничего не изменилось.
activity-unknown-kind = Запись
activity-made = { $what }: добавлено
activity-deleted = { $what }: удалено
activity-changed = { $what }: изменено «{ $field }»
activity-emptied = { $what }: очищено «{ $field }»

# Чтение текста со сканов (Tesseract, на этом компьютере)
error-ocr-missing = Текст со сканов прочитать нельзя: на этом компьютере не установлен Tesseract. Установите его (см. README), и Wayfinder их прочитает.
error-ocr-language-missing = Текст со сканов прочитать нельзя: у Tesseract нет ни одного из нужных языков. Установите его языковые данные (см. README).
error-ocr-crashed = Текст этой страницы прочитать не удалось: программа распознавания остановилась с ошибкой. Введите текст вручную, если он нужен.
error-ocr-timed-out = Текст этой страницы прочитать не удалось: распознавание заняло слишком много времени. Введите текст вручную, если он нужен.
error-ocr-garbage = Текст этой страницы прочитать не удалось: программа распознавания вернула нечитаемый ответ. Проверьте установку Tesseract.
error-ocr-cancelled = Чтение приостановлено: хранилище заблокировано. Оно продолжится после разблокировки.
records-reading = Чтение текста: страница { $n } из { $total }
records-read-failed = Не удалось прочитать страниц: { $count }
records-read-poor = Прочитано с низкой точностью страниц: { $count }. Проверьте их текст
viewer-text-layer = Текст, прочитанный со скана
viewer-text-poor = Эта страница прочитана с низкой уверенностью ({ $percent } %). Сверьте текст с изображением, прежде чем на него полагаться.
viewer-text-read = Текст, прочитанный с этого скана: его можно выделить и скопировать.
viewer-text-waiting = Ожидает повторного чтения…
viewer-text-language-missing = Программа распознавания текста на этом ноутбуке не умеет читать { $languages }: установите языковой пакет (см. README) и прочитайте страницу заново.
viewer-text-read-again = Прочитать страницу заново

# Текст страницы, введённый вручную вместо прочитанного со скана
kind-page-text-title = Тексты страниц, введённые вручную
kind-page-text-add = Ввести текст страницы
field-page-text-record = Документ
field-page-text-page = Страница
field-page-text-text = Текст страницы
viewer-text-correct = Исправить текст…
viewer-text-edit = Текст этой страницы
viewer-text-save = Сохранить текст
viewer-text-cancel = Отмена
viewer-text-corrected = Текст этой страницы введён вами: его используют поиск и пакет документов.
viewer-text-versions = Два человека ввели текст этой страницы по-разному. Оставьте один:
viewer-text-keep = Оставить этот

# Рабочее место переводчика: документ для перевода и его фрагменты
kind-translation-title = Переводы
kind-translation-add = Отметить для перевода
field-translation-record = Документ
field-translation-language = На язык
field-translation-status = Статус
field-translation-translator = Переводчик
field-translation-reviewer = Редактор
field-translation-due = Срок
field-translation-statement = Заявление о точности перевода
field-translation-source-language = С языка
option-translation-status-to-do = К выполнению
option-translation-status-in-progress = В работе
option-translation-status-in-review = На проверке
option-translation-status-done = Готово
kind-unit-title = Фрагменты
kind-unit-add = Добавить фрагмент
field-unit-translation = Перевод
field-unit-page = Страница
field-unit-region = Место на странице
field-unit-source = Исходный текст
field-unit-target = Перевод
field-unit-state = Состояние
field-unit-translator = Перевёл
field-unit-reviewer = Проверил
field-unit-comment = Комментарий
field-unit-overrides = Пропущенные проверки
kind-term-title = Термины глоссария
kind-term-add = Добавить термин
field-term-source = Термин
field-term-source_language = С языка
field-term-language = На язык
field-term-target = Перевод
field-term-forbidden = Не использовать
field-term-keep = Оставлять как есть (препарат, ген, код)
field-term-note = Примечание
option-unit-state-draft = Черновик
option-unit-state-translated = Переведено
option-unit-state-reviewed = Проверено
option-unit-state-final = Окончательно

# Что нашли проверки фрагмента
check-number-missing = Числа { $what } из оригинала нет в переводе.
check-number-added = В переводе есть число { $what }, которого нет в оригинале.
check-unit-changed = То же число с другой единицей: { $what }.
check-date-missing = Даты { $what } из оригинала нет в переводе.
check-date-ambiguous = Дату { $what } можно прочитать двояко: напишите месяц словом или начните с года.
check-glossary-not-used = Глоссарий команды переводит «{ $what }» как «{ $expected }».
check-forbidden-term = Глоссарий команды запрещает «{ $what }».
check-term-not-kept = «{ $what }» нужно оставить как есть.
check-unit-untranslated = Единица «{ $what }» осталась латиницей: напишите её так, как принято в этом языке.
check-inconsistent = Этот же фрагмент переведён в другом месте документа как «{ $what }».
error-unit-checks-open = Этот фрагмент пока нельзя сделать окончательным: исправьте найденное проверками или оставьте проверку, указав причину.
error-interchange-unreadable = Не удалось прочитать файл. Проверьте, что он на месте и вы можете его открыть, и повторите попытку.
error-interchange-too-big = Файл слишком велик для фрагментов документа или памяти. Выберите файл, экспортированный вашей программой перевода.
error-interchange-malformed = Это не корректный файл XLIFF 2 или TMX. Экспортируйте его заново из программы перевода; ничего не изменено.
error-interchange-hostile = Файл объявляет сущности или тип документа, которые можно использовать для атаки на приложение, поэтому он отклонён и ничего не изменено. Экспортируйте его заново без них.
error-interchange-other-document = Файл относится к другому документу или называет фрагменты, которых в этом документе нет. Ничего не изменено: выберите файл, экспортированный из этого документа.
error-interchange-other-languages = Файл не на языках этого документа. Ничего не изменено: выберите файл с теми же языками.
error-glossary-columns = В первой строке файла должны быть названия столбцов, как минимум source, source_language и language. Ничего не добавлено.
error-glossary-encoding = Файл сохранён не в UTF-8. Сохраните его из электронной таблицы как «CSV UTF-8» и повторите; ничего не добавлено.
error-glossary-row = Строка { $line } файла — не термин: нужны исходный термин и два языка двухбуквенными кодами. Ничего не добавлено: исправьте строку и повторите.
error-request-incomplete = В запросе нет того, что требует учреждение (список ниже). Добавьте недостающее или укажите, почему отправляете как есть.

# Экраны переводчика
nav-translations = Переводы
translations-title = Документы для перевода
nav-glossary = Глоссарий
glossary-title = Глоссарий команды
glossary-read-only = Ваша роль в команде позволяет читать глоссарий, но не изменять его. Изменить его может координатор или переводчик.
glossary-intro = Термины, по которым проверяются фрагменты каждого переводчика. Они общие для всей команды: никогда не вносите в них данные пациента.
glossary-no-team = Глоссарий принадлежит команде. Вступите в команду или создайте её в разделе «Команда».
glossary-forbidden-hint = Переводы, которые нельзя использовать, по одному в строке
glossary-import = Добавить термины из файла CSV
glossary-import-hint = Столбцы: source, source_language, language и при желании target, forbidden (через |), keep (yes), note. Языки — двухбуквенными кодами (ru, es).
glossary-imported = Добавлено терминов: { $added }; уже были в глоссарии: { $skipped }.
glossary-filter = Найти термин
glossary-count = { $terms ->
    [one] { $terms } термин
    [few] { $terms } термина
    [many] { $terms } терминов
   *[other] { $terms } термина
}
glossary-empty = Терминов пока нет.
glossary-actions = Действия
glossary-kept = Оставляется как есть
glossary-delete = Удалить
glossary-open-title = Добавить термины из файла CSV
translations-none = В ваших делах нет документов, отмеченных для перевода. Координатор отмечает их в документах дела.
translations-due = срок { $date }
record-translate = Перевести…
record-translate-marked = Отмечено для перевода: документ в разделе «Переводы».
workspace-back = Все документы
workspace-coverage = Страницы
workspace-prev = Предыдущая страница
workspace-next = Следующая страница
workspace-page = Страница { $page } из { $pages }
workspace-coverage-count = { $passages ->
    [0] на этой странице пока нет фрагментов
    [one] { $passages } фрагмент на этой странице
    [few] { $passages } фрагмента на этой странице
   *[other] { $passages } фрагментов на этой странице
}
workspace-draw-hint = Обведите фрагмент на странице прямоугольником, чтобы перевести его.
workspace-type-passage = Ввести фрагмент (рукопись, печать)…
workspace-how = Как выбрать фрагмент
workspace-mode-draw = Обвести прямоугольником
workspace-mode-select = Выделить текст
workspace-no-text = На этой странице нет текста для выделения: обведите фрагмент прямоугольником или введите его.
workspace-select-hint = Выделите фрагмент в тексте страницы и создайте из него фрагмент для перевода.
workspace-take-selection = Создать фрагмент из выделения
workspace-no-passages = На этой странице пока нет фрагментов.
workspace-conflict = Две версии
workspace-let-stand = оставлено: { $reason }
workspace-reason = Причина оставить
workspace-matches = Совпадения из памяти
workspace-no-matches = В вашей памяти нет ничего похожего.
workspace-versions = Одновременно сделаны два перевода. Оставьте один: другой сохранится в истории.
workspace-keep-version = Оставить этот
workspace-memory-search = Поиск в вашей памяти
workspace-memory-search-go = Найти
workspace-memory-none = Ни один готовый фрагмент не содержит этих слов.
workspace-interchange = Работа в другой программе перевода
workspace-interchange-recipient = Кто получает файлы
workspace-xliff-export = Экспорт фрагментов (XLIFF)
workspace-xliff-import = Загрузить переведённый XLIFF
workspace-tmx-export = Экспорт памяти (TMX)
workspace-tmx-import = Добавить память (TMX)
workspace-interchange-saved = Сохранено как { $file }.
workspace-xliff-read = Изменено фрагментов: { $changed }, без изменений: { $unchanged }, сохранено как было (уже проверены или окончательны): { $kept }.
workspace-tmx-read = Добавлено пар в память: { $changed }, уже были: { $unchanged }.
workspace-match-exact = Точное
workspace-match-numbers = Отличаются только числа
workspace-match-fuzzy = { $score } %
workspace-match-use = Использовать

# The translated document
translated-title = Заверенный перевод
translated-document = Документ
translated-languages = Языки
translated-translator = Переводчик
translated-date = Дата
translated-source-hash = SHA-256 оригинала
translated-text-hash = SHA-256 текста перевода
translated-statement = Заявление о точности перевода
translated-original-page = Оригинал, страница { $n }
translated-translation-page = Перевод страницы { $n }
translated-no-statement = Переводчик не написал заявление о точности перевода.
translated-lang-en = английский
translated-lang-es = испанский
translated-lang-fr = французский
translated-lang-ar = арабский
translated-lang-zh = китайский
translated-lang-ru = русский

workspace-export = Переведённый документ
workspace-export-recipient = Для кого
workspace-export-overlay = Перевод поверх исходных фрагментов (а не на странице после каждой)
workspace-export-prepare = Подготовить документ
workspace-export-save = Сохранить в PDF…
workspace-export-saved = Сохранено как { $file }; отмечено в деле.

# Travel (issue 18): the trip, its checklist, itinerary and travellers.
kind-trip-title = Поездка
kind-trip-add = Запланировать поездку
field-trip-destination = Куда
field-trip-hospital = Больница
field-trip-visa-type = Виза
field-trip-template = Составлено по шаблону
field-trip-travel = Дата поездки
field-trip-visa = Запись на визу
field-trip-admission = Госпитализация
field-trip-return = Возвращение
field-trip-passport-months = Срок действия паспорта после возвращения (месяцев)
field-trip-one-parent = Ребёнок едет с одним из родителей
field-trip-other-parent-consent = Согласие второго родителя есть в деле
kind-trip-item-title = Список дел к поездке
kind-trip-item-add = Добавить пункт
field-trip-item-trip = Поездка
field-trip-item-title = Что
field-trip-item-rule = Когда
field-trip-item-due = Срок
field-trip-item-done = Сделано
field-trip-item-assignee = Кто
field-trip-item-needs = Нужно
field-trip-item-records = Нужные документы из дела
field-trip-item-after = После
field-trip-item-source = Источник
field-trip-item-check-embassy = Уточнить в посольстве
field-trip-item-note = Заметка
kind-trip-leg-title = Маршрут
kind-trip-leg-add = Добавить в маршрут
field-trip-leg-trip = Поездка
field-trip-leg-leg = Вид
option-leg-flight = Перелёт
option-leg-ground = Наземный транспорт
option-leg-stay = Проживание
option-leg-appointment = Приём
field-trip-leg-title = Что
field-trip-leg-from-place = Откуда
field-trip-leg-starts = Начало (местное время)
field-trip-leg-starts-zone = Часовой пояс там
field-trip-leg-to-place = Куда
field-trip-leg-ends = Конец (местное время)
field-trip-leg-ends-zone = Часовой пояс там
field-trip-leg-reference = Номер брони
field-trip-leg-note = Заметка
kind-traveller-title = Путешественники
kind-traveller-add = Добавить путешественника
field-traveller-trip = Поездка
field-traveller-name = Имя
field-traveller-role = Едет как
option-traveller-role-child = Ребёнок
option-traveller-role-parent = Родитель
option-traveller-role-attendant = Сопровождающий
field-traveller-passport-expiry = Паспорт действителен до
field-traveller-in-invitation = Указан в приглашении
travel-item-passports = Проверить, что паспорта всех путешественников действуют достаточно долго
travel-item-records-sent = Отправить медицинские документы в больницу для заключения
travel-item-quote = Получить план лечения и смету
travel-item-payment-guarantee = Оформить гарантию оплаты или депозит
travel-item-invitation = Получить приглашение больницы с именами ребёнка и сопровождающих
travel-item-other-parent-consent = Согласие второго родителя, если ребёнок едет с одним из родителей
travel-item-visa-application = Подать заявления на визы
travel-item-visa-appointment = Прийти на запись в визовый центр
travel-item-insurance = Оформить медицинскую страховку для поездки
travel-item-flights = Забронировать перелёт (с медицинским разрешением авиакомпании, если нужно)
travel-item-accommodation = Забронировать жильё рядом с больницей
travel-item-interpreter = Найти переводчика для госпитализации и консультаций
travel-item-admission-forms = Заполнить формы госпитализации больницы
travel-item-transfer = Организовать трансфер из аэропорта
travel-item-hand-luggage = Взять в ручную кладь выписку, снимки и лекарства
travel-family = Семья
travel-visa-in = Виза e-Medical (с визами e-Medical Attendant)
travel-visa-tr = Виза для лечения
travel-visa-de = Виза для лечения (шенгенская или национальная)
travel-visa-es = Шенгенская виза для лечения
travel-visa-us = Гостевая виза B-2 для лечения
travel-visa-ae = Разрешение на въезд для лечения
travel-starter = Начальный список Wayfinder
travel-anchor-travel = поездки
travel-anchor-visa = записи на визу
travel-anchor-admission = госпитализации
travel-anchor-return = возвращения
travel-flag-circle = Эти пункты ждут друг друга по кругу, и ни один не может начаться: { $items }. Уберите один из них из списка «после» другого.
travel-flag-in-past = Срок уже прошёл.
travel-flag-before = Стоит раньше пункта «{ $item }», который должен быть сделан до него.
travel-flag-waits = Ждёт, пока будет указана дата { $anchor }.
travel-flag-passport = Паспорт должен действовать как минимум до { $date } ({ $months } мес. после возвращения).
travel-flag-not-invited = Не указан в приглашении больницы.
travel-flag-consent = Ребёнку, который едет с одним из родителей, нужно согласие второго: в деле его ещё нет.
travel-flag-ends-before-start = Заканчивается раньше, чем начинается: проверьте часовые пояса.
travel-flag-time-skipped = Такого местного времени там нет (часы его пропускают): проверьте время.
travel-flag-overlap = В то же время, что и «{ $other }».
travel-flag-before-arrival = Начинается до прибытия «{ $other }».
travel-flag-conflict = Изменено в двух местах одновременно: обе версии хранятся, пока одна не будет сохранена. Проверьте и сохраните ещё раз.
travel-none = Поездка ещё не запланирована.
travel-starter-use = Начать со списка Wayfinder для этой страны (уточняйте каждый пункт в посольстве)
today-travel = Дела к поездкам на сегодня
today-travel-none = Нет пунктов к поездкам со сроком на сегодня.

## The family's travel checklist (a report)
checklist-title = Наша поездка: { $country }
checklist-hospital = Больница
checklist-travel = Вылетаем
checklist-admission = Госпитализация
checklist-return = Возвращаемся
checklist-todo = Что сделать и к какому сроку
checklist-what = Что
checklist-when = До
checklist-who = Кто
checklist-needs = Нужные документы
checklist-no-date = дата будет позже
checklist-bring = Что взять с собой
checklist-passport = Паспорт: { $name }
checklist-journey = Поездка, по местному времени
checklist-local-time = { $date }, { $time } (время: { $place })
checklist-call = Куда звонить
travel-checklist = Список для семьи
travel-checklist-language = На языке
travel-checklist-prepare = Подготовить список для семьи
travel-checklist-recipient = Семья
travel-leg-yours = По вашему времени: { $starts } → { $ends }
travel-leg-starts-time = Время начала там (часы:минуты)
travel-leg-ends-time = Время окончания там (часы:минуты)

## Reminders: how many travel items, never which
travel-reminder-today = { $count ->
    [one] { $count } дело по поездке — срок сегодня.
    [few] { $count } дела по поездке — срок сегодня.
    [many] { $count } дел по поездке — срок сегодня.
   *[other] { $count } дела по поездке — срок сегодня.
}
travel-reminder-late = { $count ->
    [one] { $count } дело по поездке просрочено.
    [few] { $count } дела по поездке просрочены.
    [many] { $count } дел по поездке просрочено.
   *[other] { $count } дела по поездке просрочены.
}
travel-missed = { $count ->
    [one] Пока Wayfinder был заблокирован или закрыт, наступил срок { $count } дела по поездке. Оно есть в разделе «Сегодня».
    [few] Пока Wayfinder был заблокирован или закрыт, наступил срок { $count } дел по поездке. Они есть в разделе «Сегодня».
    [many] Пока Wayfinder был заблокирован или закрыт, наступил срок { $count } дел по поездке. Они есть в разделе «Сегодня».
   *[other] Пока Wayfinder был заблокирован или закрыт, наступил срок { $count } дел по поездке. Они есть в разделе «Сегодня».
}

## The team's travel templates
travel-template-from = Или по шаблону команды
travel-template-none = Нет
travel-template-name = Название шаблона (например: Стамбул, Acibadem)
travel-template-save = Сохранить как шаблон команды
travel-template-saved = Сохранено как шаблон команды «{ $name }».
travel-template-option = { $name } · { $country }
travel-leg-time-example = 19:05

## A trip's item written by hand
travel-rule-before = За { $days } дн. до даты: { $anchor }
travel-rule-after = Через { $days } дн. после даты: { $anchor }
travel-rule-on = В день: { $anchor }
travel-item-edit = Изменить
travel-item-dated-rule = За сколько дней до или после даты поездки
travel-item-dated-date = В определённый день
travel-item-days = Число дней
travel-item-direction = До или после
travel-item-anchor = Какая дата поездки
travel-item-before = до
travel-item-after = после
travel-item-save = Сохранить дело
travel-item-cancel = Отмена

## Coordination: the directory, requests, the communication log
kind-request-title = Запросы
kind-request-add = Новый запрос
field-request-kind = Что запрашивается
field-request-title = Название
field-request-questions = Заданные вопросы
field-request-consent = По согласию
field-request-records = Приложенные документы
field-request-slides-sent = Стёкла или блоки отправлены
field-request-payment-arranged = Гарантия оплаты оформлена
kind-recipient-title = Получатели
kind-recipient-add = Добавить получателя
field-recipient-request = Запрос
field-recipient-institution = Учреждение
field-recipient-institution-name = Учреждение
field-recipient-status = Статус
field-recipient-follow-up = Напомнить
field-recipient-outcome = Итог
kind-dispatch-title = Отправлено
kind-dispatch-add = Отправить
field-dispatch-recipient = Получатель
field-dispatch-packet = Что отправлено
field-dispatch-override-reason = Почему отправлено неполным
kind-communication-title = Журнал связи
kind-communication-add = Записать контакт
field-communication-channel = Способ
field-communication-direction = Направление
field-communication-date = Дата
field-communication-institution-name = Учреждение
field-communication-contact = С кем
field-communication-request = По запросу
field-communication-summary = Кратко
field-communication-records = Приложенные документы
option-request-kind-second-opinion = Второе мнение
option-request-kind-eligibility = Соответствие исследованию
option-request-kind-admission = Госпитализация
option-request-kind-quote = Смета
option-request-status-draft = Черновик
option-request-status-sent = Отправлен
option-request-status-received = Получен
option-request-status-information-requested = Запрошены сведения
option-request-status-accepted = Принят
option-request-status-declined = Отклонён
option-request-status-answered = Получен ответ
option-request-status-cancelled = Отменён
option-direction-incoming = Входящий
option-direction-outgoing = Исходящий
kind-institution-title = Справочник
kind-institution-add = Добавить учреждение
field-institution-name = Название
field-institution-kind = Тип
field-institution-department = Отделение
field-institution-country = Страна
field-institution-city = Город
field-institution-languages = Принимаемые языки
field-institution-turnaround = Обычный срок ответа (дней)
field-institution-email = Эл. почта
field-institution-phone = Телефон
field-institution-note = Заметки
option-institution-kind-hospital = Больница
option-institution-kind-tumour-board = Онкологический консилиум
option-institution-kind-trial-team = Команда исследования
option-institution-kind-laboratory = Лаборатория
option-institution-kind-embassy = Посольство
option-institution-kind-other = Другое
kind-directory-contact-title = Контакты
kind-directory-contact-add = Добавить контакт
field-directory-contact-institution = Учреждение
field-directory-contact-name = Имя
field-directory-contact-role = Должность
field-directory-contact-email = Эл. почта
field-directory-contact-phone = Телефон
field-directory-contact-languages = Языки
field-directory-contact-channel = Удобнее связаться
kind-requirement-title = Что должен содержать запрос
kind-requirement-add = Добавить требование
field-requirement-institution = Учреждение
field-requirement-request-kind = Для запроса типа
field-requirement-need = Должен содержать
field-requirement-language = На языке или в переводе на
option-need-pathology = Гистологическое заключение
option-need-slides = Стёкла или блоки
option-need-imaging = Заключение по визуализации
option-need-imaging-dicom = Снимки в формате DICOM
option-need-molecular = Молекулярное заключение
option-need-lab = Результаты анализов
option-need-treatment-summary = Выписка о лечении
option-need-discharge-letter = Выписной эпикриз
option-need-referral = Направление
option-need-identity = Паспорт или удостоверение личности
option-need-consent = Согласие семьи
option-need-payment-guarantee = Гарантия оплаты

## The directory and a case's requests
directory-intro = Учреждения, с которыми работает команда, их контакты и то, что каждое требует в запросе. Общий для всей команды; без данных пациентов.
directory-no-team = Справочник принадлежит команде: присоединитесь к команде или создайте её.
directory-filter = Поиск по названию, городу или контакту
directory-count = { $count ->
    [one] { $count } учреждение
    [few] { $count } учреждения
    [many] { $count } учреждений
   *[other] { $count } учреждения
}
directory-empty = Учреждений пока нет.
directory-no-requirements = Особых требований пока нет.
directory-any-language = На любом языке
request-need-in = на языке: { $language } или в переводе на него
nav-directory = Справочник
request-none = Запросов пока нет.
request-institution-gone = Больше нет в справочнике
request-waiting = { $days ->
    [one] { $days } день без ответа
    [few] { $days } дня без ответа
    [many] { $days } дней без ответа
   *[other] { $days } дня без ответа
}
request-missing = Не хватает, по требованиям учреждения:
request-sent-on = Отправлено { $date }
request-renamed-since = теперь называется { $title }
request-sent-translation = Перевод на язык: { $language }
today-requests = Ждут ответа
today-requests-none = Нет запросов, ожидающих дольше срока напоминания.
today-follow-up-today = Напомнить сегодня
request-log-none = Пока ничего не записано.
request-log-no-request = Не по запросу
field-recipient-answer = Документы ответа
request-information-task = Отправить в { $institution } то, что там запросили
error-follow-up-past = Эта дата напоминания уже прошла. Выберите сегодня или более поздний день либо оставьте поле пустым, чтобы взять обычный срок ответа учреждения.
request-history = История статусов
request-log-make-task = Создать задачу для продолжения
request-log-task-made = Задача добавлена в задачи дела.
cases-waiting-request = Ждём ответа от { $who }
directory-shown = Показано: { $shown }; воспользуйтесь поиском, чтобы найти остальные
error-directory-columns = В первой строке файла должны быть названия столбцов, как минимум столбец «name» (и по желанию kind, department, country, city, languages, turnaround, email, phone, note, contact_name, contact_role, contact_email, contact_phone). Ничего не добавлено.
error-directory-line = Эту строку не удалось прочитать: в ней не столько ячеек, сколько столбцов в первой строке. Проверьте запятые и кавычки.
error-directory-changed = Файл изменился после предпросмотра. Ничего не добавлено: откройте его снова, чтобы увидеть, что в нём теперь.
error-directory-wrong-lines = { $count ->
    [one] { $count } строка файла содержит ошибку
    [few] { $count } строки файла содержат ошибки
   *[other] { $count } строк файла содержат ошибки
}. Ничего не добавлено: исправьте строки, указанные в предпросмотре, и откройте файл снова.
directory-import = Импорт из файла CSV…
directory-import-open-title = Выберите файл CSV справочника
directory-import-summary = Прочитано строк: { $lines } ({ $encoding }). Будет добавлено учреждений: { $institutions }, контактов: { $contacts }; пропущено: { $leftOut }; с ошибками: { $wrong }.
directory-import-ignored = Неиспользуемые столбцы: { $columns }
directory-import-line = Строка { $line }
directory-import-new = добавляет учреждение
directory-import-contact = добавляет контакт к учреждению из строки { $line }
directory-import-in-directory = уже есть в справочнике: пропущено
directory-import-repeated = то же учреждение, что в строке { $line }: пропущено
directory-import-wrong = ошибка
directory-import-confirm = Добавить в справочник
directory-import-cancel = Отмена
directory-import-fix-first = Пока в файле есть строки с ошибками, ничего добавить нельзя: исправьте файл и откройте его снова.
directory-import-done = Добавлено учреждений: { $institutions }, контактов: { $contacts }.
directory-import-more = …и ещё строк к добавлению: { $count }.
request-follow-up-due = Дата напоминания наступила: запрос будет в разделе «Сегодня», пока не придёт ответ или дата не изменится.
directory-edit = Изменить сведения
directory-conflict = Два участника одновременно изменили поле «{ $field }». Оставьте одно значение:
directory-conflict-keep = Оставить «{ $value }»
field-export-sha256 = SHA-256 файла
request-send-report = Отправленный с ним отчёт
request-send-no-report = Без экспортированного отчёта
request-sent-report = Отчёт { $file }

# The audit log
audit-title = Журнал аудита
audit-none = Пока ничего не записано.
audit-filter-member = Участник
audit-filter-action = Действие
audit-filter-all = Все
audit-col-when = Когда
audit-col-who = Кто
audit-col-what = Что
audit-col-device = Устройство
audit-shown = { $shown } из { $count } записей
audit-whole = Все записи проверены: { $count } подписаны и связаны, пропусков нет.
audit-chain = { $member }, устройство { $device }:
audit-unknown-author = Ключи участника { $member } (устройство { $device }) на этом ноутбуке неизвестны: его записи нельзя проверить. Синхронизируйтесь с командой и откройте дело снова.
audit-finding-altered = запись { $seq } изменена после подписи.
audit-finding-missing = записи с { $seq } по { $to } отсутствуют.
audit-finding-out-of-order = запись { $seq } пришла не по порядку.
audit-finding-forked = две разные записи имеют номер { $seq }: журнал переписан.
audit-finding-held-back = пришло только { $seq } записей, но более позднее изменение ссылается на запись { $to }: сервер удерживает часть записей.
audit-finding-foreign = запись { $seq } относится к журналу другого устройства.
audit-action-unlocked = Разблокировал(а) хранилище
audit-action-unlock-failed = Неудачная разблокировка
audit-action-case-opened = Открыл(а) дело
audit-action-record-viewed = Просмотрел(а) документ
audit-action-field-changed = Изменил(а) материалы дела
audit-action-imported = Импортировал(а) документ
audit-action-exported = Экспортировал(а) из хранилища
audit-action-shared = Открыл(а) доступ к делу
audit-action-unshared = Закрыл(а) доступ участнику
audit-action-member-added = Добавил(а) участника
audit-action-member-removed = Удалил(а) участника

# Interchange: a case as an HL7 FHIR R4 Bundle, out and in.
error-fhir-not-json = Файл не является файлом FHIR (это не JSON). Ничего не импортировано: попросите больницу прислать случай как FHIR R4 Bundle в формате JSON.
error-fhir-not-a-bundle = Файл в формате FHIR, но это не Bundle. Ничего не импортировано: попросите больницу прислать весь случай одним FHIR R4 Bundle.
error-fhir-no-patient = В файле нет пациента, поэтому импортировать некого. Ничего не импортировано: попросите больницу включить ресурс Patient.
error-fhir-changed = Файл изменился после предпросмотра. Ничего не импортировано: откройте его снова, чтобы увидеть, что в нём теперь.
error-fhir-not-confirmed = Подтвердите, что файл относится к тому же ребёнку, прежде чем добавлять его в этот случай. Ничего не импортировано.
option-report-fhir = Случай в формате FHIR
fhir-export-save-title = Сохранить случай как файл FHIR
fhir-import-open-title = Выберите файл FHIR из больницы
fhir-kept-heading = Сохранено из { $file }: то, чему не нашлось места в случае.
fhir-kept-no-place = для этого нет места в случае
fhir-kept-other-patient = относится к другому пациенту
fhir-kept-no-file = его файл не приложен
fhir-kept-bad-file = его файл не удалось декодировать
fhir-kept-another-condition = ещё один диагноз (в случае хранится один)
fhir-kept-fields = поля, которым нет места
fhir-kept-invalid = значения, которые Wayfinder не принимает
fhir-kept-in-case = уже есть в случае
fhir-kept-protected = его файл защищён паролем
fhir-kept-unreadable = его файл не удалось прочитать
fhir-title = Обмен с больничными системами (FHIR)
fhir-export-intro = Случай в виде файла HL7 FHIR R4, который может прочитать система больницы. Выбранное согласие определяет, что в нём видно о ребёнке, как и в отчётах.
fhir-originals = Включить файлы документов
fhir-export = Экспортировать в FHIR…
fhir-exported = Сохранено как { $file }.
fhir-import-case = Добавить файл FHIR в этот случай…
fhir-import-new = Новый случай из файла FHIR…
fhir-preview-title = Что содержит файл
fhir-compare-file = В файле
fhir-compare-case = В этом случае
fhir-not-given = не указано
fhir-same-child = Это тот же ребёнок
fhir-differ = Имя или дата рождения не совпадают. Подтверждайте, только если уверены, что это тот же ребёнок.
fhir-counts = контакты: { $contacts }, лечение: { $treatments }, документы: { $records }, согласия: { $consents }, записанные сообщения: { $communications }
fhir-diagnosis = Диагноз: { $text }
fhir-kept-title = Сохранено в случае как заметки: нет места или не принято
fhir-missing = В файле нет всего, что нужно для нового случая. Заполните:
fhir-import = Импортировать
fhir-cancel = Отмена
fhir-imported = Импортировано: документы — { $records }, записи — { $entities }; сохранено как заметки — { $kept }.

# The disclosure report and its signed statement.
disclosure-title = Передача документов: { $child }
disclosure-title-unnamed = Передача документов ребёнка
disclosure-intro = Каждый отчёт, документ и файл, покинувший этот случай: кому, когда и по какому согласию, с отпечатком SHA-256 каждого отправленного файла, по которому можно проверить полученный файл.
disclosure-when = Когда
disclosure-what = Что
disclosure-to = Кому
disclosure-consent = По согласию
disclosure-file = Файл
disclosure-by = Отправил(а)
disclosure-none = Из этого случая ничего не передавалось.
disclosure-no-consent = не выбрано
disclosure-no-hash = не записан (отправлено до того, как стали хранить отпечатки)
disclosure-family = семья
option-report-disclosure = Отчёт о передаче данных
option-report-statement = Подписанное заявление о передаче (JSON)
statement-save-title = Сохранить подписанное заявление о передаче
reports-statement-export = Экспортировать подписанное заявление (JSON)…
reports-statement-hint = Специалист по защите данных может проверить заявление без хранилища Wayfinder: wayfinder-audit verify STATEMENT.json
field-export-consent = По согласию

# The audit log exported.
audit-col-object = Объект
audit-col-chain = Цепочка
audit-chain-checked = проверена
audit-chain-broken = не проходит проверку: см. выявленное
audit-export-csv = Экспортировать журнал (CSV)…
audit-export-pdf = Экспортировать журнал (PDF)…
audit-export-save-title = Сохранить журнал аудита
audit-exported = Сохранено как { $file }.
audit-pdf-title = Журнал аудита случая: { $child }

# The sealed case archive.
error-archive-not-an-archive = Файл не является архивом случая Wayfinder. Ничего не импортировано: выберите присланный вам файл .wfarchive.
error-archive-too-new = Архив создан более новой версией Wayfinder. Ничего не импортировано: обновите Wayfinder и откройте его снова.
error-archive-wrong-passphrase = Парольная фраза не открывает этот архив. Ничего не импортировано: уточните её у отправителя и попробуйте снова.
error-archive-truncated = Архив обрезан: он пришёл не целиком. Ничего не импортировано: попросите прислать его снова.
error-archive-altered = Архив был изменён после запечатывания. Ничего не импортировано: попросите прислать его снова и сообщите отправителю.
error-archive-case-exists = Этот случай уже есть в вашем хранилище. Ничего не импортировано повторно.
error-archive-refused = В архиве есть правка, которую Wayfinder не примет. Ничего не импортировано: попросите отправителя проверить случай.
option-report-archive = Запечатанный архив случая
archive-save-title = Сохранить запечатанный архив случая
archive-open-title = Выберите запечатанный архив случая
archive-title = Запечатанный архив случая
archive-intro = Весь случай (его данные, документы и журнал аудита) в одном файле, запечатанном парольной фразой. Передайте фразу получателю иначе, чем сам файл.
archive-passphrase = Парольная фраза архива
archive-recipient = Для кого
archive-export = Экспортировать запечатанный архив…
archive-import = Открыть запечатанный архив случая…
archive-exported = Сохранено как { $file }.
error-archive-not-for-you = Этот архив запечатан для другого участника команды: открыть его может только её Wayfinder. Ничего не импортировано: попросите отправителя запечатать архив для вас.
error-archive-unknown-sender = Этот архив запечатал человек, которого нет в списке вашей команды, поэтому проверить отправителя нельзя. Ничего не импортировано: синхронизируйтесь с командой и откройте его снова или попросите архив, запечатанный парольной фразой.
archive-seal-for = Запечатать для
archive-seal-passphrase = Того, кому я передам парольную фразу
archive-member-intro = Архив, запечатанный для участника вашей команды, открывает только её Wayfinder: передавать парольную фразу не нужно.
archive-open-intro = Архив, запечатанный для вас, открывается без парольной фразы.
audit-pdf-vault-title = Журнал аудита этого хранилища: разблокировки и участники команды
audit-vault-title = Собственный журнал хранилища
audit-vault-intro = Разблокировки, неудачные попытки и участники, добавленные в команду или удалённые из неё, на этом ноутбуке. У каждого случая свой журнал на его странице.
