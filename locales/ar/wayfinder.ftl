# Wayfinder: screens and messages, Arabic (Modern Standard Arabic). Every visible string of the app comes from here.
# The same keys exist in every language folder; a test fails when one is missing.

# The language's own name, shown in the language switcher.
language-name = العربية
app-title = Wayfinder
app-tagline = ملفات الحالات للعائلات التي تسعى إلى الحصول على الرعاية في الخارج

## First start: creating the vault

setup-title = إنشاء خزنتك
setup-intro = تُحفظ ملفات حالاتك مشفّرة على هذا الحاسوب، ويُحفظ المفتاح في سلسلة المفاتيح على هذا الحاسوب. وإذا فُقد هذا المفتاح يومًا، فستكون عبارة مرور الاسترداد هي الطريقة الوحيدة للدخول مجددًا.
setup-generated-label = عبارة مرور الاسترداد الخاصة بك
setup-generated-hint = اكتبها على ورقة واحفظها في مكان آمن بعيدًا عن هذا الحاسوب. لا يستطيع أحد، ولا حتى مسؤول فريقك، استردادها نيابةً عنك.
setup-confirm-label = اكتب عبارة المرور مرة أخرى لتأكيد أنك احتفظت بها
setup-own-toggle = اختيار عبارة مرور خاصة بي بدلًا من ذلك
setup-generated-toggle = استخدام عبارة مرور مُولَّدة
setup-own-label = عبارة مرور الاسترداد الخاصة بك
setup-own-hint = الحد الأدنى لعدد الأحرف: { $min }. الكلمات المتعددة غير المترابطة أسهل في التذكر وأصعب في التخمين.
setup-create = إنشاء الخزنة
setup-creating = جارٍ إنشاء الخزنة…
setup-mismatch = عبارتا المرور غير متطابقتين. تحقق من كلتيهما واكتبهما مرة أخرى.
setup-new-suggestion = اقتراح عبارة أخرى

## Unlocking

unlock-title = الخزنة مقفلة
unlock-intro = لا يُعرض أي شيء من أي حالة ما دامت الخزنة مقفلة.
unlock-with-keychain = فتح القفل
unlock-passphrase-label = عبارة مرور الاسترداد
unlock-with-passphrase = فتح القفل باستخدام عبارة المرور
unlock-reason-keychain-missing = لا تحتوي سلسلة المفاتيح على هذا الحاسوب على أي مفتاح لهذه الخزنة: ربما حُذف المفتاح، أو أن هذا حاسوب جديد. أدخل عبارة مرور الاسترداد، وبعد ذلك سيُحفظ المفتاح في سلسلة المفاتيح من جديد.
unlock-reason-keychain-mismatch = المفتاح الموجود في سلسلة المفاتيح على هذا الحاسوب لا يخص هذه الخزنة. أدخل عبارة مرور الاسترداد، وبعد ذلك سيُحفظ المفتاح الصحيح في سلسلة المفاتيح.
unlock-reason-keychain-locked = سلسلة المفاتيح على هذا الحاسوب مقفلة. افتح قفلها (مثلًا بتسجيل الدخول إلى سطح المكتب مرة أخرى) ثم اضغط على «فتح القفل»، أو أدخل عبارة مرور الاسترداد.
unlock-reason-keychain-unavailable = تعذّر الوصول إلى أي سلسلة مفاتيح على هذا الحاسوب. أدخل عبارة مرور الاسترداد لفتح قفل الخزنة.
unlock-keychain-stored-again = حُفظ مفتاح الخزنة في سلسلة المفاتيح من جديد.
unlock-keychain-not-stored = فُتح قفل الخزنة، لكن تعذّر حفظ مفتاحها في سلسلة المفاتيح؛ ستحتاج إلى عبارة المرور في المرة القادمة.

## The window's frame

nav-cases = الحالات
nav-settings = الإعدادات
lock-now = قفل
lock-shortcut-hint = قفل الخزنة الآن (Ctrl+L)

## Cases

cases-title = الحالات
cases-empty = لا توجد حالات بعد. أنشئ حالة لكل عائلة ترافقها.
cases-count = { $count ->
    [zero] لا توجد حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالة
   *[other] { $count } حالة
}
case-new = حالة جديدة
case-create = إنشاء الحالة
case-cancel = إلغاء
case-back = جميع الحالات
case-title = الحالة
case-created = تاريخ الفتح: { $date }
case-updated = آخر تغيير: { $date }
case-saving = جارٍ الحفظ…
case-saved = تم الحفظ
case-save-failed = لم يتم الحفظ
case-child = الطفل
field-child-name = اسم الطفل
field-date-of-birth = تاريخ الميلاد
field-country = البلد
field-country-choose = اختر بلدًا
field-languages = اللغات المحكية
field-languages-add = إضافة لغة
field-languages-remove = إزالة { $language }
field-age = { $years ->
    [zero] العمر: أقل من سنة
    [one] العمر: سنة واحدة
    [two] العمر: سنتان
    [few] العمر: { $years } سنوات
    [many] العمر: { $years } سنة
   *[other] العمر: { $years } سنة
}

## Settings

settings-title = الإعدادات
settings-language = لغة الواجهة
settings-auto-lock = قفل الخزنة بعد هذا العدد من الدقائق دون أي نشاط
settings-auto-lock-unit = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
settings-saved = تم حفظ الإعدادات

## Errors. Each says what happened and what to do next; none ever contains a key, a passphrase
## or anything about a patient.

error-wrong-key = المفتاح الموجود في سلسلة المفاتيح على هذا الحاسوب لا يفتح هذه الخزنة. افتح القفل باستخدام عبارة مرور الاسترداد.
error-wrong-passphrase = عبارة المرور هذه لا تفتح هذه الخزنة. تحقق منها (المسافات والأحرف الكبيرة مهمة) ثم حاول مرة أخرى.
error-keychain-missing = لا تحتوي سلسلة المفاتيح على هذا الحاسوب على أي مفتاح لهذه الخزنة. افتح القفل باستخدام عبارة مرور الاسترداد.
error-keychain-mismatch = المفتاح الموجود في سلسلة المفاتيح على هذا الحاسوب لا يخص هذه الخزنة. افتح القفل باستخدام عبارة مرور الاسترداد.
error-keychain-locked = سلسلة المفاتيح على هذا الحاسوب مقفلة. افتح قفلها ثم حاول مرة أخرى، أو استخدم عبارة مرور الاسترداد.
error-keychain-unavailable = تعذّر الوصول إلى أي سلسلة مفاتيح على هذا الحاسوب. استخدم عبارة مرور الاسترداد.
error-not-a-vault = يحتوي مجلد الخزنة على ملفات ليست خزنة Wayfinder. لم يتم تغيير أي شيء. انقل هذا المجلد إلى مكان آخر أو استعده من نسخة احتياطية، ثم شغّل Wayfinder من جديد.
error-vault-damaged = الخزنة تالفة ولا يمكن فتحها بأمان. لم يتم تغيير أي شيء. استعدها من نسخة احتياطية أو اطلب المساعدة من مسؤول فريقك.
error-vault-too-new = أُنشئت هذه الخزنة بإصدار أحدث من Wayfinder. ثبّت أحدث إصدار لفتحها؛ لم يتم تغيير أي شيء.
error-vault-exists = توجد خزنة بالفعل على هذا الحاسوب. افتح قفلها بدلًا من إنشاء خزنة جديدة.
error-vault-locked = الخزنة مقفلة. افتح قفلها ثم حاول مرة أخرى.
error-disk-full = القرص ممتلئ، لذلك لم يُحفظ أي شيء. حرّر بعض المساحة ثم حاول مرة أخرى.
error-storage-failed = تعذّرت القراءة من الخزنة أو الكتابة فيها. لم يُفقد أي شيء؛ حاول مرة أخرى، وإذا تكرر ذلك فأعد تشغيل Wayfinder.
error-passphrase-too-short = عبارة المرور قصيرة جدًا: يجب ألا يقل عدد أحرفها عن { $min }.
error-passphrase-too-guessable = من السهل تخمين عبارة المرور هذه. استخدم عدة كلمات غير مترابطة، أو عبارة المرور المقترحة.
error-case-not-found = لم تعد هذه الحالة موجودة في الخزنة. ارجع إلى قائمة الحالات.
error-invalid-request = أرسل التطبيق طلبًا ما كان ينبغي أن يرسله. أعد تشغيل Wayfinder؛ وإذا تكرر ذلك فأبلغ مسؤول فريقك.
error-name-empty = أدخل اسم الطفل.
error-name-too-long = الاسم طويل جدًا: يجب ألا يتجاوز عدد أحرفه { $max }.
error-name-control-characters = يحتوي الاسم على أحرف تحكم غير مرئية. اكتبه مرة أخرى.
error-date-invalid = أدخل تاريخًا موجودًا فعلًا.
error-travel-rule-invalid = اكتب موعد البند بعدد الأيام قبل أحد تواريخ الخطة أو بعده (السفر، موعد التأشيرة، الدخول إلى المستشفى، العودة)، بحد أقصى سنتين.
error-travel-zone-unknown = هذه المنطقة الزمنية غير معروفة. اختر منطقة المكان من القائمة (مثل Europe/Istanbul).
error-travel-time-skipped = هذا الوقت غير موجود هناك: تتخطاه الساعات عند بدء التوقيت الصيفي. تحقق من الوقت في التذكرة أو الرسالة.
error-travel-circular = هذه البنود ينتظر بعضها بعضاً في حلقة، فلا يمكن لأي منها أن يبدأ. أزل أحدها من قائمة «بعد» لبند آخر.
error-date-of-birth-in-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
error-date-of-birth-too-early = يجب أن يكون تاريخ الميلاد في عام { $min_year } أو بعده.
error-country-unknown = اختر بلدًا من القائمة.
error-language-unknown = اختر اللغات من القائمة.
error-languages-empty = أضف لغة واحدة على الأقل تتحدثها العائلة.
error-value-empty = لا يمكن ترك هذا الحقل فارغًا.
error-text-too-long = النص طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
error-choice-unknown = اختر أحد الخيارات من القائمة.
error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
error-phone-invalid = أدخل رقم هاتف مع رمز البلد، مثل ‎+971 50 123 4567.
error-code-invalid = هذا الرمز غير صالح. تحقق من صيغته (مثل C71.6، أو 9470/3 لرمز الشكل النسيجي).
error-stage-refused = لا يمكن نقل الحالة إلى هذه المرحلة من مرحلتها الحالية. اختر إحدى المراحل المعروضة.
error-request-status-refused = لا يمكن نقل الطلب إلى هذه الحالة من حالته الحالية (الطلب الذي أُجيب عنه أو رُفض أو أُلغي نهائي). اختر إحدى الحالات المعروضة.

## The case file: sections, fields, choices

section-child = الطفل
section-diagnosis = التشخيص
section-coordination = التنسيق
section-stage = المرحلة
kind-contact-title = أولياء الأمور وجهات الاتصال
kind-contact-add = إضافة جهة اتصال
kind-treatment-title = السجل العلاجي
kind-treatment-add = إضافة خطوة علاجية
kind-question-title = أسئلة للأطباء المراجِعين
kind-question-add = إضافة سؤال
kind-consent-title = الموافقات
kind-consent-add = إضافة موافقة
kind-task-title = المهام
kind-task-add = إضافة مهمة
kind-note-title = الملاحظات
kind-note-add = إضافة ملاحظة
entity-add = إضافة
entity-delete = حذف
entity-none = لا يوجد شيء بعد.
field-case-stage = المرحلة
field-case-child-name = اسم الطفل
field-case-child-date-of-birth = تاريخ الميلاد
field-case-child-sex = الجنس
field-case-child-country = البلد
field-case-child-languages = اللغات المحكية
field-case-diagnosis-text = التشخيص كما ورد في السجلات الطبية
field-case-diagnosis-icd10 = رمز ICD-10
field-case-diagnosis-topography = الموضع التشريحي وفق ICD-O-3
field-case-diagnosis-morphology = الشكل النسيجي وفق ICD-O-3
field-case-diagnosis-risk-group = فئة الخطورة
field-case-assignee = المنسق المسؤول
field-case-waiting-on = بانتظار
field-contact-name = الاسم
field-contact-relation = العلاقة بالطفل
field-contact-phone = الهاتف
field-contact-email = البريد الإلكتروني
field-contact-language = اللغة
field-contact-channel = وسيلة التواصل المفضلة
field-treatment-what = العلاج
field-treatment-where = المكان
field-treatment-from = تاريخ البدء
field-treatment-to = تاريخ الانتهاء
field-treatment-outcome = النتيجة
field-question-text = السؤال
field-consent-what = ما يجوز مشاركته
field-consent-recipient = مع مَن
field-consent-until = سارية حتى
field-task-title = المهمة
field-task-due = تاريخ الاستحقاق
field-task-assignee = مُسندة إلى
field-task-done = مكتملة
field-note-text = الملاحظة
option-none = غير محدد
option-sex-female = أنثى
option-sex-male = ذكر
option-sex-other = آخر
option-sex-unknown = غير معروف
option-channel-phone = مكالمة هاتفية
option-channel-sms = رسالة نصية
option-channel-whatsapp = WhatsApp
option-channel-email = البريد الإلكتروني
option-channel-in-person = حضوريًا
stage-inquiry = الاستفسار
stage-intake = التسجيل
stage-records = السجلات الطبية
stage-review = المراجعة
stage-matching = اختيار المستشفى
stage-travel = السفر
stage-treatment = العلاج
stage-follow-up = المتابعة
stage-closed = مغلقة
stage-move-to = نقل إلى: { $stage }
stage-history-title = سجل المراحل
stage-history-entry = { $stage }: { $date }، المستخدم: { $author }
author-you = أنت
author-member = العضو { $id }

## Conflicts

conflict-title = كُتبت هذه النسخ دون أن تطّلع إحداها على الأخرى. اختر النسخة الصحيحة.
conflict-version = الكاتب: { $author }، التاريخ: { $date }
conflict-keep = الاحتفاظ بهذه النسخة
conflict-cleared = (أُفرغ الحقل)
conflict-deleted = حذف { $author } هذا العنصر في { $date } بينما كان يُعدَّل هنا. احتفظ به مع التعديلات، أو أكِّد الحذف.
conflict-keep-entity = الاحتفاظ به
conflict-delete-entity = حذفه

## The case list's filters

cases-search = البحث عن حالة بالاسم
cases-filter-stage = المرحلة
cases-filter-country = البلد
cases-filter-assignee = المنسق
cases-filter-any = الكل
cases-none-match = لا توجد حالة تطابق عوامل التصفية هذه.
cases-conflicts = { $count ->
    [zero] لا توجد تعارضات بحاجة إلى حل
    [one] تعارض واحد بحاجة إلى حل
    [two] تعارضان بحاجة إلى حل
    [few] { $count } تعارضات بحاجة إلى حل
    [many] { $count } تعارضًا بحاجة إلى حل
   *[other] { $count } تعارض بحاجة إلى حل
}

## Today

nav-today = اليوم
today-title = اليوم
today-tasks = المهام المستحقة والمتأخرة
today-tasks-none = لا توجد مهام مستحقة.
today-tasks-shown = المعروض { $shown } من { $total }
today-tasks-more = عرض المزيد
today-due-today = مستحقة اليوم
today-overdue = { $days ->
    [zero] لا تأخير
    [one] متأخرة يومًا واحدًا
    [two] متأخرة يومين
    [few] متأخرة { $days } أيام
    [many] متأخرة { $days } يومًا
   *[other] متأخرة { $days } يوم
}
today-waiting = حالات بانتظار أحد الأطراف
today-waiting-none = لا توجد حالة بانتظار أي طرف.
today-waiting-on = بانتظار: { $who }
today-consents = موافقات تنتهي قريبًا
today-consents-none = لا تنتهي أي موافقة خلال الثلاثين يومًا القادمة.
today-translations = مستندات للترجمة
today-translations-none = لا مستند ينتظر الترجمة.
today-consent-expired = انتهت في { $date }
today-consent-ends-today = تنتهي اليوم
today-consent-ends = { $days ->
    [zero] تنتهي اليوم
    [one] تنتهي غدًا
    [two] تنتهي بعد يومين
    [few] تنتهي بعد { $days } أيام
    [many] تنتهي بعد { $days } يومًا
   *[other] تنتهي بعد { $days } يوم
}

## Undo

undo = تراجع
undo-hint = التراجع عن آخر تغيير أجريته (Ctrl+Z)
undo-nothing = لا يوجد ما يمكن التراجع عنه.

## Records: importing, the list, the viewer

kind-record-title = السجلات الطبية
kind-record-add = إضافة سجل
field-record-title = العنوان
field-record-category = الفئة
field-record-date = تاريخ الوثيقة
field-record-institution = الجهة المُصدِرة
field-record-language = لغة الوثيقة
field-record-content = الملف الأصلي
option-category-pathology = علم الأمراض (الباثولوجيا)
option-category-imaging = التصوير الطبي
option-category-lab = نتائج المختبر
option-category-biomarker = المؤشرات الحيوية والتحاليل الجينية
option-category-treatment-summary = ملخص العلاج
option-category-discharge-letter = تقرير الخروج من المستشفى
option-category-referral = خطاب الإحالة
option-category-identity-travel = الهوية والسفر
option-category-consent = الموافقة
option-category-other = أخرى
records-import-files = استيراد ملفات…
records-import-folder = استيراد مجلد…
records-drop-hint = يمكنك أيضًا إفلات ملفات أو مجلدات (مثل قرص مدمج لصور الأشعة) في أي مكان من هذه النافذة.
records-drop-active = أفلِت الملفات لاستيرادها إلى هذه الحالة.
records-category = فئة هذه الملفات
records-category-suggest = اقتراح فئة من محتوى كل ملف
records-allow-duplicate = استيراد الملفات الموجودة في الخزنة على أي حال
records-none = لا توجد سجلات بعد. استورد ملفات أو أفلِتها على هذه النافذة.
records-documents = الوثائق
records-studies = دراسات التصوير الطبي
record-pages = { $pages ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحة
   *[other] { $pages } صفحة
}
record-images = { $count ->
    [zero] لا صور
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
}
import-starting = جارٍ تجهيز الملفات…
import-status = الملف { $n } من { $total }: { $title }
import-cancel = إلغاء الاستيراد
import-finished = { $imported ->
    [0] لم يُستورد أي ملف.
    [one] تم استيراد ملف واحد.
    [two] تم استيراد ملفين.
    [few] تم استيراد { $imported } ملفات.
    [many] تم استيراد { $imported } ملفًا.
   *[other] تم استيراد { $imported } ملف.
}
import-cancelled = أُلغي الاستيراد: تم استيراد { $imported }، ولم يُستورد الباقي.
import-password-label = كلمة مرور ملف PDF هذا
import-retry = إعادة المحاولة
import-skip = تخطي
import-anyway = الاستيراد على أي حال
import-suggested = اقتُرحت الفئة واللغة من محتوى الملف: راجعهما وغيّرهما إن لزم، ثم أكّد.
import-confirm = تأكيد
import-already-in = موجود في الخزنة باسم «{ $title }» في حالة { $case }
viewer-close = إغلاق
viewer-printing = تجهيز الصفحات للطباعة: { $n } من { $total }
viewer-print-hint = طباعة المستند (Ctrl+P)
viewer-print = طباعة…
viewer-loading = جارٍ التحميل…
viewer-prev = الصفحة السابقة
viewer-next = الصفحة التالية
viewer-page-indicator = الصفحة { $n } من { $total }
viewer-image-indicator = الصورة { $n } من { $total }
viewer-go = الانتقال إلى الصفحة
viewer-zoom-in = تكبير
viewer-zoom-out = تصغير
viewer-zoom = { $percent }٪
viewer-zoom-fit = ملاءمة العرض
viewer-rotate = تدوير
viewer-matches = { $count ->
    [0] لا توجد نتائج مطابقة في هذه الصفحة
    [one] نتيجة مطابقة واحدة في هذه الصفحة
    [two] نتيجتان مطابقتان في هذه الصفحة
    [few] { $count } نتائج مطابقة في هذه الصفحة
    [many] { $count } نتيجة مطابقة في هذه الصفحة
   *[other] { $count } نتيجة مطابقة في هذه الصفحة
}
viewer-page-alt = الصفحة { $n }
viewer-thumbnails = الصفحات
viewer-thumbnail = الانتقال إلى الصفحة { $n }
viewer-close-hint = إغلاق (Escape)
viewer-toolbar = أدوات الصفحة
viewer-fit = حجم الصفحة
viewer-fit-page = ملاءمة الصفحة
viewer-actual-size = الحجم الفعلي
viewer-find = البحث في هذا المستند
viewer-find-prev = الصفحة السابقة التي فيها تطابق
viewer-find-next = الصفحة التالية التي فيها تطابق
viewer-find-none = غير موجود في هذا المستند
viewer-find-pages = صفحة التطابق { $n } من { $count }
viewer-find-count = { $count ->
    [zero] لا توجد صفحات فيها تطابق
    [one] صفحة واحدة فيها تطابق
    [two] صفحتان فيهما تطابق
    [few] { $count } صفحات فيها تطابق
   *[other] { $count } صفحة فيها تطابق
}
dicom-window-own = نافذة الملف الخاصة
dicom-window-center = مركز النافذة: { $value }
dicom-window-width = عرض النافذة: { $value }
dicom-window-reset = العودة إلى نافذة الملف الأصلية
dicom-image = الصورة
dicom-series = السلسلة
dicom-modality = طريقة التصوير
dicom-instance = رقم الصورة في السلسلة
dicom-size = الصفوف × الأعمدة
dicom-transfer-syntax = صيغة النقل

## Search

nav-search = البحث
search-title = البحث
search-label = البحث في جميع الحالات وجميع الوثائق
search-case-label = البحث في هذه الحالة
search-searching = جارٍ البحث…
search-none = لم يُعثر على أي نتيجة.
search-hit-page = { $title }، الصفحة { $page }

# Records: import and viewing errors

error-record-missing = لم يصل ملف هذا السجل إلى هذه الخزنة بعد. حاول مرة أخرى بعد المزامنة التالية.
error-import-busy = هناك عملية استيراد جارية بالفعل. انتظر حتى تنتهي أو ألغِها، ثم حاول مرة أخرى.
error-import-empty = هذا الملف فارغ. اطلب من العائلة إرساله مرة أخرى.
error-import-not-supported = هذا الملف ليس ملف PDF ولا صورة فوتوغرافية أو ممسوحة ضوئيًا (JPEG أو PNG أو TIFF) ولا صورة DICOM، لذلك لا يمكن استيراده. اطلبه بإحدى هذه الصيغ.
error-import-too-large = هذا الملف أكبر من أن يُستورد (أكثر من 4 غيغابايت). اطلبه مقسّمًا إلى أجزاء أصغر.
error-import-unreadable = تعذّرت قراءة هذا الملف. تحقق من أنه لا يزال في مكانه ومن أنه يحق لك فتحه، ثم حاول مرة أخرى.
error-pdf-engine-missing = محرك PDF غير موجود في هذا التثبيت. أعد تثبيت Wayfinder.
error-pdf-unreadable = ملف PDF هذا تالف أو ليس ملف PDF. اطلب من العائلة أو المستشفى إرساله مرة أخرى.
error-pdf-password-required = ملف PDF هذا محمي بكلمة مرور. أدخل كلمة المرور لاستيراده، أو تخطَّه.
error-pdf-password-wrong = لم تُقبل كلمة المرور هذه. تحقق منها ثم حاول مرة أخرى، أو تخطَّ هذا الملف.
error-pdf-unsupported-security = يستخدم ملف PDF هذا نوعًا من الحماية لا يمكن فتحه. اطلب نسخة غير محمية.
error-pdf-no-such-page = هذه الصفحة غير موجودة في المستند.
error-pdf-not-open = أُغلق المستند. افتحه مرة أخرى.
error-pdf-render-failed = تعذّر عرض هذه الصفحة. جرّب مستوى تكبير آخر، أو افتح المستند مرة أخرى.
error-pdf-engine-stopped = توقف محرك PDF. أعد تشغيل Wayfinder.
error-image-damaged = هذه الصورة تالفة أو ناقصة. اطلب من العائلة إرسالها مرة أخرى.
error-image-too-large = هذه الصورة أكبر من أن تُعرض. اطلب نسخة أصغر منها.
error-image-unsupported = هذا النوع من الصور غير مدعوم بعد. اطلبها بصيغة JPEG أو PDF.
error-image-no-such-page = هذه الصفحة غير موجودة في الصورة.
error-dicom-not-dicom = هذا الملف ليس صورة DICOM.
error-dicom-damaged = ملف DICOM هذا تالف أو ناقص. اطلب من المستشفى نسخة جديدة من القرص المدمج.
error-dicom-codec-unsupported = طريقة ضغط هذه الصورة غير مدعومة بعد. تفاصيلها معروضة في القائمة؛ ولرؤية الصورة اطلب من المستشفى نسخة غير مضغوطة.
error-dicom-no-image = لا يحتوي ملف DICOM هذا على أي صورة (قد يكون خطة علاج أو تقريرًا).
import-imported = تم الاستيراد.
import-duplicate = موجود بالفعل في هذه الخزنة: { $places }.

## Reports: the case summary, in the reader's language
report-summary-title = ملخص الحالة لطلب رأي ثانٍ
report-child = المريض
report-diagnosis = التشخيص
report-status = الوضع الحالي
report-timeline = العلاج حتى الآن
report-treatment = العلاج
report-place = المكان
report-dates = التواريخ
report-outcome = النتيجة
report-questions = أسئلة للمراجعين
report-enclosed = المستندات المرفقة
report-record = المستند
report-category = الفئة
report-date = التاريخ
report-pages = الصفحات
report-coordinator = جهة الاتصال
report-none = لا يوجد شيء مسجّل.
report-page = الصفحة { $n } من { $total }
report-name = الاسم
report-date-of-birth = تاريخ الميلاد
report-sex = الجنس
report-country = البلد
report-withheld = محجوب (لا توجد موافقة لهذا المستلم)
report-not-recorded = غير مسجل
report-diagnosis-text = التشخيص
report-icd10 = ICD-10
report-topography = الموضع حسب ICD-O-3
report-morphology = الشكل النسيجي حسب ICD-O-3
report-risk-group = فئة الخطورة
report-prepared = أُعدّ في { $date }
report-date-pattern = %-d %B %Y
error-report-font-missing = أحد خطوط التقارير مفقود. أعد تشغيل الإعداد لتثبيته ثم حاول مجددًا.
error-report-template = تعذّر تنسيق التقرير. يرجى الإبلاغ عن هذه المشكلة؛ لم يتغير شيء في الحالة.
error-report-pdf = تعذّرت كتابة التقرير بصيغة PDF. حاول مجددًا؛ لم يتغير شيء في الحالة.

## Reports in the app: preparing, previewing, exporting; the log of what was sent
kind-export-title = التقارير المرسلة
kind-export-add = تسجيل تقرير مرسل
field-export-report = التقرير
field-export-recipient = أُرسل إلى
field-export-language = اللغة
field-export-records = المستندات المرفقة
field-export-pages = الصفحات
field-export-file = الملف
option-report-summary = ملخص الحالة
option-report-packet = ملف المراجعة
option-report-record = مستند واحد بصيغته الأصلية
option-report-translation = مستند مترجم
option-report-xliff = مقاطع مستند (XLIFF)
option-report-tmx = ذاكرة ترجمة (TMX)
option-report-checklist = قائمة سفر العائلة
field-consent-identity = الهوية التي يجوز أن تظهرها التقارير
option-identity-full = الاسم وتاريخ الميلاد
option-identity-initials = الأحرف الأولى فقط
option-identity-none = لا شيء يكشف هوية الطفل
report-age = العمر
report-age-years = { $years ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
   *[other] { $years } سنة
}
reports-title = التقارير
reports-kind = التقرير
reports-language = لغة القارئ
reports-consent = المستلم، بموجب موافقة الأسرة
reports-no-consent = جهة بلا موافقة (لا يُذكر اسم الطفل)
reports-consent-option = { $recipient }: { $identity }
reports-consent-expired = { $recipient }: منتهية
reports-recipient = من يستلمه
reports-records = المستندات المرفقة، بهذا الترتيب
reports-records-none = لا توجد مستندات في هذه الحالة بعد.
reports-record-unsupported = لا يمكن إرفاقه بملف المراجعة؛ أرسله منفصلًا (التقرير: مستند واحد بصيغته الأصلية).
reports-move-up = نقل إلى الأعلى
reports-move-down = نقل إلى الأسفل
reports-prepare = تحضير المعاينة
reports-preparing = جارٍ التحضير…
reports-shows = ما يظهر عن الطفل: { $identity }
reports-export = تصدير…
reports-exported = صُدِّر باسم { $file } وسُجِّل في هذه الحالة.
reports-contact-missing = بيانات الاتصال الخاصة بك غير محددة: لن يعرف القارئ بمن يتصل. أضفها في الإعدادات.
reports-history = المرسلة
reports-history-entry = { $date }: { $report } باللغة { $language } إلى { $recipient }
reports-history-none = لم يُصدَّر أي تقرير من هذه الحالة بعد.
reports-save-title = تصدير التقرير
interchange-xliff-save-title = تصدير المقاطع بصيغة XLIFF
interchange-tmx-save-title = تصدير الذاكرة بصيغة TMX
interchange-xliff-open-title = قراءة ملف XLIFF مترجم
interchange-tmx-open-title = إضافة ذاكرة TMX
record-export-folder-title = اسم المجلد الجديد للدراسة
record-export-title = تصدير المستند
reports-history-record = { $date }: { $title } (الأصل) إلى { $recipient }
reports-record-export = تصدير المستند…
reports-record-original = يُرسَل الأصل كما أرسلته الأسرة، بكل ما فيه من أسماء وتواريخ؛ ويُرسَل ملف PDF المحمي دون كلمة مروره؛ وتصبح دراسة DICOM مجلدًا يضم ملفات صورها.
reports-record-choose = المستند المُرسَل
settings-contact-title = بيانات الاتصال الخاصة بك في التقارير
settings-contact-hint = تُطبع على كل ملخص وكل ملف مراجعة، ليعرف المراجعون بمن يتصلون.
settings-contact-name = الاسم
settings-contact-organisation = الجهة
settings-contact-email = البريد الإلكتروني
settings-contact-phone = الهاتف
error-report-consent-expired = انتهت صلاحية هذه الموافقة، فلا يجوز إرسال شيء بموجبها. جدّدها مع الأسرة أو اختر مستلمًا آخر.
error-report-conflict = لأحد حقول هذه الحالة المستخدمة في التقرير نسختان. اختر النسخة الصحيحة في ملف الحالة ثم حضّر التقرير مجددًا.
error-report-recipient-missing = حدّد من يستلم التقرير.
error-report-record-unsupported = لا يمكن إرفاق أحد المستندات المحددة بملف المراجعة (صورة TIFF ممسوحة أو دراسة DICOM). ألغِ تحديده وأرسله منفصلًا.
error-report-not-prepared = لا يوجد تقرير لعرضه أو تصديره. حضّر المعاينة مجددًا.
error-export-not-allowed = لا يُسمح لـ Wayfinder بالكتابة في هذا المجلد. اختر مجلدًا آخر ثم صدّر مجددًا.
error-export-failed = تعذّرت كتابة التقرير هناك. اختر مجلدًا آخر ثم صدّر مجددًا؛ لم يُسجَّل شيء في الحالة.
error-export-exists = يوجد بالفعل شيء بهذا الاسم. اختر اسمًا آخر ثم صدّر مجددًا؛ لم يُسجَّل شيء في الحالة.
error-print-failed = تعذّر فتح نافذة الطباعة. حاول مجددًا؛ وإن استمر الخطأ فصدّر المستند واطبعه من قارئ PDF لديك.

## Team sync errors
error-team-not-joined = لم تنضم هذه الخزنة إلى فريق بعد. انضم أولاً إلى خادم فريقك من قسم الفريق.
error-team-already-joined = هذه الخزنة تنتمي إلى فريق بالفعل. تنضم الخزنة إلى فريق واحد فقط.
error-team-not-in-roster = هذا الشخص ليس في قائمة أعضاء فريقك بعد. اطلب من أحد المسؤولين إضافته، ثم حاول مرة أخرى.
error-sync-bad-signature = شيء أرسله الخادم غير موقّع من أحد أعضاء فريقك. وُضع جانباً ولم يُطبَّق. أبلغ مسؤول فريقك.
error-sync-undecryptable = شيء أرسله الخادم لا يمكن فتحه بمفاتيحك. وُضع جانباً. اطلب ممن شارك الحالة أن يشاركها مرة أخرى.
error-sync-malformed = أرسل الخادم شيئاً تالفاً. وُضع جانباً ولم يُطبَّق. أبلغ مسؤول فريقك.
error-sync-unknown-author = شيء أرسله الخادم صادر عن شخص ليس في قائمة أعضاء فريقك. وُضع جانباً. أبلغ مسؤول فريقك.
error-sync-mismatch = شيء أرسله الخادم لا يطابق ما يدّعي أنه هو. وُضع جانباً. أبلغ مسؤول فريقك.
error-sync-roster-broken = قائمة الأعضاء التي أرسلها الخادم غير موقّعة من مسؤولي فريقك. لم يتغير شيء. أبلغ مسؤول فريقك وقارنوا البصمات بصوت عالٍ.
error-sync-not-admin = لا يستطيع تغيير أعضاء الفريق إلا أحد مسؤوليه.
error-sync-no-randomness = لم يوفّر الحاسوب أرقاماً عشوائية لإنشاء مفتاح جديد. أعد تشغيل Wayfinder وحاول مرة أخرى.
error-link-bad-address = هذا ليس عنوان خادم. اكتبه كما أعطاك إياه مسؤول فريقك، مثلاً https://sync.example.org.
error-link-plain-http = يبدأ هذا العنوان بـ http://، لذا لن يكون الاتصال بحاسوب آخر مشفّراً. استخدم العنوان الذي يبدأ بـ https:// أو أكّد أنك تريد http غير المشفّر.
error-link-bad-code = تعذّرت قراءة هذا الرمز. تحقّق من كل حرف (حروف وأرقام فقط؛ الشرطات والمسافات لا تهم) أو اطلب الرمز مرة أخرى.
error-link-wrong-code = هذا نوع آخر من الرموز. استخدم رمز الإنشاء لإنشاء الفريق ورمز الدعوة للانضمام إليه.
error-link-offline = تعذّر الوصول إلى خادم الفريق. عملك محفوظ على هذا الحاسوب وسيُرسل عند عودة الاتصال.
error-link-version = يستخدم خادم الفريق إصداراً آخر من بروتوكول المزامنة. حدّث Wayfinder أو اطلب من مسؤول الفريق تحديث الخادم.
error-link-protocol = أجاب العنوان، لكن ليس كخادم Wayfinder. تحقّق من العنوان مع مسؤول فريقك.
error-server-refused = رفض خادم الفريق الطلب. حاول لاحقاً، وإن تكرر ذلك فأبلغ مسؤول فريقك.
error-server-code-not-valid = هذا الرمز غير صالح: سبق استخدامه أو انتهت صلاحيته أو أنه لفريق آخر. اطلب دعوة جديدة.
error-server-too-many-attempts = جُرِّبت رموز خاطئة كثيرة لهذا الفريق مؤخراً، لذا لن يتحقق الخادم من الرموز لبضع دقائق. تحقق من الرمز الذي أُعطي لك وحاول مرة أخرى بعد عشر دقائق.
error-server-not-a-member = لم يعد خادم الفريق يعدّك عضواً في هذا الفريق. راجع مسؤول فريقك.
error-server-not-an-admin = لا يستطيع القيام بهذا إلا أحد مسؤولي الفريق.
error-server-not-logged-in = انتهت الجلسة مع خادم الفريق. حاول مرة أخرى.
error-server-no-such-workspace = لا يعرف الخادم هذا الفريق. تحقّق من العنوان والرمز مع مسؤول فريقك.
error-server-workspace-exists = سبق إنشاء هذا الفريق بهذا الرمز. اطلب رمزاً جديداً من مسؤول الخادم أو انضم بدعوة.
error-server-roster-version = غيّر شخص آخر أعضاء الفريق في الوقت نفسه. زامن ثم حاول مرة أخرى.
error-server-name-not-valid = اكتب اسمك كما يجب أن يراه الفريق (80 حرفاً على الأكثر).
error-server-storage-failed = تعذّر على خادم الفريق حفظ ما أُرسل. لم يضع شيء هنا وسيُرسل مرة أخرى. أبلغ المسؤول إن تكرر ذلك.
error-server-quota-exceeded = امتلأت حصتك من خادم الفريق، لذا ينتظر ما كتبته واستوردته على هذا الحاسوب. لم يُفقد شيء. اطلب من مسؤول الفريق رفع الحد، وسيُرسل عندئذ.

## Team
nav-team = الفريق
team-title = الفريق
team-join = الانضمام إلى فريق
team-create = إنشاء الفريق
team-join-hint = أدخل عنوان الخادم ورمز الدعوة الذي أعطاك إياه أحد مسؤولي فريقك، واسمك كما يجب أن يراه الفريق.
team-create-hint = للعضو الأول فقط: أدخل عنوان الخادم ورمز الإنشاء الذي أعطاك إياه مسؤول الخادم. ستصبح أول مسؤول للفريق.
team-address = عنوان الخادم
team-invitation-code = رمز الدعوة
team-creation-code = رمز الإنشاء
team-your-name = اسمك
team-plain-confirm = الاتصال دون تشفير (http غير مشفّر). فقط على شبكة موثوقة.
team-server = الخادم
team-your-fingerprint = بصمتك
team-fingerprint-hint = اقرأ بصمتك بصوت عالٍ لمسؤولك، عبر الهاتف أو وجهاً لوجه، وقارنها ببصمته: إن تطابقت الأرقام فلم يستبدل أحد مفتاحك.
team-waiting-admission = لقد انضممت. يجب الآن أن يقبلك أحد المسؤولين؛ قارنا البصمات.
team-members = الأعضاء
team-you = أنت
team-remove = إزالة
team-invite-title = دعوة شخص
team-invite-hint = يصلح الرمز مرة واحدة لمدة سبعة أيام. سلّمه للشخص بنفسك، لا عبر خادم الفريق.
team-role = الدور
team-invite = إنشاء رمز دعوة
team-waiting-title = بانتظار القبول
team-waiting-hint = لا تقبل أحداً إلا بعد مقارنة بصمته معه بصوت عالٍ.
team-waiting-refresh = تحديث
team-admit = قبول
team-turn-away = رفض
team-role-admin = مسؤول
team-role-coordinator = منسّق
team-role-translator = مترجم
team-role-liaison = مرافق العائلة
sync-state-syncing = جارٍ المزامنة…
sync-state-offline = غير متصل: عملك محفوظ هنا
sync-state-error = توقفت المزامنة
sync-state-idle = متزامن مع الفريق
sync-last = آخر مزامنة { $when }
sync-unsent = { $count ->
    [zero] لا تعديلات بانتظار الإرسال
    [one] تعديل واحد لم يُرسل بعد
    [two] تعديلان لم يُرسلا بعد
    [few] { $count } تعديلات لم تُرسل بعد
   *[other] { $count } تعديلاً لم يُرسل بعد
}
sync-held = { $count ->
    [one] عنصر واحد من الخادم لم يُتحقق منه ووُضع جانباً
    [two] عنصران من الخادم لم يُتحقق منهما ووُضعا جانباً
    [few] { $count } عناصر من الخادم لم يُتحقق منها ووُضعت جانباً
   *[other] { $count } عنصراً من الخادم لم يُتحقق منه ووُضع جانباً
}
sync-retry-held = إعادة المحاولة
sync-now = زامن الآن
sharing-title = مُشارَكة مع
sharing-shared = هذه الحالة مُشارَكة مع الأعضاء المحدّدين أدناه.
sharing-not-shared = هذه الحالة على هذا الحاسوب فقط.
sharing-remove-hint = ألغِ تحديد شخص لتوقف المشاركة معه: ما تكتبه بعد ذلك لن يستطيع قراءته.
sharing-save = حفظ
sharing-saved = تم الحفظ
sync-missing = { $count ->
    [one] لم يصل تعديل واحد على الأقل من عضو آخر مع أن تعديلات أحدث وصلت: ربما يحجبه الخادم. أبلغ مسؤول فريقك.
    [two] لم يصل تعديلان على الأقل من أعضاء آخرين مع أن تعديلات أحدث وصلت: ربما يحجبهما الخادم. أبلغ مسؤول فريقك.
    [few] لم تصل { $count } تعديلات على الأقل من أعضاء آخرين مع أن تعديلات أحدث وصلت: ربما يحجبها الخادم. أبلغ مسؤول فريقك.
   *[other] لم يصل { $count } تعديلاً على الأقل من أعضاء آخرين مع أن تعديلات أحدث وصلت: ربما يحجبها الخادم. أبلغ مسؤول فريقك.
}
error-team-not-allowed-to-share = لا يشارك الحالات إلا المنسّقون والمسؤولون. اطلب من منسّقك مشاركة هذه الحالة.
error-team-role-refused = دورك في الفريق لا يسمح بهذا التغيير: يعمل المترجم على المستندات المسندة إليه، ومرافق العائلة على كل شيء عدا الترجمات. اطلب ذلك من منسّق.
error-server-not-allowed-to-share = لا يستطيع مشاركة حالة إلا منسّقو الفريق ومسؤولوه. راجع منسّقك.

## Lists, records and messages after an action

entity-delete-confirm = حذف هذا الإدخال؟ يمكنك استرجاعه بالتراجع مباشرة بعد ذلك.
entity-deleted = تم الحذف.
record-deleted = تم حذف السجل.
records-select = تحديد «{ $title }»
records-select-all = تحديد كل مستندات هذه القائمة
records-selected = { $count ->
    [one] مستند واحد محدد
   *[other] المستندات المحددة: { $count }
}
records-bulk-category = تعيين الفئة
records-bulk-language = تعيين اللغة
records-bulk-delete = حذف…
records-bulk-clear = إلغاء التحديد
records-delete-confirm = { $count ->
    [one] حذف المستند المحدد وملفه من هذه الحالة؟
   *[other] حذف المستندات المحددة ({ $count }) وملفاتها من هذه الحالة؟
} تراجع واحد بعده مباشرة يعيدها.
records-deleted = { $count ->
    [one] حُذف مستند واحد.
   *[other] المستندات المحذوفة: { $count }.
}
records-changed = { $count ->
    [one] عُدّل مستند واحد.
   *[other] المستندات المعدّلة: { $count }.
}
record-delete-confirm = حذف السجل «{ $title }» وملفه من هذه الحالة؟ يمكنك استرجاعه بالتراجع مباشرة بعد ذلك.
toast-close = إغلاق هذه الرسالة
record-edit = تعديل
record-edit-done = تم
records-col-file = الملف
records-col-actions = الإجراءات
records-conflict = نسختان
today-mark-done = تعليم «{ $task }» كمنجزة
today-task-done = تم تعليم المهمة كمنجزة.
case-sections = أقسام الحالة

## The list of cases: sorting and each case's standing

cases-sort = الترتيب حسب
cases-sort-updated = آخر تعديل
cases-sort-name = اسم الطفل
cases-sort-next-due = موعد المهمة التالية
cases-sort-overdue = أكثر المهام المتأخرة
cases-sort-waiting = الأطول انتظارًا
cases-overdue = { $count ->
    [zero] لا مهام متأخرة
    [one] مهمة واحدة متأخرة
    [two] مهمتان متأخرتان
    [few] { $count } مهام متأخرة
   *[other] { $count } مهمة متأخرة
}
cases-next-due = الاستحقاق التالي: { $date }
cases-waiting-since = بانتظار { $who } منذ { $date }

## First steps and keyboard shortcuts

welcome-title = مرحبًا بك في Wayfinder
welcome-step-case = افتح حالة لأول عائلة طلبت المساعدة.
welcome-step-records = داخل الحالة، استورد سجلات الطفل: ملفات PDF أو صور أو مسح ضوئي أو قرص المستشفى.
welcome-step-team = تعمل مع آخرين؟ انضم إلى خادم فريقك لمشاركة الحالات.
welcome-step-settings = أضف اسمك وبيانات الاتصال بك: تظهر في التقارير.
welcome-shortcuts = اضغط ? في أي وقت لعرض اختصارات لوحة المفاتيح.
shortcuts-title = اختصارات لوحة المفاتيح
shortcut-find = البحث (في حالة: هذه الحالة؛ في مستند: هذا المستند)
shortcut-new-case = فتح حالة جديدة
shortcut-undo = التراجع عن آخر تغيير
shortcut-lock = قفل الخزنة
shortcut-print = طباعة المستند المفتوح في القارئ
shortcut-close = إغلاق المستند أو السؤال أو هذه القائمة
shortcut-pages = الصفحة السابقة والتالية
shortcut-zoom = التكبير والتصغير
shortcut-sheet = هذه القائمة
field-date-typed = بالشكل { $example }
calendar-open = اختيار التاريخ من التقويم
calendar-previous = الشهر السابق
calendar-next = الشهر التالي
calendar-today = اليوم
calendar-close = إغلاق

## Importing: duplicates and confirming

import-duplicate-title = موجود بالفعل في هذه الخزنة:
import-confirm-all = تأكيد الكل
import-confirm-all-hint = { $count ->
    [two] سجلان بانتظار تأكيد الفئة واللغة.
    [few] { $count } سجلات بانتظار تأكيد الفئة واللغة.
   *[other] { $count } سجلًا بانتظار تأكيد الفئة واللغة.
}

## A case's activity

activity-title = النشاط
activity-none = لم يتغير شيء بعد.
activity-unknown-kind = إدخال
activity-made = { $what }: إضافة
activity-deleted = { $what }: حذف
activity-changed = { $what }: تعديل «{ $field }»
activity-emptied = { $what }: إفراغ «{ $field }»

# قراءة النص من الصور الممسوحة (Tesseract، على هذا الجهاز)
error-ocr-missing = لا يمكن قراءة النص من الصور الممسوحة: برنامج Tesseract غير مثبت على هذا الجهاز. ثبّته (انظر ملف README) وسيقرؤها Wayfinder.
error-ocr-language-missing = لا يمكن قراءة النص من الصور الممسوحة: لا يملك Tesseract أيًا من اللغات اللازمة. ثبّت بيانات لغاته (انظر ملف README).
error-ocr-crashed = تعذّرت قراءة نص هذه الصفحة: توقف قارئ النص بسبب خطأ. اكتب النص يدويًا إذا احتجت إليه.
error-ocr-timed-out = تعذّرت قراءة نص هذه الصفحة: استغرقت القراءة وقتًا طويلًا. اكتب النص يدويًا إذا احتجت إليه.
error-ocr-garbage = تعذّرت قراءة نص هذه الصفحة: أعاد قارئ النص شيئًا غير مقروء. تحقّق من تثبيت Tesseract.
error-ocr-cancelled = توقفت القراءة مؤقتًا لأن الخزنة قُفلت. ستستمر عند فتحها.
records-reading = قراءة النص: الصفحة { $n } من { $total }
records-read-failed = { $count ->
    [one] تعذّرت قراءة صفحة واحدة
   *[other] صفحات تعذّرت قراءتها: { $count }
}
records-read-poor = { $count ->
    [one] صفحة واحدة قُرئت بدقة منخفضة: راجع نصها
   *[other] صفحات قُرئت بدقة منخفضة: { $count }. راجع نصوصها
}
viewer-text-layer = النص المقروء من الصورة الممسوحة
viewer-text-poor = قُرئت هذه الصفحة بثقة منخفضة ({ $percent }٪). قارن نصها بالصورة قبل الاعتماد عليه.
viewer-text-read = نص مقروء من هذه الصورة الممسوحة: يمكنك تحديده ونسخه.
viewer-text-waiting = في انتظار قراءتها من جديد…
viewer-text-language-missing = لا يستطيع قارئ النصوص على هذا الحاسوب قراءة { $languages }: ثبّت حزمة اللغة (راجع ملف README)، ثم أعد قراءة الصفحة.
viewer-text-read-again = أعد قراءة الصفحة

# نص صفحة مكتوب يدويًا بدلًا مما قُرئ من الصورة الممسوحة
kind-page-text-title = نصوص صفحات مكتوبة يدويًا
kind-page-text-add = اكتب نص صفحة
field-page-text-record = المستند
field-page-text-page = الصفحة
field-page-text-text = نص الصفحة
viewer-text-correct = صحّح النص…
viewer-text-edit = نص هذه الصفحة
viewer-text-save = احفظ النص
viewer-text-cancel = إلغاء
viewer-text-corrected = كتبتَ نص هذه الصفحة: يستخدمه البحث والملف المُرسل.
viewer-text-versions = كتب شخصان نص هذه الصفحة بشكل مختلف. احتفظ بأحدهما:
viewer-text-keep = احتفظ بهذا

# مساحة عمل المترجم: مستند للترجمة ومقاطعه
kind-translation-title = الترجمات
kind-translation-add = تحديد للترجمة
field-translation-record = المستند
field-translation-language = إلى
field-translation-status = الحالة
field-translation-translator = المترجمة
field-translation-reviewer = المراجِعة
field-translation-due = الموعد النهائي
field-translation-statement = إقرار الدقة
field-translation-source-language = من
option-translation-status-to-do = للإنجاز
option-translation-status-in-progress = قيد الإنجاز
option-translation-status-in-review = قيد المراجعة
option-translation-status-done = منجزة
kind-unit-title = المقاطع
kind-unit-add = إضافة مقطع
field-unit-translation = الترجمة
field-unit-page = الصفحة
field-unit-region = الموضع في الصفحة
field-unit-source = النص الأصلي
field-unit-target = الترجمة
field-unit-state = الحالة
field-unit-translator = ترجمه
field-unit-reviewer = راجعه
field-unit-comment = تعليق
field-unit-overrides = فحوص تم تجاوزها
kind-term-title = مصطلحات المسرد
kind-term-add = إضافة المصطلح
field-term-source = المصطلح
field-term-source_language = من
field-term-language = إلى
field-term-target = الترجمة
field-term-forbidden = لا تُستخدم
field-term-keep = يُبقى كما هو (دواء، جين، رمز)
field-term-note = ملاحظة
option-unit-state-draft = مسودة
option-unit-state-translated = مترجَم
option-unit-state-reviewed = مراجَع
option-unit-state-final = نهائي

# ما وجدته فحوص المقطع
check-number-missing = الرقم { $what } الوارد في الأصل غير موجود في الترجمة.
check-number-added = في الترجمة الرقم { $what }، وهو غير موجود في الأصل.
check-unit-changed = الرقم نفسه بوحدة أخرى: { $what }.
check-date-missing = التاريخ { $what } الوارد في الأصل غير موجود في الترجمة.
check-date-ambiguous = يمكن قراءة التاريخ { $what } بطريقتين: اكتب الشهر بالحروف أو ابدأ بالسنة.
check-glossary-not-used = يترجم مسرد الفريق «{ $what }» إلى «{ $expected }».
check-forbidden-term = يطلب مسرد الفريق عدم استخدام «{ $what }».
check-term-not-kept = يجب إبقاء «{ $what }» كما هو تماماً.
check-unit-untranslated = بقيت الوحدة «{ $what }» بحروف لاتينية: اكتبها كما تكتبها هذه اللغة.
check-inconsistent = تُرجم المقطع نفسه في موضع آخر من هذا المستند إلى «{ $what }».
error-unit-checks-open = لا يمكن اعتماد هذا المقطع نهائياً بعد: صحّح ما وجدته فحوصه، أو أبقِ الفحص مع ذكر السبب.
error-interchange-unreadable = تعذّرت قراءة الملف. تحقّق من أنه ما زال موجوداً وأنه يمكنك فتحه، ثم حاول مرة أخرى.
error-interchange-too-big = الملف أكبر بكثير من أن يكون مقاطع مستند أو ذاكرة. اختر الملف الذي صدّرته أداة الترجمة.
error-interchange-malformed = هذا ليس ملف XLIFF 2 أو TMX سليم البنية. صدّره مرة أخرى من أداة الترجمة؛ لم يتغيّر شيء.
error-interchange-hostile = يعلن الملف عن كيانات أو نوع مستند يمكن استخدامها لمهاجمة التطبيق، لذلك رُفض ولم يتغيّر شيء. صدّره مرة أخرى من دونها.
error-interchange-other-document = الملف لمستند آخر، أو يذكر مقاطع ليست في هذا المستند. لم يتغيّر شيء: اختر الملف المصدَّر من هذا المستند.
error-interchange-other-languages = الملف ليس بلغتي هذا المستند. لم يتغيّر شيء: اختر ملفاً من اللغتين نفسيهما وإليهما.
error-glossary-columns = يجب أن يسمّي الصف الأول من الملف أعمدته، وأقلها source وsource_language وlanguage. لم يُضف شيء.
error-glossary-encoding = الملف غير محفوظ كنص UTF-8. احفظه من جدول البيانات بصيغة «CSV UTF-8» ثم حاول مرة أخرى؛ لم يُضف شيء.
error-glossary-row = الصف { $line } من الملف ليس مصطلحاً: يلزمه مصطلح مصدر ولغتان برمزين من حرفين. لم يُضف شيء: صحّح الصف ثم حاول مرة أخرى.
error-request-incomplete = ينقص هذا الطلب ما تشترطه المؤسسة (مذكور أسفله). أضف الناقص أو اذكر سبب إرساله كما هو.

# شاشات المترجمة
nav-translations = الترجمات
translations-title = مستندات للترجمة
nav-glossary = المسرد
glossary-title = مسرد الفريق
glossary-read-only = يتيح لك دورك في الفريق قراءة المسرد لا تعديله. يمكن للمنسق أو المترجم تعديله.
glossary-intro = المصطلحات التي تُفحص بها مقاطع كل مترجم. يتشاركها الفريق كله: لا تضع فيها أبداً بيانات مريض.
glossary-no-team = المسرد تابع لفريق. انضم إلى فريق أو أنشئ واحداً من قسم الفريق لتحتفظ بمسرد.
glossary-forbidden-hint = ترجمات لا تُستخدم، واحدة في كل سطر
glossary-import = إضافة مصطلحات من ملف CSV
glossary-import-hint = الأعمدة: source وsource_language وlanguage، واختيارياً target وforbidden (مفصولة بـ |) وkeep (yes) وnote. اللغات برموز من حرفين (ru، es).
glossary-imported = أُضيف { $added } من المصطلحات؛ وكان { $skipped } في المسرد من قبل.
glossary-filter = ابحث عن مصطلح
glossary-count = { $terms ->
    [zero] لا مصطلحات
    [one] مصطلح واحد
    [two] مصطلحان
    [few] { $terms } مصطلحات
    [many] { $terms } مصطلحاً
   *[other] { $terms } مصطلح
}
glossary-empty = لا مصطلحات بعد.
glossary-actions = إجراءات
glossary-kept = يُبقى كما هو
glossary-delete = إزالة
glossary-open-title = إضافة مصطلحات من ملف CSV
translations-none = لا يوجد مستند محدد للترجمة في الحالات التي لديك. تحدده المنسّقة من مستندات الحالة.
translations-due = الموعد { $date }
record-translate = ترجمة…
record-translate-marked = حُدّد للترجمة: تجده في الترجمات.
workspace-back = كل المستندات
workspace-coverage = الصفحات
workspace-prev = الصفحة السابقة
workspace-next = الصفحة التالية
workspace-page = الصفحة { $page } من { $pages }
workspace-coverage-count = { $passages ->
    [0] لا مقاطع في هذه الصفحة بعد
    [one] مقطع واحد في هذه الصفحة
   *[other] { $passages } مقاطع في هذه الصفحة
}
workspace-draw-hint = ارسم مستطيلاً حول مقطع في الصفحة لترجمته.
workspace-type-passage = اكتب مقطعاً (خط يد، ختم)…
workspace-how = طريقة أخذ المقطع
workspace-mode-draw = رسم مستطيل
workspace-mode-select = تحديد النص
workspace-no-text = لا يوجد في هذه الصفحة نص يمكن تحديده: ارسم مستطيلاً أو اكتب المقطع.
workspace-select-hint = حدّد مقطعاً في نص الصفحة، ثم اجعله مقطعاً للترجمة.
workspace-take-selection = إنشاء مقطع من التحديد
workspace-no-passages = لا مقاطع في هذه الصفحة بعد.
workspace-conflict = نسختان
workspace-let-stand = أُبقي: { $reason }
workspace-reason = سبب الإبقاء
workspace-matches = مطابقات من الذاكرة
workspace-no-matches = لا شيء مشابه في ذاكرتك.
workspace-versions = أُنجزت ترجمتان في الوقت نفسه. احتفظ بواحدة: تبقى الأخرى في السجل.
workspace-keep-version = الاحتفاظ بهذه
workspace-memory-search = ابحث في ذاكرتك
workspace-memory-search-go = بحث
workspace-memory-none = لا يحتوي أي مقطع منجز على هذه الكلمات.
workspace-interchange = العمل في أداة ترجمة أخرى
workspace-interchange-recipient = من يستلم الملفات
workspace-xliff-export = تصدير المقاطع (XLIFF)
workspace-xliff-import = قراءة ملف XLIFF مترجم
workspace-tmx-export = تصدير الذاكرة (TMX)
workspace-tmx-import = إضافة ذاكرة (TMX)
workspace-interchange-saved = حُفظ باسم { $file }.
workspace-xliff-read = تغيّر { $changed } من المقاطع، وبقي { $unchanged } دون تغيير، وأُبقي { $kept } لأنها كانت مراجَعة أو نهائية.
workspace-tmx-read = أُضيف { $changed } من الأزواج إلى ذاكرتك، وكان { $unchanged } موجوداً من قبل.
workspace-match-exact = مطابقة تامة
workspace-match-numbers = تختلف الأرقام فقط
workspace-match-fuzzy = { $score }٪
workspace-match-use = استخدام

# The translated document
translated-title = ترجمة معتمدة
translated-document = المستند
translated-languages = اللغات
translated-translator = المترجمة
translated-date = التاريخ
translated-source-hash = SHA-256 للأصل
translated-text-hash = SHA-256 لنص الترجمة
translated-statement = إقرار الدقة
translated-original-page = الأصل، الصفحة { $n }
translated-translation-page = ترجمة الصفحة { $n }
translated-no-statement = لم تكتب المترجمة إقرار الدقة.
translated-lang-en = الإنجليزية
translated-lang-es = الإسبانية
translated-lang-fr = الفرنسية
translated-lang-ar = العربية
translated-lang-zh = الصينية
translated-lang-ru = الروسية

workspace-export = المستند المترجم
workspace-export-recipient = إلى
workspace-export-overlay = الترجمة فوق المقاطع الأصلية (بدلاً من صفحة بعد كل صفحة)
workspace-export-prepare = إعداد المستند
workspace-export-save = حفظ بصيغة PDF…
workspace-export-saved = حُفظ باسم { $file }؛ وسُجّل في الحالة.

# Travel (issue 18): the trip, its checklist, itinerary and travellers.
kind-trip-title = السفر
kind-trip-add = تخطيط رحلة
field-trip-destination = الوجهة
field-trip-hospital = المستشفى
field-trip-visa-type = التأشيرة
field-trip-template = خُطّطت انطلاقاً من
field-trip-travel = تاريخ السفر
field-trip-visa = موعد التأشيرة
field-trip-admission = الدخول إلى المستشفى
field-trip-return = العودة
field-trip-passport-months = صلاحية جواز السفر بعد العودة (بالأشهر)
field-trip-one-parent = يسافر الطفل مع أحد والديه
field-trip-other-parent-consent = موافقة الوالد الآخر موجودة في الملف
kind-trip-item-title = قائمة السفر
kind-trip-item-add = إضافة بند
field-trip-item-trip = الرحلة
field-trip-item-title = ماذا
field-trip-item-rule = متى
field-trip-item-due = الموعد
field-trip-item-done = تم
field-trip-item-assignee = من
field-trip-item-needs = يحتاج إلى
field-trip-item-records = المستندات المطلوبة
field-trip-item-after = بعد
field-trip-item-source = المصدر
field-trip-item-check-embassy = تحقق مع السفارة
field-trip-item-note = ملاحظة
kind-trip-leg-title = خط سير الرحلة
kind-trip-leg-add = إضافة إلى خط السير
field-trip-leg-trip = الرحلة
field-trip-leg-leg = النوع
option-leg-flight = رحلة جوية
option-leg-ground = نقل بري
option-leg-stay = إقامة
option-leg-appointment = موعد
field-trip-leg-title = ماذا
field-trip-leg-from-place = من
field-trip-leg-starts = البداية (بالتوقيت المحلي)
field-trip-leg-starts-zone = المنطقة الزمنية هناك
field-trip-leg-to-place = إلى
field-trip-leg-ends = النهاية (بالتوقيت المحلي)
field-trip-leg-ends-zone = المنطقة الزمنية هناك
field-trip-leg-reference = رقم الحجز
field-trip-leg-note = ملاحظة
kind-traveller-title = المسافرون
kind-traveller-add = إضافة مسافر
field-traveller-trip = الرحلة
field-traveller-name = الاسم
field-traveller-role = يسافر بصفته
option-traveller-role-child = الطفل
option-traveller-role-parent = أحد الوالدين
option-traveller-role-attendant = مرافق
field-traveller-passport-expiry = انتهاء جواز السفر
field-traveller-in-invitation = مذكور في رسالة الدعوة
travel-item-passports = التحقق من أن جواز سفر كل مسافر صالح لمدة كافية
travel-item-records-sent = إرسال الملف الطبي إلى المستشفى لإبداء رأيه
travel-item-quote = استلام خطة العلاج وتقدير التكلفة
travel-item-payment-guarantee = ترتيب ضمان الدفع أو الوديعة
travel-item-invitation = الحصول على رسالة دعوة من المستشفى تذكر اسم الطفل والمرافقين
travel-item-other-parent-consent = موافقة الوالد الآخر إذا سافر الطفل مع أحد والديه
travel-item-visa-application = تقديم طلبات التأشيرة
travel-item-visa-appointment = حضور موعد التأشيرة
travel-item-insurance = شراء تأمين طبي للسفر
travel-item-flights = حجز الرحلات الجوية (مع موافقة شركة الطيران الطبية عند الحاجة)
travel-item-accommodation = حجز سكن قرب المستشفى
travel-item-interpreter = ترتيب مترجم للدخول إلى المستشفى والاستشارات
travel-item-admission-forms = تعبئة نماذج الدخول إلى المستشفى
travel-item-transfer = ترتيب النقل من المطار
travel-item-hand-luggage = وضع الملخص الطبي والصور الإشعاعية والأدوية في حقيبة اليد
travel-family = العائلة
travel-visa-in = تأشيرة e-Medical (مع تأشيرات e-Medical Attendant للمرافقين)
travel-visa-tr = تأشيرة للعلاج الطبي
travel-visa-de = تأشيرة للعلاج الطبي (شنغن أو وطنية)
travel-visa-es = تأشيرة شنغن للعلاج الطبي
travel-visa-us = تأشيرة زيارة B-2 للعلاج الطبي
travel-visa-ae = تصريح دخول للعلاج الطبي
travel-starter = قائمة Wayfinder الأولية
travel-anchor-travel = السفر
travel-anchor-visa = موعد التأشيرة
travel-anchor-admission = الدخول إلى المستشفى
travel-anchor-return = العودة
travel-flag-circle = هذه البنود ينتظر بعضها بعضاً في حلقة فلا يبدأ أي منها: { $items }. أزل أحدها من قائمة «بعد» لبند آخر.
travel-flag-in-past = موعده قبل اليوم.
travel-flag-before = يقع قبل «{ $item }» الذي يجب أن يسبقه.
travel-flag-waits = ينتظر تحديد تاريخ { $anchor }.
travel-flag-passport = يجب أن يكون جواز السفر صالحاً حتى { $date } على الأقل ({ $months } أشهر بعد العودة).
travel-flag-not-invited = غير مذكور في رسالة دعوة المستشفى.
travel-flag-consent = يحتاج الطفل المسافر مع أحد والديه إلى موافقة الوالد الآخر: ليست في الملف بعد.
travel-flag-ends-before-start = ينتهي قبل أن يبدأ: تحقق من المنطقتين الزمنيتين للطرفين.
travel-flag-time-skipped = هذا الوقت المحلي غير موجود هناك (تتخطاه الساعات): تحقق من الوقت.
travel-flag-overlap = في الوقت نفسه مع «{ $other }».
travel-flag-before-arrival = يبدأ قبل وصول «{ $other }».
travel-flag-conflict = عُدّل في مكانين في الوقت نفسه: تبقى النسختان حتى تُحفظ إحداهما. راجعه واحفظه من جديد.
travel-none = لم تُخطَّط أي رحلة بعد.
travel-starter-use = البدء من قائمة Wayfinder لهذه الوجهة (تحقق من كل بند مع السفارة)
today-travel = بنود السفر المستحقة
today-travel-none = لا يوجد بند سفر مستحق.

## The family's travel checklist (a report)
checklist-title = رحلتنا إلى { $country }
checklist-hospital = المستشفى
checklist-travel = نسافر في
checklist-admission = الدخول إلى المستشفى
checklist-return = نعود في
checklist-todo = ما يجب فعله ومتى
checklist-what = ماذا
checklist-when = قبل
checklist-who = من
checklist-needs = الأوراق المطلوبة
checklist-no-date = الموعد لم يحدد بعد
checklist-bring = ما يجب إحضاره
checklist-passport = جواز سفر { $name }
checklist-journey = الرحلة بالتوقيت المحلي
checklist-local-time = { $date }، { $time } (بتوقيت { $place })
checklist-call = بمن نتصل
travel-checklist = قائمة العائلة
travel-checklist-language = بلغة
travel-checklist-prepare = إعداد قائمة العائلة
travel-checklist-recipient = العائلة
travel-leg-yours = بتوقيتك: { $starts } ← { $ends }
travel-leg-starts-time = وقت البدء هناك (ساعات:دقائق)
travel-leg-ends-time = وقت الانتهاء هناك (ساعات:دقائق)

## Reminders: how many travel items, never which
travel-reminder-today = { $count ->
    [one] مهمة سفر واحدة مستحقة اليوم.
   *[other] { $count } من مهام السفر مستحقة اليوم.
}
travel-reminder-late = { $count ->
    [one] مهمة سفر واحدة متأخرة.
   *[other] { $count } من مهام السفر متأخرة.
}
travel-missed = { $count ->
    [one] أثناء قفل Wayfinder أو إغلاقه حان موعد مهمة سفر واحدة. تجدها في قائمة اليوم.
   *[other] أثناء قفل Wayfinder أو إغلاقه حان موعد { $count } من مهام السفر. تجدها في قائمة اليوم.
}

## The team's travel templates
travel-template-from = أو من قالب للفريق
travel-template-none = لا شيء
travel-template-name = اسم القالب (مثلًا: إسطنبول، أجيبادم)
travel-template-save = حفظ كقالب للفريق
travel-template-saved = حُفظ كقالب للفريق «{ $name }».
travel-template-option = { $name } · { $country }
travel-leg-time-example = 19:05

## A trip's item written by hand
travel-rule-before = قبل موعد { $anchor } بـ { $days } يوم
travel-rule-after = بعد موعد { $anchor } بـ { $days } يوم
travel-rule-on = في موعد { $anchor }
travel-item-edit = تعديل
travel-item-dated-rule = أيام قبل أحد مواعيد الرحلة أو بعده
travel-item-dated-date = في تاريخ محدد
travel-item-days = عدد الأيام
travel-item-direction = قبل أو بعد
travel-item-anchor = أي موعد من مواعيد الرحلة
travel-item-before = قبل
travel-item-after = بعد
travel-item-save = حفظ المهمة
travel-item-cancel = إلغاء

## Coordination: the directory, requests, the communication log
kind-request-title = الطلبات
kind-request-add = طلب جديد
field-request-kind = المطلوب
field-request-title = العنوان
field-request-questions = الأسئلة المطروحة
field-request-consent = بموجب الموافقة
field-request-records = المستندات المرفقة
field-request-slides-sent = أُرسلت الشرائح أو الكتل
field-request-payment-arranged = تم ترتيب ضمان الدفع
kind-recipient-title = الجهات المرسَل إليها
kind-recipient-add = إضافة جهة
field-recipient-request = الطلب
field-recipient-institution = المؤسسة
field-recipient-institution-name = المؤسسة
field-recipient-status = الحالة
field-recipient-follow-up = المتابعة في
field-recipient-outcome = النتيجة
kind-dispatch-title = ما أُرسل
kind-dispatch-add = إرسال
field-dispatch-recipient = الجهة
field-dispatch-packet = ما أُرسل
field-dispatch-override-reason = سبب الإرسال غير المكتمل
kind-communication-title = سجل الاتصالات
kind-communication-add = تسجيل اتصال
field-communication-channel = الوسيلة
field-communication-direction = الاتجاه
field-communication-date = التاريخ
field-communication-institution-name = المؤسسة
field-communication-contact = مع
field-communication-request = بخصوص الطلب
field-communication-summary = الملخص
field-communication-records = المستندات المرفقة
option-request-kind-second-opinion = رأي ثانٍ
option-request-kind-eligibility = الأهلية لتجربة سريرية
option-request-kind-admission = الدخول إلى المستشفى
option-request-kind-quote = عرض سعر
option-request-status-draft = مسودة
option-request-status-sent = أُرسل
option-request-status-received = استُلم
option-request-status-information-requested = طُلبت معلومات
option-request-status-accepted = قُبل
option-request-status-declined = رُفض
option-request-status-answered = أُجيب
option-request-status-cancelled = أُلغي
option-direction-incoming = وارد
option-direction-outgoing = صادر
kind-institution-title = الدليل
kind-institution-add = إضافة مؤسسة
field-institution-name = الاسم
field-institution-kind = النوع
field-institution-department = القسم
field-institution-country = البلد
field-institution-city = المدينة
field-institution-languages = اللغات المقبولة
field-institution-turnaround = المدة المعتادة للرد (بالأيام)
field-institution-email = البريد الإلكتروني
field-institution-phone = الهاتف
field-institution-note = ملاحظات
option-institution-kind-hospital = مستشفى
option-institution-kind-tumour-board = مجلس الأورام
option-institution-kind-trial-team = فريق التجربة السريرية
option-institution-kind-laboratory = مختبر
option-institution-kind-embassy = سفارة
option-institution-kind-other = أخرى
kind-directory-contact-title = جهات الاتصال
kind-directory-contact-add = إضافة جهة اتصال
field-directory-contact-institution = المؤسسة
field-directory-contact-name = الاسم
field-directory-contact-role = الصفة
field-directory-contact-email = البريد الإلكتروني
field-directory-contact-phone = الهاتف
field-directory-contact-languages = اللغات
field-directory-contact-channel = الوسيلة المفضلة
kind-requirement-title = ما يجب أن يتضمنه الطلب
kind-requirement-add = إضافة شرط
field-requirement-institution = المؤسسة
field-requirement-request-kind = لطلب من نوع
field-requirement-need = يجب أن يتضمن
field-requirement-language = بلغة، أو مترجمًا إلى
option-need-pathology = تقرير علم الأمراض
option-need-slides = الشرائح أو الكتل
option-need-imaging = تقرير التصوير
option-need-imaging-dicom = صور بصيغة DICOM
option-need-molecular = التقرير الجزيئي
option-need-lab = نتائج المختبر
option-need-treatment-summary = ملخص العلاج
option-need-discharge-letter = رسالة الخروج
option-need-referral = خطاب الإحالة
option-need-identity = جواز السفر أو وثيقة الهوية
option-need-consent = موافقة العائلة
option-need-payment-guarantee = ضمان الدفع

## The directory and a case's requests
directory-intro = المؤسسات التي يعمل معها الفريق وجهات الاتصال فيها وما تشترطه كل منها في الطلب. مشترك مع الفريق كله؛ بلا بيانات مرضى.
directory-no-team = الدليل خاص بالفريق: انضم إلى فريق أو أنشئ فريقًا لتحتفظ به.
directory-filter = ابحث بالاسم أو المدينة أو جهة الاتصال
directory-count = { $count ->
    [one] مؤسسة واحدة
   *[other] { $count } مؤسسة
}
directory-empty = لا توجد مؤسسات بعد.
directory-no-requirements = لا تشترط شيئًا بعد.
directory-any-language = بأي لغة
request-need-in = بـ{ $language } أو مترجمًا إليها
nav-directory = الدليل
request-none = لا توجد طلبات بعد.
request-institution-gone = لم تعد في الدليل
request-waiting = { $days ->
    [one] يوم واحد بلا رد
   *[other] { $days } يومًا بلا رد
}
request-missing = ينقص، حسب شروط هذه المؤسسة:
request-sent-on = أُرسل في { $date }
request-renamed-since = اسمه الآن { $title }
request-sent-translation = ترجمة إلى { $language }
today-requests = بانتظار الرد
today-requests-none = لا يوجد طلب تجاوز موعد متابعته.
today-follow-up-today = تابع اليوم
request-log-none = لم يُسجَّل شيء بعد.
request-log-no-request = لا يخص طلبًا
field-recipient-answer = مستندات الرد
request-information-task = أرسل إلى { $institution } ما طلبته
error-follow-up-past = تاريخ المتابعة هذا قد مضى. اختر اليوم أو يومًا لاحقًا، أو اتركه فارغًا لاستخدام المدة المعتادة لرد المؤسسة.
request-history = سجل الحالات
request-log-make-task = أنشئ مهمة متابعة
request-log-task-made = أُضيفت المهمة إلى مهام الحالة.
cases-waiting-request = بانتظار { $who }
directory-shown = يُعرض { $shown }؛ ابحث للعثور على البقية
error-directory-columns = يجب أن يسمّي الصف الأول من الملف أعمدته، وفيها عمود «name» على الأقل (وما تشاء من kind وdepartment وcountry وcity وlanguages وturnaround وemail وphone وnote وcontact_name وcontact_role وcontact_email وcontact_phone). لم يُضف شيء.
error-directory-line = تعذّرت قراءة هذا السطر: عدد خلاياه لا يساوي عدد الأعمدة في الصف الأول. تحقّق من الفواصل وعلامات الاقتباس فيه.
error-directory-changed = تغيّر الملف منذ أن رأيت معاينته. لم يُضف شيء: افتحه مجددًا لترى ما فيه الآن.
error-directory-wrong-lines = { $count ->
    [one] سطر واحد في الملف خاطئ
   *[other] { $count } من أسطر الملف خاطئة
}. لم يُضف شيء: صحّح الأسطر المذكورة في المعاينة وافتح الملف مجددًا.
directory-import = استيراد من ملف CSV…
directory-import-open-title = اختر ملف CSV للدليل
directory-import-summary = قُرئ { $lines } سطرًا ({ $encoding }): { $institutions } مؤسسة و{ $contacts } جهة اتصال للإضافة، و{ $leftOut } متروكة، و{ $wrong } خاطئة.
directory-import-ignored = أعمدة لم تُستخدم: { $columns }
directory-import-line = السطر { $line }
directory-import-new = يضيف المؤسسة
directory-import-contact = يضيف جهة اتصال إلى مؤسسة السطر { $line }
directory-import-in-directory = موجودة في الدليل: تُترك
directory-import-repeated = المؤسسة نفسها في السطر { $line }: تُترك
directory-import-wrong = خاطئ
directory-import-confirm = أضفها إلى الدليل
directory-import-cancel = إلغاء
directory-import-fix-first = لا يمكن إضافة شيء ما دام هناك سطر خاطئ: صحّح الملف وافتحه مجددًا.
directory-import-done = أُضيفت { $institutions } مؤسسة و{ $contacts } جهة اتصال.
directory-import-more = …و{ $count } سطرًا آخر للإضافة.
request-follow-up-due = حلّ تاريخ متابعته: يظهر في «اليوم» حتى يُرَدّ عليه أو يُؤجَّل.
directory-edit = تعديل بياناتها
directory-conflict = غيّر عضوان { $field } في الوقت نفسه. احتفظ بأحدهما:
directory-conflict-keep = احتفظ بـ«{ $value }»
field-export-sha256 = SHA-256 للملف
request-send-report = التقرير المرسل معه
request-send-no-report = لا تقرير مُصدَّر
request-sent-report = التقرير { $file }

# The audit log
audit-title = سجل التدقيق
audit-none = لم يُسجَّل شيء بعد.
audit-filter-member = العضو
audit-filter-action = الإجراء
audit-filter-all = الكل
audit-col-when = متى
audit-col-who = من
audit-col-what = ماذا
audit-col-device = الجهاز
audit-shown = { $shown } من { $count } قيود
audit-whole = كل القيود سليمة: { $count } موقّعة ومتصلة، ولا ينقص شيء.
audit-chain = { $member }، الجهاز { $device }:
audit-unknown-author = مفاتيح { $member } (الجهاز { $device }) غير معروفة على هذا الحاسوب: لا يمكن التحقق من قيوده. زامن مع الفريق ثم افتح الحالة من جديد.
audit-finding-altered = عُدِّل القيد { $seq } بعد توقيعه.
audit-finding-missing = القيود من { $seq } إلى { $to } مفقودة.
audit-finding-out-of-order = وصل القيد { $seq } خارج ترتيبه.
audit-finding-forked = قيدان مختلفان يحملان الرقم { $seq }: أُعيدت كتابة السجل.
audit-finding-held-back = وصل { $seq } قيدًا فقط، لكن تعديلًا لاحقًا يذكر القيد { $to }: الخادم يحجب بعضها.
audit-finding-foreign = القيد { $seq } ينتمي إلى سجل جهاز آخر.
audit-action-unlocked = فتح الخزنة
audit-action-unlock-failed = فشل فتح الخزنة
audit-action-case-opened = فتح الحالة
audit-action-record-viewed = اطّلع على مستند
audit-action-field-changed = عدّل ملف الحالة
audit-action-imported = استورد مستندًا
audit-action-exported = صدّر من الخزنة
audit-action-shared = شارك الحالة
audit-action-unshared = أزال عضوًا من الحالة
audit-action-member-added = أضاف عضوًا
audit-action-member-removed = أزال عضوًا

# Interchange: a case as an HL7 FHIR R4 Bundle, out and in.
error-fhir-not-json = الملف ليس ملف FHIR (ليس بصيغة JSON). لم يُستورد شيء: اطلب من المستشفى الحالة على شكل حزمة FHIR R4 بصيغة JSON.
error-fhir-not-a-bundle = الملف بصيغة FHIR لكنه ليس حزمة (Bundle). لم يُستورد شيء: اطلب من المستشفى الحالة كاملة في حزمة FHIR R4 واحدة.
error-fhir-no-patient = لا يذكر الملف أي مريض، فلا يوجد طفل لاستيراده. لم يُستورد شيء: اطلب من المستشفى تضمين المورد Patient.
error-fhir-changed = تغيّر الملف منذ أن رأيت معاينته. لم يُستورد شيء: افتحه مجددًا لترى ما فيه الآن.
error-fhir-not-confirmed = أكّد أن الملف يخص الطفل نفسه قبل إضافته إلى هذه الحالة. لم يُستورد شيء.
option-report-fhir = الحالة بصيغة FHIR
fhir-export-save-title = حفظ الحالة كملف FHIR
fhir-import-open-title = اختر ملف FHIR من مستشفى
fhir-kept-heading = محفوظ من { $file }: ما لم يكن له مكان في الحالة.
fhir-kept-no-place = لا مكان له في الحالة
fhir-kept-other-patient = يخص مريضًا آخر
fhir-kept-no-file = ملفه غير مرفق
fhir-kept-bad-file = تعذّر فك ترميز ملفه
fhir-kept-another-condition = تشخيص إضافي (الحالة تحمل تشخيصًا واحدًا)
fhir-kept-fields = حقول بلا مكان
fhir-kept-invalid = قيم لا يقبلها Wayfinder
fhir-kept-in-case = موجود في الحالة بالفعل
fhir-kept-protected = ملفه محمي بكلمة مرور
fhir-kept-unreadable = تعذّرت قراءة ملفه
fhir-title = التبادل مع أنظمة المستشفيات (FHIR)
fhir-export-intro = الحالة كملف HL7 FHIR R4 يستطيع نظام المستشفى قراءته. الموافقة التي تختارها تحدد ما يظهر من هوية الطفل، كما في التقارير.
fhir-originals = تضمين ملفات السجلات
fhir-export = تصدير بصيغة FHIR…
fhir-exported = حُفظ باسم { $file }.
fhir-import-case = إضافة ملف FHIR إلى هذه الحالة…
fhir-import-new = حالة جديدة من ملف FHIR…
fhir-preview-title = ما يحتويه الملف
fhir-compare-file = في الملف
fhir-compare-case = في هذه الحالة
fhir-not-given = غير مذكور
fhir-same-child = هذا هو الطفل نفسه
fhir-differ = الاسم أو تاريخ الميلاد مختلفان. لا تؤكّد إلا إذا كنت متأكدًا أنه الطفل نفسه.
fhir-counts = جهات اتصال: { $contacts }، علاجات: { $treatments }، سجلات: { $records }، موافقات: { $consents }، رسائل مسجلة: { $communications }
fhir-diagnosis = التشخيص: { $text }
fhir-kept-title = محفوظ مع الحالة كملاحظات: بلا مكان أو غير مقبول
fhir-missing = لا يذكر الملف كل ما تحتاجه حالة جديدة. أكمل:
fhir-import = استيراد
fhir-cancel = إلغاء
fhir-imported = تم الاستيراد: سجلات { $records } وإدخالات { $entities }؛ { $kept } محفوظة كملاحظات.

# The disclosure report and its signed statement.
disclosure-title = الإفصاحات عن سجلات { $child }
disclosure-title-unnamed = الإفصاحات عن سجلات الطفل
disclosure-intro = كل تقرير وسجل وملف خرج من هذه الحالة، إلى من، ومتى، وبموجب أي موافقة، مع بصمة SHA-256 لكل ملف أُرسل: يمكن التحقق من أي ملف مستلَم بمقارنته بها.
disclosure-when = متى
disclosure-what = ماذا
disclosure-to = إلى من
disclosure-consent = بموجب الموافقة
disclosure-file = الملف
disclosure-by = أرسله
disclosure-none = لم يخرج شيء من هذه الحالة.
disclosure-no-consent = لم تُختر موافقة
disclosure-no-hash = غير مسجلة (أُرسل قبل حفظ البصمات)
disclosure-family = العائلة
option-report-disclosure = تقرير الإفصاحات
option-report-statement = بيان إفصاح موقّع (JSON)
statement-save-title = حفظ بيان الإفصاح الموقّع
reports-statement-export = تصدير البيان الموقّع (JSON)…
reports-statement-hint = يستطيع مسؤول الخصوصية التحقق من البيان دون خزنة Wayfinder: wayfinder-audit verify STATEMENT.json
field-export-consent = بموجب الموافقة

# The audit log exported.
audit-col-object = على
audit-col-chain = السلسلة
audit-chain-checked = تم التحقق
audit-chain-broken = لا يتحقق: راجع النتائج
audit-export-csv = تصدير السجل (CSV)…
audit-export-pdf = تصدير السجل (PDF)…
audit-export-save-title = حفظ سجل التدقيق
audit-exported = حُفظ باسم { $file }.
audit-pdf-title = سجل التدقيق لحالة { $child }

# The sealed case archive.
error-archive-not-an-archive = الملف ليس أرشيف حالة من Wayfinder. لم يُستورد شيء: اختر ملف ‎.wfarchive الذي أُرسل إليك.
error-archive-too-new = أُنشئ الأرشيف بإصدار أحدث من Wayfinder. لم يُستورد شيء: حدّث Wayfinder ثم افتحه مجددًا.
error-archive-wrong-passphrase = عبارة المرور لا تفتح هذا الأرشيف. لم يُستورد شيء: تحقق منها مع من أرسله ثم حاول مجددًا.
error-archive-truncated = الأرشيف ناقص: لم يصل كاملًا. لم يُستورد شيء: اطلب إرساله مجددًا.
error-archive-altered = عُدّل الأرشيف بعد ختمه. لم يُستورد شيء: اطلب إرساله مجددًا وأبلغ المرسِل.
error-archive-case-exists = هذه الحالة موجودة في خزنتك بالفعل. لم يُستورد شيء مرتين.
error-archive-refused = يحتوي الأرشيف على تعديل لا يقبله Wayfinder. لم يُستورد شيء: اطلب من المرسِل مراجعة الحالة.
option-report-archive = أرشيف الحالة المختوم
archive-save-title = حفظ أرشيف الحالة المختوم
archive-open-title = اختر أرشيف حالة مختومًا
archive-title = أرشيف الحالة المختوم
archive-intro = الحالة كاملة (ملفها وسجلاتها وسجل تدقيقها) في ملف واحد مختوم بعبارة مرور. أعطِ عبارة المرور للمستلم بطريقة غير الملف نفسه.
archive-passphrase = عبارة مرور الأرشيف
archive-recipient = لمن
archive-export = تصدير الأرشيف المختوم…
archive-import = فتح أرشيف حالة مختوم…
archive-exported = حُفظ باسم { $file }.
error-archive-not-for-you = خُتم هذا الأرشيف لعضو آخر في الفريق: لا يفتحه إلا Wayfinder الخاص بها. لم يُستورد شيء: اطلب من المرسل أن يختمه لك.
error-archive-unknown-sender = ختم هذا الأرشيفَ شخصٌ ليس في قائمة فريقك، فلا يمكن التحقق ممن أرسله. لم يُستورد شيء: زامن مع فريقك ثم افتحه مجددًا، أو اطلب أرشيفًا مختومًا بعبارة مرور.
archive-seal-for = اختمه لـ
archive-seal-passphrase = من أعطيه عبارة مرور
archive-member-intro = مختوم لعضو في فريقك، لا يفتحه إلا Wayfinder الخاص بها: لا عبارة مرور تُنقل.
archive-open-intro = الأرشيف المختوم لك يُفتح دون عبارة مرور.
audit-pdf-vault-title = سجل تدقيق هذه الخزنة: فتح القفل وأعضاء الفريق
audit-vault-title = السجل الخاص بهذه الخزنة
audit-vault-intro = مرات فتح القفل والمحاولات الفاشلة والأعضاء المضافون إلى الفريق أو المزالون منه، على هذا الحاسوب. لكل حالة سجلها الخاص في صفحتها.
