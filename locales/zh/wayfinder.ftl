# Wayfinder: screens and messages, Simplified Chinese. Every visible string of the app comes from here.
# The same keys exist in every language folder; a test fails when one is missing.

# The language's own name, shown in the language switcher.
language-name = 中文
app-title = Wayfinder
app-tagline = 为寻求海外就医的家庭管理个案档案

## First start: creating the vault

setup-title = 创建您的保险库
setup-intro = 您的个案档案以加密形式保存在这台电脑上，密钥保存在这台电脑的钥匙串中。如果该密钥丢失，恢复口令将是重新进入保险库的唯一途径。
setup-generated-label = 您的恢复口令
setup-generated-hint = 请将其抄写在纸上，存放在远离这台电脑的安全地方。任何人（包括您团队的管理员）都无法替您找回。
setup-confirm-label = 请再次输入口令，以确认您已记下
setup-own-toggle = 改为自行设置口令
setup-generated-toggle = 使用自动生成的口令
setup-own-label = 您的恢复口令
setup-own-hint = 至少 { $min } 个字符。由几个互不相关的词组成的口令更容易记住，也更难被猜中。
setup-create = 创建保险库
setup-creating = 正在创建保险库…
setup-mismatch = 两次输入的口令不一致。请检查后重新输入。
setup-new-suggestion = 换一个建议

## Unlocking

unlock-title = 保险库已锁定
unlock-intro = 保险库锁定期间，不会显示任何个案的任何内容。
unlock-with-keychain = 解锁
unlock-passphrase-label = 恢复口令
unlock-with-passphrase = 使用口令解锁
unlock-reason-keychain-missing = 这台电脑的钥匙串中没有此保险库的密钥：密钥可能已被删除，或者这是一台新电脑。请输入恢复口令，之后密钥将重新保存到钥匙串中。
unlock-reason-keychain-mismatch = 这台电脑钥匙串中的密钥不属于此保险库。请输入恢复口令，之后正确的密钥将保存到钥匙串中。
unlock-reason-keychain-locked = 这台电脑的钥匙串已锁定。请先将其解锁（例如重新登录桌面），然后点击“解锁”；或者输入恢复口令。
unlock-reason-keychain-unavailable = 无法访问这台电脑上的任何钥匙串。请输入恢复口令来解锁保险库。
unlock-keychain-stored-again = 保险库密钥已重新保存到钥匙串中。
unlock-keychain-not-stored = 保险库已解锁，但其密钥未能保存到钥匙串中；下次您将需要使用口令。

## The window's frame

nav-cases = 个案
nav-settings = 设置
lock-now = 锁定
lock-shortcut-hint = 立即锁定保险库（Ctrl+L）

## Cases

cases-title = 个案
cases-empty = 暂无个案。请为您协助的每个家庭分别创建一个个案。
cases-count = { $count ->
   *[other] 共 { $count } 个个案
}
case-new = 新建个案
case-create = 创建个案
case-cancel = 取消
case-back = 全部个案
case-title = 个案
case-created = 创建于 { $date }
case-updated = 最后修改于 { $date }
case-saving = 正在保存…
case-saved = 已保存
case-save-failed = 未保存
case-child = 孩子
field-child-name = 孩子的姓名
field-date-of-birth = 出生日期
field-country = 国家/地区
field-country-choose = 选择国家/地区
field-languages = 使用的语言
field-languages-add = 添加语言
field-languages-remove = 移除 { $language }
field-age = { $years ->
   *[other] { $years } 岁
}

## Settings

settings-title = 设置
settings-language = 界面语言
settings-auto-lock = 无操作多少分钟后锁定保险库
settings-auto-lock-unit = { $minutes ->
   *[other] { $minutes } 分钟
}
settings-saved = 设置已保存

## Errors. Each says what happened and what to do next; none ever contains a key, a passphrase
## or anything about a patient.

error-wrong-key = 这台电脑钥匙串中的密钥无法打开此保险库。请使用恢复口令解锁。
error-wrong-passphrase = 该口令无法打开此保险库。请检查口令（空格和大小写均需一致）后重试。
error-keychain-missing = 这台电脑的钥匙串中没有此保险库的密钥。请使用恢复口令解锁。
error-keychain-mismatch = 这台电脑钥匙串中的密钥不属于此保险库。请使用恢复口令解锁。
error-keychain-locked = 这台电脑的钥匙串已锁定。请将其解锁后重试，或使用恢复口令。
error-keychain-unavailable = 无法访问这台电脑上的任何钥匙串。请使用恢复口令。
error-not-a-vault = 保险库文件夹中的文件不是 Wayfinder 保险库。未做任何更改。请将该文件夹移到别处或从备份中恢复，然后重新启动 Wayfinder。
error-vault-damaged = 保险库已损坏，无法安全打开。未做任何更改。请从备份中恢复，或向您团队的管理员求助。
error-vault-too-new = 此保险库由更新版本的 Wayfinder 创建。请安装最新版本后再打开；未做任何更改。
error-vault-exists = 这台电脑上已有一个保险库。请解锁该保险库，而不是新建一个。
error-vault-locked = 保险库已锁定。请解锁后重试。
error-disk-full = 磁盘已满，因此未保存任何内容。请释放一些空间后重试。
error-storage-failed = 无法读取或写入保险库。没有丢失任何内容；请重试，如果问题再次出现，请重新启动 Wayfinder。
error-passphrase-too-short = 口令太短：请至少使用 { $min } 个字符。
error-passphrase-too-guessable = 此口令很容易被猜中。请使用几个互不相关的词，或使用建议的口令。
error-case-not-found = 此个案已不在保险库中。请返回个案列表。
error-invalid-request = 应用发送了不应发送的请求。请重新启动 Wayfinder；如果问题再次出现，请告知您团队的管理员。
error-name-empty = 请输入孩子的姓名。
error-name-too-long = 姓名太长：最多 { $max } 个字符。
error-name-control-characters = 姓名中含有不可见的控制字符。请重新输入。
error-date-invalid = 请输入一个真实存在的日期。
error-travel-rule-invalid = 请用计划中某个日期（出行、签证预约、入院、返程）之前或之后的天数填写到期时间，最多两年。
error-travel-zone-unknown = 无法识别该时区。请从列表中选择当地时区（例如 Europe/Istanbul）。
error-travel-time-skipped = 当地不存在这个时间：夏令时开始时时钟会跳过它。请核对机票或信函上的时间。
error-travel-circular = 这些事项互相等待、形成循环，因此没有一项能开始。请把其中一项从另一项的“在……之后”中移除。
error-date-of-birth-in-future = 出生日期不能是将来的日期。
error-date-of-birth-too-early = 出生日期不能早于 { $min_year } 年。
error-country-unknown = 请从列表中选择国家/地区。
error-language-unknown = 请从列表中选择语言。
error-languages-empty = 请至少添加一种该家庭使用的语言。
error-value-empty = 此字段不能为空。
error-text-too-long = 文本过长：最多 { $max } 个字符。
error-choice-unknown = 请从列表中选择一项。
error-email-invalid = 请输入电子邮件地址，例如 name@example.org。
error-phone-invalid = 请输入带国家代码的电话号码，例如 +971 50 123 4567。
error-code-invalid = 此代码无效。请检查其格式（例如 C71.6，形态学代码如 9470/3）。
error-stage-refused = 个案无法从当前阶段转到该阶段。请选择所提供的阶段之一。
error-request-status-refused = 请求无法从当前状态转到该状态（已答复、已拒绝或已取消的请求为最终状态）。请选择所提供的状态之一。

## The case file: sections, fields, choices

section-child = 孩子
section-diagnosis = 诊断
section-coordination = 协调
section-stage = 阶段
kind-contact-title = 监护人和联系人
kind-contact-add = 添加联系人
kind-treatment-title = 治疗史
kind-treatment-add = 添加治疗记录
kind-question-title = 向审阅专家提出的问题
kind-question-add = 添加问题
kind-consent-title = 同意书
kind-consent-add = 添加同意书
kind-task-title = 任务
kind-task-add = 添加任务
kind-note-title = 备注
kind-note-add = 添加备注
entity-add = 添加
entity-delete = 删除
entity-none = 暂无。
field-case-stage = 阶段
field-case-child-name = 孩子的姓名
field-case-child-date-of-birth = 出生日期
field-case-child-sex = 性别
field-case-child-country = 国家/地区
field-case-child-languages = 使用的语言
field-case-diagnosis-text = 诊断（按病历原文填写）
field-case-diagnosis-icd10 = ICD-10 编码
field-case-diagnosis-topography = ICD-O-3 解剖部位
field-case-diagnosis-morphology = ICD-O-3 形态学
field-case-diagnosis-risk-group = 危险度分组
field-case-assignee = 负责协调员
field-case-waiting-on = 等待对象
field-contact-name = 姓名
field-contact-relation = 与孩子的关系
field-contact-phone = 电话
field-contact-email = 电子邮件
field-contact-language = 语言
field-contact-channel = 首选联系方式
field-treatment-what = 治疗
field-treatment-where = 地点
field-treatment-from = 开始日期
field-treatment-to = 结束日期
field-treatment-outcome = 结果
field-question-text = 问题
field-consent-what = 可共享的内容
field-consent-recipient = 共享对象
field-consent-until = 有效期至
field-task-title = 任务
field-task-due = 截止日期
field-task-assignee = 负责人
field-task-done = 已完成
field-note-text = 备注
option-none = 未设置
option-sex-female = 女
option-sex-male = 男
option-sex-other = 其他
option-sex-unknown = 未知
option-channel-phone = 电话
option-channel-sms = 短信
option-channel-whatsapp = WhatsApp
option-channel-email = 电子邮件
option-channel-in-person = 当面
stage-inquiry = 咨询
stage-intake = 接案
stage-records = 病历收集
stage-review = 专家审阅
stage-matching = 医院匹配
stage-travel = 出行
stage-treatment = 治疗
stage-follow-up = 随访
stage-closed = 已结案
stage-move-to = 转入：{ $stage }
stage-history-title = 阶段记录
stage-history-entry = { $stage }：{ $date }，操作人：{ $author }
author-you = 您
author-member = 成员 { $id }

## Conflicts

conflict-title = 这些版本是在互不知情的情况下分别写入的。请选择正确的版本。
conflict-version = 编写者：{ $author }，时间：{ $date }
conflict-keep = 保留此版本
conflict-cleared = （已清空）
conflict-deleted = { $author } 于 { $date } 删除了此项，而此处当时正在修改它。请保留它（连同修改），或确认删除。
conflict-keep-entity = 保留
conflict-delete-entity = 删除

## The case list's filters

cases-search = 按姓名查找个案
cases-filter-stage = 阶段
cases-filter-country = 国家/地区
cases-filter-assignee = 协调员
cases-filter-any = 全部
cases-none-match = 没有符合这些筛选条件的个案。
cases-conflicts = { $count ->
   *[other] { $count } 处冲突待解决
}

## Today

nav-today = 今天
today-title = 今天
today-tasks = 到期和逾期的任务
today-tasks-none = 没有到期的任务。
today-tasks-shown = 已显示 { $shown } / { $total }
today-tasks-more = 显示更多
today-due-today = 今天到期
today-overdue = { $days ->
   *[other] 逾期 { $days } 天
}
today-waiting = 正在等待他人的个案
today-waiting-none = 没有正在等待他人的个案。
today-waiting-on = 正在等待：{ $who }
today-consents = 即将到期的同意书
today-consents-none = 未来 30 天内没有到期的同意书。
today-translations = 待翻译文档
today-translations-none = 没有等待翻译的文档。
today-consent-expired = 已于 { $date } 到期
today-consent-ends-today = 今天到期
today-consent-ends = { $days ->
   *[other] { $days } 天后到期
}

## Undo

undo = 撤销
undo-hint = 撤销您的上一次更改（Ctrl+Z）
undo-nothing = 没有可撤销的操作。

## Records: importing, the list, the viewer

kind-record-title = 病历资料
kind-record-add = 添加病历资料
field-record-title = 标题
field-record-category = 类别
field-record-date = 文件日期
field-record-institution = 出具机构
field-record-language = 文件语言
field-record-content = 原始文件
option-category-pathology = 病理
option-category-imaging = 影像
option-category-lab = 化验结果
option-category-biomarker = 生物标志物与基因检测
option-category-treatment-summary = 治疗小结
option-category-discharge-letter = 出院小结
option-category-referral = 转诊信
option-category-identity-travel = 身份与出行
option-category-consent = 同意书
option-category-other = 其他
records-import-files = 导入文件…
records-import-folder = 导入文件夹…
records-drop-hint = 也可以把文件或文件夹（例如影像光盘）拖放到此窗口的任意位置。
records-drop-active = 松开鼠标即可将文件导入此个案。
records-category = 这些文件的类别
records-category-suggest = 根据每个文件的内容建议类别
records-allow-duplicate = 即使文件已在保险库中也照样导入
records-none = 暂无病历资料。请导入文件，或将文件拖放到此窗口。
records-documents = 文件
records-studies = 影像检查
record-pages = { $pages ->
   *[other] { $pages } 页
}
record-images = { $count ->
   *[other] { $count } 幅图像
}
import-starting = 正在准备文件…
import-status = 第 { $n } 个文件，共 { $total } 个：{ $title }
import-cancel = 取消导入
import-finished = { $imported ->
    [0] 未导入任何文件。
   *[other] 已导入 { $imported } 个文件。
}
import-cancelled = 已取消：已导入 { $imported } 个，其余未导入。
import-password-label = 此 PDF 的密码
import-retry = 重试
import-skip = 跳过
import-anyway = 仍然导入
import-suggested = 类别和语言是根据文件内容建议的：请检查，如有需要请修改，然后确认。
import-confirm = 确认
import-already-in = 已在保险库中，标题为“{ $title }”，属于 { $case } 的个案
viewer-close = 关闭
viewer-printing = 正在准备打印页面：第 { $n } 页，共 { $total } 页
viewer-print-hint = 打印该记录（Ctrl+P）
viewer-print = 打印…
viewer-loading = 正在加载…
viewer-prev = 上一页
viewer-next = 下一页
viewer-page-indicator = 第 { $n } 页，共 { $total } 页
viewer-image-indicator = 第 { $n } 幅，共 { $total } 幅
viewer-go = 跳至页码
viewer-zoom-in = 放大
viewer-zoom-out = 缩小
viewer-zoom = { $percent }%
viewer-zoom-fit = 适合宽度
viewer-rotate = 旋转
viewer-matches = { $count ->
    [0] 本页没有匹配项
   *[other] 本页有 { $count } 处匹配
}
viewer-page-alt = 第 { $n } 页
viewer-thumbnails = 页面
viewer-thumbnail = 跳至第 { $n } 页
viewer-close-hint = 关闭（Esc）
viewer-toolbar = 页面工具
viewer-fit = 页面大小
viewer-fit-page = 适合页面
viewer-actual-size = 实际大小
viewer-find = 在本文档中查找
viewer-find-prev = 上一个有匹配的页面
viewer-find-next = 下一个有匹配的页面
viewer-find-none = 本文档中未找到
viewer-find-pages = 有匹配的页面 第 { $n } 个，共 { $count } 个
viewer-find-count = { $count } 个页面有匹配
dicom-window-own = 文件自带的窗宽窗位
dicom-window-center = 窗位：{ $value }
dicom-window-width = 窗宽：{ $value }
dicom-window-reset = 恢复文件自带的窗宽窗位
dicom-image = 图像
dicom-series = 序列
dicom-modality = 检查类型
dicom-instance = 图像编号
dicom-size = 行 × 列
dicom-transfer-syntax = 传输语法

## Search

nav-search = 搜索
search-title = 搜索
search-label = 搜索所有个案和所有文件
search-case-label = 在此个案中搜索
search-searching = 正在搜索…
search-none = 未找到结果。
search-hit-page = { $title }，第 { $page } 页

# Records: import and viewing errors

error-record-missing = 此病历资料的文件尚未传到此保险库。请在下次同步后重试。
error-import-busy = 已有一个导入正在进行。请等待其完成或将其取消，然后重试。
error-import-empty = 此文件是空的。请让家属重新发送。
error-import-not-supported = 此文件不是 PDF、照片或扫描件（JPEG、PNG、TIFF），也不是 DICOM 图像，因此无法导入。请索要上述格式之一的文件。
error-import-too-large = 此文件太大，无法导入（超过 4 GB）。请让对方分成几个较小的部分发送。
error-import-unreadable = 无法读取此文件。请检查该文件是否仍在原处，以及您是否有权限打开它，然后重试。
error-pdf-engine-missing = 此安装中缺少 PDF 引擎。请重新安装 Wayfinder。
error-pdf-unreadable = 此 PDF 已损坏或不是 PDF 文件。请让家属或医院重新发送。
error-pdf-password-required = 此 PDF 受密码保护。请输入密码以导入，或跳过此文件。
error-pdf-password-wrong = 该密码未被接受。请检查后重试，或跳过此文件。
error-pdf-unsupported-security = 此 PDF 使用了无法打开的保护方式。请索要一份未加保护的副本。
error-pdf-no-such-page = 文档中没有此页。
error-pdf-not-open = 文档已关闭。请重新打开。
error-pdf-render-failed = 无法显示此页。请换一个缩放比例，或重新打开文档。
error-pdf-engine-stopped = PDF 引擎已停止运行。请重新启动 Wayfinder。
error-image-damaged = 此图像已损坏或不完整。请让家属重新发送。
error-image-too-large = 此图像太大，无法显示。请索要一份较小的副本。
error-image-unsupported = 暂不支持此类图像。请索要 JPEG 或 PDF 格式的文件。
error-image-no-such-page = 图像中没有此页。
error-dicom-not-dicom = 此文件不是 DICOM 图像。
error-dicom-damaged = 此 DICOM 文件已损坏或不完整。请向医院索要一份新的光盘副本。
error-dicom-codec-unsupported = 暂不支持此图像的压缩方式。其详细信息已在列表中列出；如需查看图像，请向医院索要未压缩的副本。
error-dicom-no-image = 此 DICOM 文件不含图像（可能是治疗计划或报告）。
import-imported = 已导入。
import-duplicate = 已在此保险库中：{ $places }。

## Reports: the case summary, in the reader's language
report-summary-title = 第二意见会诊病例摘要
report-child = 患者
report-diagnosis = 诊断
report-status = 目前状况
report-timeline = 既往治疗
report-treatment = 治疗
report-place = 地点
report-dates = 日期
report-outcome = 结果
report-questions = 请会诊专家回答的问题
report-enclosed = 随附资料
report-record = 资料
report-category = 类别
report-date = 日期
report-pages = 页数
report-coordinator = 联系人
report-none = 无记录。
report-page = 第 { $n } 页，共 { $total } 页
report-name = 姓名
report-date-of-birth = 出生日期
report-sex = 性别
report-country = 国家
report-withheld = 未提供（未获得对此接收方的同意）
report-not-recorded = 未记录
report-diagnosis-text = 诊断
report-icd10 = ICD-10
report-topography = ICD-O-3 部位
report-morphology = ICD-O-3 形态学
report-risk-group = 危险分组
report-prepared = 编制日期：{ $date }
report-date-pattern = %Y年%-m月%-d日
error-report-font-missing = 缺少报告所用的字体。请重新运行安装程序，然后重试。
error-report-template = 无法排版报告。请报告此问题；病例未作任何更改。
error-report-pdf = 无法将报告写成 PDF。请重试；病例未作任何更改。

## Reports in the app: preparing, previewing, exporting; the log of what was sent
kind-export-title = 已发送的报告
kind-export-add = 记录已发送的报告
field-export-report = 报告
field-export-recipient = 发送给
field-export-language = 语言
field-export-records = 附带的资料
field-export-pages = 页数
field-export-file = 文件
option-report-summary = 病例摘要
option-report-packet = 会诊资料包
option-report-record = 单份记录（原件）
option-report-translation = 译文文档
option-report-xliff = 文档的段落（XLIFF）
option-report-tmx = 翻译记忆库（TMX）
option-report-checklist = 家庭出行清单
field-consent-identity = 报告可显示的身份信息
option-identity-full = 姓名和出生日期
option-identity-initials = 仅姓名首字母
option-identity-none = 不显示任何可识别患儿的信息
report-age = 年龄
report-age-years = { $years } 岁
reports-title = 报告
reports-kind = 报告
reports-language = 读者的语言
reports-consent = 接收方（依据家属的同意）
reports-no-consent = 没有同意的接收方（不显示患儿姓名）
reports-consent-option = { $recipient }：{ $identity }
reports-consent-expired = { $recipient }：已过期
reports-recipient = 接收方
reports-records = 按此顺序附带的资料
reports-records-none = 此病例还没有资料。
reports-record-unsupported = 无法放入资料包，请单独发送（报告：单份记录（原件））。
reports-move-up = 上移
reports-move-down = 下移
reports-prepare = 生成预览
reports-preparing = 正在生成…
reports-shows = 显示的患儿信息：{ $identity }
reports-export = 导出…
reports-exported = 已导出为 { $file }，并记入此病例。
reports-contact-missing = 尚未填写您的联系方式：读者将不知道该回复谁。请在设置中添加。
reports-history = 已发送
reports-history-entry = { $date }：以{ $language }发送给 { $recipient } 的{ $report }
reports-history-none = 此病例尚未导出任何报告。
reports-save-title = 导出报告
interchange-xliff-save-title = 将段落导出为 XLIFF
interchange-tmx-save-title = 将记忆库导出为 TMX
interchange-xliff-open-title = 读回已翻译的 XLIFF 文件
interchange-tmx-open-title = 添加 TMX 记忆库
record-export-folder-title = 为该检查新建的文件夹名称
record-export-title = 导出记录
reports-history-record = { $date }：{ $title }（原件）发送给 { $recipient }
reports-record-export = 导出记录…
reports-record-original = 原件按家属发来的样子发送，包括其中所有姓名和日期；受密码保护的 PDF 将去掉密码后发送；DICOM 检查会导出为包含各图像文件的文件夹。
reports-record-choose = 要发送的记录
settings-contact-title = 报告上的联系方式
settings-contact-hint = 印在每份病例摘要和资料包上，让审阅专家知道该回复谁。
settings-contact-name = 姓名
settings-contact-organisation = 机构
settings-contact-email = 电子邮箱
settings-contact-phone = 电话
error-report-consent-expired = 此同意已过期，不能依据它发送任何内容。请与家属续签，或选择其他接收方。
error-report-conflict = 报告用到的此病例某个字段有两个版本。请在病例中选择正确的版本，然后重新生成报告。
error-report-recipient-missing = 请填写报告的接收方。
error-report-record-unsupported = 勾选的某份资料无法放入资料包（TIFF 扫描件或 DICOM 检查）。请取消勾选并单独发送。
error-report-not-prepared = 没有可显示或导出的报告。请重新生成预览。
error-export-not-allowed = Wayfinder 无权写入该文件夹。请选择其他文件夹后重新导出。
error-export-failed = 无法将报告写入该位置。请选择其他文件夹后重新导出；病例中未记录任何内容。
error-export-exists = 该位置已有同名项目。请换一个名称后重新导出；个案中未记录任何内容。
error-print-failed = 无法打开打印对话框。请重试；如果仍然失败，请导出该记录并在 PDF 阅读器中打印。

## Team sync errors
error-team-not-joined = 此保险库尚未加入团队。请先在“团队”中加入团队的服务器。
error-team-already-joined = 此保险库已属于一个团队。一个保险库只能加入一个团队。
error-team-not-in-roster = 此人尚未在团队成员名单中。请让管理员添加此人后重试。
error-sync-bad-signature = 服务器发来的某项内容没有团队成员的签名。已将其搁置，未予应用。请告知团队管理员。
error-sync-undecryptable = 服务器发来的某项内容无法用您的密钥打开。已将其搁置。请让共享该个案的人重新共享。
error-sync-malformed = 服务器发来的内容已损坏。已将其搁置，未予应用。请告知团队管理员。
error-sync-unknown-author = 服务器发来的某项内容来自不在团队成员名单中的人。已将其搁置。请告知团队管理员。
error-sync-mismatch = 服务器发来的某项内容与其声称的不符。已将其搁置。请告知团队管理员。
error-sync-roster-broken = 服务器发来的成员名单没有团队管理员的签名。未做任何更改。请告知团队管理员，并当面或通话核对指纹。
error-sync-not-admin = 只有团队管理员才能更改团队成员。
error-sync-no-randomness = 计算机未能提供生成新密钥所需的随机数。请重新启动 Wayfinder 后重试。
error-link-bad-address = 这不是服务器地址。请按团队管理员提供的地址输入，例如 https://sync.example.org。
error-link-plain-http = 此地址以 http:// 开头，与其他计算机的连接将不会加密。请使用 https:// 地址，或确认您要使用未加密的 http。
error-link-bad-code = 无法读取此代码。请逐个核对字符（只有字母和数字；连字符和空格无关紧要），或重新索取代码。
error-link-wrong-code = 这是另一种代码。创建团队请用创建代码，加入团队请用邀请代码。
error-link-offline = 无法连接团队服务器。您的工作保存在这台计算机上，连接恢复后会自动发送。
error-link-version = 团队服务器使用另一版本的同步协议。请更新 Wayfinder，或请团队管理员更新服务器。
error-link-protocol = 该地址有回应，但不是 Wayfinder 服务器。请与团队管理员核对地址。
error-server-refused = 团队服务器拒绝了该请求。请稍后再试；如果一再发生，请告知团队管理员。
error-server-code-not-valid = 此代码无效：已被使用、已过期，或属于其他团队。请索取新的邀请。
error-server-too-many-attempts = 最近为该团队尝试了太多错误的代码，服务器将在几分钟内不再核对代码。请检查您收到的代码，十分钟后再试。
error-server-not-a-member = 团队服务器已不再将您视为该团队成员。请联系团队管理员。
error-server-not-an-admin = 只有团队管理员才能执行此操作。
error-server-not-logged-in = 与团队服务器的会话已结束。请重试。
error-server-no-such-workspace = 服务器不认识这个团队。请与团队管理员核对地址和代码。
error-server-workspace-exists = 已经用此代码创建了这个团队。请向服务器管理员索取新代码，或通过邀请加入。
error-server-roster-version = 有其他人同时更改了团队成员。请先同步，再重试。
error-server-name-not-valid = 请输入团队应看到的您的名字（最多 80 个字符）。
error-server-storage-failed = 团队服务器无法保存所发送的内容。这里没有丢失任何内容，稍后会再次发送。如果一再发生，请告知管理员。
error-server-quota-exceeded = 您在团队服务器上的空间已满，您编写和导入的内容正在本机等待。没有丢失任何内容。请团队管理员提高上限，届时会自动发送。

## Team
nav-team = 团队
team-title = 团队
team-join = 加入团队
team-create = 创建团队
team-join-hint = 请输入服务器地址、团队管理员给您的邀请代码，以及团队应看到的您的名字。
team-create-hint = 仅限第一位成员：请输入服务器地址和服务器管理员给您的创建代码。您将成为团队的第一位管理员。
team-address = 服务器地址
team-invitation-code = 邀请代码
team-creation-code = 创建代码
team-your-name = 您的名字
team-plain-confirm = 不加密连接（未加密的 http）。仅限可信网络。
team-server = 服务器
team-your-fingerprint = 您的指纹
team-fingerprint-hint = 请通过电话或当面向管理员读出您的指纹，并与对方核对：数字一致，就说明没有人替换您的密钥。
team-waiting-admission = 您已加入。现在需要管理员批准您；请与其核对指纹。
team-members = 成员
team-you = 您
team-remove = 移除
team-invite-title = 邀请他人
team-invite-hint = 此代码只能使用一次，有效期七天。请亲自交给对方，不要通过团队服务器传递。
team-role = 角色
team-invite = 生成邀请代码
team-waiting-title = 等待批准
team-waiting-hint = 请先与对方当面或通话核对指纹，再批准。
team-waiting-refresh = 刷新
team-admit = 批准
team-turn-away = 拒绝
team-role-admin = 管理员
team-role-coordinator = 协调员
team-role-translator = 翻译
team-role-liaison = 家庭联络员
sync-state-syncing = 正在同步…
sync-state-offline = 离线：您的工作保存在本机
sync-state-error = 同步已停止
sync-state-idle = 已与团队同步
sync-last = 上次同步 { $when }
sync-unsent = { $count ->
   *[other] { $count } 项修改尚未发送
}
sync-held = { $count ->
   *[other] 服务器发来的 { $count } 项内容未通过验证，已搁置
}
sync-retry-held = 重试
sync-now = 立即同步
sharing-title = 共享对象
sharing-shared = 此个案已与下方勾选的成员共享。
sharing-not-shared = 此个案仅保存在这台计算机上。
sharing-remove-hint = 取消勾选即停止与其共享：此后您写的内容对方将无法读取。
sharing-save = 保存
sharing-saved = 已保存
sync-missing = { $count ->
   *[other] 其他成员至少有 { $count } 项修改尚未到达，而更晚的修改已经到达：服务器可能扣留了它们。请告知团队管理员。
}
error-team-not-allowed-to-share = 只有协调员和管理员可以共享个案。请让您的协调员共享此个案。
error-team-role-refused = 您在团队中的角色不允许此更改：译员只处理分配给她的文档，家庭联络员处理除翻译以外的一切。请联系协调员。
error-server-not-allowed-to-share = 只有团队的协调员和管理员可以共享个案。请联系您的协调员。

## Lists, records and messages after an action

entity-delete-confirm = 删除此条目？删除后可立即用“撤销”恢复。
entity-deleted = 已删除。
record-deleted = 记录已删除。
records-select = 选择“{ $title }”
records-select-all = 选择此列表中的所有记录
records-selected = 已选择 { $count } 份记录
records-bulk-category = 设置类别
records-bulk-language = 设置语言
records-bulk-delete = 删除…
records-bulk-clear = 取消选择
records-delete-confirm = 要从此个案中删除所选的 { $count } 份记录及其文件吗？删除后立即点一次“撤销”即可全部恢复。
records-deleted = 已删除 { $count } 份记录。
records-changed = 已修改 { $count } 份记录。
record-delete-confirm = 从此个案中删除记录“{ $title }”及其文件？删除后可立即用“撤销”恢复。
toast-close = 关闭此消息
record-edit = 编辑
record-edit-done = 完成
records-col-file = 文件
records-col-actions = 操作
records-conflict = 两个版本
today-mark-done = 将“{ $task }”标为完成
today-task-done = 任务已标为完成。
case-sections = 个案各部分

## The list of cases: sorting and each case's standing

cases-sort = 排序方式
cases-sort-updated = 最近修改
cases-sort-name = 儿童姓名
cases-sort-next-due = 下一个到期任务
cases-sort-overdue = 逾期任务最多
cases-sort-waiting = 等待最久
cases-overdue = { $count } 个任务已逾期
cases-next-due = 下一个到期：{ $date }
cases-waiting-since = 自 { $date } 起等待 { $who }

## First steps and keyboard shortcuts

welcome-title = 欢迎使用 Wayfinder
welcome-step-case = 为第一个求助的家庭建立个案。
welcome-step-records = 在个案中导入孩子的资料：PDF、照片、扫描件或医院光盘。
welcome-step-team = 与他人合作？加入团队服务器以共享个案。
welcome-step-settings = 填写您的姓名和联系方式：报告中会显示。
welcome-shortcuts = 随时按 ? 查看键盘快捷键。
shortcuts-title = 键盘快捷键
shortcut-find = 搜索（在个案中：本个案；在文档中：本文档）
shortcut-new-case = 新建个案
shortcut-undo = 撤销上一次修改
shortcut-lock = 锁定保险库
shortcut-print = 打印阅读器中打开的记录
shortcut-close = 关闭文档、提示或此列表
shortcut-pages = 上一页和下一页
shortcut-zoom = 放大和缩小
shortcut-sheet = 此列表
field-date-typed = 格式如 { $example }
calendar-open = 从日历中选择日期
calendar-previous = 上个月
calendar-next = 下个月
calendar-today = 今天
calendar-close = 关闭

## Importing: duplicates and confirming

import-duplicate-title = 已在此保险库中：
import-confirm-all = 全部确认
import-confirm-all-hint = { $count } 条记录等待确认类别和语言。

## A case's activity

activity-title = 动态
activity-none = 尚无更改。
activity-unknown-kind = 一个条目
activity-made = { $what }：已添加
activity-deleted = { $what }：已删除
activity-changed = { $what }：“{ $field }”已修改
activity-emptied = { $what }：“{ $field }”已清空

# 从扫描件中读取文字（Tesseract，在本机上）
error-ocr-missing = 无法读取扫描件中的文字：本机未安装 Tesseract。请安装它（见 README），Wayfinder 随后会读取。
error-ocr-language-missing = 无法读取扫描件中的文字：Tesseract 没有所需的任何语言。请安装其语言数据（见 README）。
error-ocr-crashed = 无法读取此页的文字：文字识别程序出错停止。如有需要，请手动输入文字。
error-ocr-timed-out = 无法读取此页的文字：识别耗时过长。如有需要，请手动输入文字。
error-ocr-garbage = 无法读取此页的文字：文字识别程序返回了无法解读的内容。请检查 Tesseract 的安装。
error-ocr-cancelled = 保险库已锁定，读取已暂停。解锁后将继续。
records-reading = 正在读取文字：第 { $n } 页，共 { $total } 页
records-read-failed = { $count } 页无法读取
records-read-poor = { $count } 页识别质量低：请核对其文字
viewer-text-layer = 从扫描件读取的文字
viewer-text-poor = 此页的识别可信度较低（{ $percent }%）。使用前请对照图像核对文字。
viewer-text-read = 从此扫描件读取的文字：可以选择并复制。
viewer-text-waiting = 等待重新读取…
viewer-text-language-missing = 本机的文字识别程序无法读取{ $languages }：请安装相应的语言包（见 README），然后重新读取此页。
viewer-text-read-again = 重新读取此页

# 手动输入的页面文字，代替从扫描件中读取的内容
kind-page-text-title = 手动输入的页面文字
kind-page-text-add = 输入一页的文字
field-page-text-record = 记录
field-page-text-page = 页
field-page-text-text = 页面文字
viewer-text-correct = 更正文字…
viewer-text-edit = 此页的文字
viewer-text-save = 保存文字
viewer-text-cancel = 取消
viewer-text-corrected = 此页的文字由您输入：搜索和审阅材料包使用它。
viewer-text-versions = 两人输入的此页文字不同。请保留一个：
viewer-text-keep = 保留这个

# 译员工作区：待翻译的文档及其段落
kind-translation-title = 翻译
kind-translation-add = 标记为待翻译
field-translation-record = 文档
field-translation-language = 译入语言
field-translation-status = 状态
field-translation-translator = 译员
field-translation-reviewer = 审校
field-translation-due = 截止日期
field-translation-statement = 准确性声明
field-translation-source-language = 源语言
option-translation-status-to-do = 待办
option-translation-status-in-progress = 进行中
option-translation-status-in-review = 审校中
option-translation-status-done = 已完成
kind-unit-title = 段落
kind-unit-add = 添加段落
field-unit-translation = 翻译
field-unit-page = 页
field-unit-region = 页面上的位置
field-unit-source = 原文
field-unit-target = 译文
field-unit-state = 状态
field-unit-translator = 译者
field-unit-reviewer = 审校者
field-unit-comment = 备注
field-unit-overrides = 已忽略的检查
kind-term-title = 术语表条目
kind-term-add = 添加术语
field-term-source = 术语
field-term-source_language = 源语言
field-term-language = 目标语言
field-term-target = 译法
field-term-forbidden = 禁用译法
field-term-keep = 保持原样（药物、基因、代码）
field-term-note = 备注
option-unit-state-draft = 草稿
option-unit-state-translated = 已翻译
option-unit-state-reviewed = 已审校
option-unit-state-final = 定稿

# 段落检查的结果
check-number-missing = 原文中的数字 { $what } 不在译文中。
check-number-added = 译文中有数字 { $what }，原文中没有。
check-unit-changed = 同一数字换了单位：{ $what }。
check-date-missing = 原文中的日期 { $what } 不在译文中。
check-date-ambiguous = 日期 { $what } 可能有两种读法：请用文字写月份，或把年份写在前面。
check-glossary-not-used = 团队术语表将“{ $what }”译为“{ $expected }”。
check-forbidden-term = 团队术语表要求不要使用“{ $what }”。
check-term-not-kept = “{ $what }”应原样保留。
check-unit-untranslated = 单位“{ $what }”仍是拉丁字母：请按该语言的写法书写。
check-inconsistent = 本文档其他地方将同一段落译为“{ $what }”。
error-unit-checks-open = 此段落尚不能定稿：请修正检查发现的问题，或保留某项检查并说明理由。
error-interchange-unreadable = 无法读取该文件。请确认文件仍在且您有权打开，然后重试。
error-interchange-too-big = 该文件远超一个文档的段落或记忆库应有的大小。请选择您的翻译工具导出的文件。
error-interchange-malformed = 这不是格式正确的 XLIFF 2 或 TMX 文件。请从翻译工具重新导出；未做任何更改。
error-interchange-hostile = 该文件声明了实体或文档类型，可被用来攻击本应用，因此已被拒绝，未做任何更改。请在不含这些内容的情况下重新导出。
error-interchange-other-document = 该文件属于另一个文档，或包含本文档没有的段落。未做任何更改：请选择从本文档导出的文件。
error-interchange-other-languages = 该文件的语言与本文档不符。未做任何更改：请选择源语言和目标语言相同的文件。
error-glossary-columns = 文件第一行必须写明列名，至少包括 source、source_language 和 language。未添加任何内容。
error-glossary-encoding = 该文件未以 UTF-8 文本保存。请在电子表格中另存为“CSV UTF-8”后重试；未添加任何内容。
error-glossary-row = 文件第 { $line } 行不是术语：需要源术语和两个以双字母代码表示的语言。未添加任何内容：请更正该行后重试。
error-request-incomplete = 此请求缺少该机构要求的材料（列于下方）。请补齐缺少的内容，或说明按现状发送的理由。

# 译员的界面
nav-translations = 翻译
translations-title = 待翻译文档
nav-glossary = 术语表
glossary-title = 团队术语表
glossary-read-only = 您在团队中的角色只能查看术语表，不能修改。协调员或译员可以修改。
glossary-intro = 每位译员的段落都会对照这些术语检查。术语表与整个团队共享：切勿在其中写入患者信息。
glossary-no-team = 术语表属于团队。请在“团队”中加入或创建团队后使用。
glossary-forbidden-hint = 禁用的译法，每行一个
glossary-import = 从 CSV 文件添加术语
glossary-import-hint = 列：source、source_language、language，可选 target、forbidden（以 | 分隔）、keep（yes）、note。语言使用两个字母的代码（ru、es）。
glossary-imported = 已添加 { $added } 个术语；{ $skipped } 个已在术语表中。
glossary-filter = 查找术语
glossary-count = { $terms } 个术语
glossary-empty = 尚无术语。
glossary-actions = 操作
glossary-kept = 保持原样
glossary-delete = 删除
glossary-open-title = 从 CSV 文件添加术语
translations-none = 您负责的病例中没有标记为待翻译的文档。协调员可在病例的文档中标记。
translations-due = 截止 { $date }
record-translate = 翻译…
record-translate-marked = 已标记为待翻译：可在“翻译”中找到。
workspace-back = 所有文档
workspace-coverage = 页面
workspace-prev = 上一页
workspace-next = 下一页
workspace-page = 第 { $page } 页，共 { $pages } 页
workspace-coverage-count = { $passages ->
    [0] 本页尚无段落
   *[other] 本页有 { $passages } 个段落
}
workspace-draw-hint = 在页面上框选一个段落即可翻译。
workspace-type-passage = 输入段落（手写、印章）…
workspace-how = 选取段落的方式
workspace-mode-draw = 框选区域
workspace-mode-select = 选择文字
workspace-no-text = 此页没有可选择的文字：请框选区域，或输入该段落。
workspace-select-hint = 在页面文字中选中一段，然后将其设为段落。
workspace-take-selection = 将所选内容设为段落
workspace-no-passages = 本页尚无段落。
workspace-conflict = 两个版本
workspace-let-stand = 已保留：{ $reason }
workspace-reason = 保留的理由
workspace-matches = 记忆库匹配
workspace-no-matches = 记忆库中没有相似内容。
workspace-versions = 同时产生了两个译文。请保留一个：另一个会保留在历史记录中。
workspace-keep-version = 保留这个
workspace-memory-search = 搜索您的记忆库
workspace-memory-search-go = 搜索
workspace-memory-none = 没有已完成的段落包含这些词。
workspace-interchange = 在其他翻译工具中工作
workspace-interchange-recipient = 文件接收人
workspace-xliff-export = 导出段落（XLIFF）
workspace-xliff-import = 读回已翻译的 XLIFF
workspace-tmx-export = 导出记忆库（TMX）
workspace-tmx-import = 添加记忆库（TMX）
workspace-interchange-saved = 已保存为 { $file }。
workspace-xliff-read = 已更改 { $changed } 个段落，{ $unchanged } 个未变，{ $kept } 个因已审校或定稿而保留。
workspace-tmx-read = 已向您的记忆库添加 { $changed } 对，{ $unchanged } 对已存在。
workspace-match-exact = 完全匹配
workspace-match-numbers = 仅数字不同
workspace-match-fuzzy = { $score }%
workspace-match-use = 使用

# The translated document
translated-title = 认证翻译
translated-document = 文档
translated-languages = 语言
translated-translator = 译员
translated-date = 日期
translated-source-hash = 原件的 SHA-256
translated-text-hash = 译文文本的 SHA-256
translated-statement = 准确性声明
translated-original-page = 原件第 { $n } 页
translated-translation-page = 第 { $n } 页的译文
translated-no-statement = 译员尚未撰写准确性声明。
translated-lang-en = 英语
translated-lang-es = 西班牙语
translated-lang-fr = 法语
translated-lang-ar = 阿拉伯语
translated-lang-zh = 中文
translated-lang-ru = 俄语

workspace-export = 译文文档
workspace-export-recipient = 接收方
workspace-export-overlay = 译文覆盖在原文段落上（而不是每页之后单独一页）
workspace-export-prepare = 生成文档
workspace-export-save = 另存为 PDF…
workspace-export-saved = 已保存为 { $file }，并记入病例。

# Travel (issue 18): the trip, its checklist, itinerary and travellers.
kind-trip-title = 出行
kind-trip-add = 规划出行
field-trip-destination = 目的地
field-trip-hospital = 医院
field-trip-visa-type = 签证
field-trip-template = 依据的模板
field-trip-travel = 出行日期
field-trip-visa = 签证预约
field-trip-admission = 入院
field-trip-return = 返程
field-trip-passport-months = 返程后护照有效期（月）
field-trip-one-parent = 孩子由父母一方陪同出行
field-trip-other-parent-consent = 档案中有另一方父母的同意书
kind-trip-item-title = 出行清单
kind-trip-item-add = 添加事项
field-trip-item-trip = 出行
field-trip-item-title = 事项
field-trip-item-rule = 时间
field-trip-item-due = 截止
field-trip-item-done = 已完成
field-trip-item-assignee = 负责人
field-trip-item-needs = 所需材料
field-trip-item-records = 所需记录
field-trip-item-after = 在此之后
field-trip-item-source = 来源
field-trip-item-check-embassy = 请向使馆核实
field-trip-item-note = 备注
kind-trip-leg-title = 行程
kind-trip-leg-add = 添加到行程
field-trip-leg-trip = 出行
field-trip-leg-leg = 类型
option-leg-flight = 航班
option-leg-ground = 地面交通
option-leg-stay = 住宿
option-leg-appointment = 预约
field-trip-leg-title = 事项
field-trip-leg-from-place = 出发地
field-trip-leg-starts = 开始（当地时间）
field-trip-leg-starts-zone = 当地时区
field-trip-leg-to-place = 目的地
field-trip-leg-ends = 结束（当地时间）
field-trip-leg-ends-zone = 当地时区
field-trip-leg-reference = 预订编号
field-trip-leg-note = 备注
kind-traveller-title = 出行人员
kind-traveller-add = 添加出行人员
field-traveller-trip = 出行
field-traveller-name = 姓名
field-traveller-role = 身份
option-traveller-role-child = 患儿
option-traveller-role-parent = 父母
option-traveller-role-attendant = 陪同人员
field-traveller-passport-expiry = 护照到期日
field-traveller-in-invitation = 已列入邀请函
travel-item-passports = 确认每位出行人员的护照有效期足够
travel-item-records-sent = 将病历资料发送给医院以获取意见
travel-item-quote = 收到治疗方案和费用估算
travel-item-payment-guarantee = 办理付款担保或预付押金
travel-item-invitation = 取得医院的邀请函，写明患儿和陪同人员姓名
travel-item-other-parent-consent = 如孩子由父母一方陪同出行，需另一方的同意书
travel-item-visa-application = 提交签证申请
travel-item-visa-appointment = 按时参加签证预约
travel-item-insurance = 购买旅行医疗保险
travel-item-flights = 预订航班（如需，取得航空公司的医疗许可）
travel-item-accommodation = 预订医院附近的住宿
travel-item-interpreter = 安排入院和会诊时的翻译
travel-item-admission-forms = 填写医院的入院表格
travel-item-transfer = 安排机场接送
travel-item-hand-luggage = 将病情摘要、影像资料和药品放入随身行李
travel-family = 家属
travel-visa-in = 电子医疗签证（及电子医疗陪同签证）
travel-visa-tr = 就医签证
travel-visa-de = 就医签证（申根或国家签证）
travel-visa-es = 就医申根签证
travel-visa-us = 就医 B-2 访问签证
travel-visa-ae = 就医入境许可
travel-starter = Wayfinder 初始清单
travel-anchor-travel = 出行
travel-anchor-visa = 签证预约
travel-anchor-admission = 入院
travel-anchor-return = 返程
travel-flag-circle = 这些事项互相等待、形成循环，都无法开始：{ $items }。请把其中一项从另一项的“在……之后”中移除。
travel-flag-in-past = 已过截止日期。
travel-flag-before = 排在“{ $item }”之前，但应在其之后。
travel-flag-waits = 等待设定{ $anchor }日期。
travel-flag-passport = 护照有效期至少须到 { $date }（返程后 { $months } 个月）。
travel-flag-not-invited = 医院邀请函中未列出此人。
travel-flag-consent = 孩子由父母一方陪同出行，需要另一方的同意书：档案中尚无。
travel-flag-ends-before-start = 结束时间早于开始时间：请核对两端的时区。
travel-flag-time-skipped = 当地不存在这个时间（时钟会跳过）：请核对时间。
travel-flag-overlap = 与“{ $other }”时间重叠。
travel-flag-before-arrival = 在“{ $other }”到达之前就开始。
travel-flag-conflict = 两处同时修改：在保存其中一个版本之前两个版本都会保留。请核对后再次保存。
travel-none = 尚未规划出行。
travel-starter-use = 以 Wayfinder 为该目的地准备的清单开始（每一项请向使馆核实）
today-travel = 到期的出行事项
today-travel-none = 没有到期的出行事项。

## The family's travel checklist (a report)
checklist-title = 我们的{ $country }之行
checklist-hospital = 医院
checklist-travel = 出发日期
checklist-admission = 入院
checklist-return = 返回日期
checklist-todo = 要做的事和截止日期
checklist-what = 事项
checklist-when = 截止
checklist-who = 负责人
checklist-needs = 所需文件
checklist-no-date = 日期待定
checklist-bring = 需要携带
checklist-passport = { $name }的护照
checklist-journey = 行程（当地时间）
checklist-local-time = { $date } { $time }（{ $place }时间）
checklist-call = 联系人
travel-checklist = 家庭清单
travel-checklist-language = 语言
travel-checklist-prepare = 准备家庭清单
travel-checklist-recipient = 家庭
travel-leg-yours = 您的时间：{ $starts } → { $ends }
travel-leg-starts-time = 当地开始时间（时:分）
travel-leg-ends-time = 当地结束时间（时:分）

## Reminders: how many travel items, never which
travel-reminder-today = { $count ->
    [one] 有 1 项出行事项今天到期。
   *[other] 有 { $count } 项出行事项今天到期。
}
travel-reminder-late = { $count ->
    [one] 有 1 项出行事项已逾期。
   *[other] 有 { $count } 项出行事项已逾期。
}
travel-missed = { $count ->
    [one] Wayfinder 锁定或关闭期间，有 1 项出行事项到期。请在“今天”中查看。
   *[other] Wayfinder 锁定或关闭期间，有 { $count } 项出行事项到期。请在“今天”中查看。
}

## The team's travel templates
travel-template-from = 或使用团队模板
travel-template-none = 无
travel-template-name = 模板名称（例如：伊斯坦布尔，Acibadem）
travel-template-save = 保存为团队模板
travel-template-saved = 已保存为团队模板“{ $name }”。
travel-template-option = { $name } · { $country }
travel-leg-time-example = 19:05

## A trip's item written by hand
travel-rule-before = { $anchor }日期前 { $days } 天
travel-rule-after = { $anchor }日期后 { $days } 天
travel-rule-on = 在{ $anchor }当天
travel-item-edit = 修改
travel-item-dated-rule = 在行程某个日期之前或之后的天数
travel-item-dated-date = 在某一日期
travel-item-days = 天数
travel-item-direction = 之前或之后
travel-item-anchor = 行程的哪个日期
travel-item-before = 之前
travel-item-after = 之后
travel-item-save = 保存事项
travel-item-cancel = 取消

## Coordination: the directory, requests, the communication log
kind-request-title = 请求
kind-request-add = 新建请求
field-request-kind = 请求内容
field-request-title = 标题
field-request-questions = 所提问题
field-request-consent = 依据的同意书
field-request-records = 附带的记录
field-request-slides-sent = 已寄送切片或蜡块
field-request-payment-arranged = 已安排付款担保
kind-recipient-title = 接收方
kind-recipient-add = 添加接收方
field-recipient-request = 请求
field-recipient-institution = 机构
field-recipient-institution-name = 机构
field-recipient-status = 状态
field-recipient-follow-up = 跟进日期
field-recipient-outcome = 结果
kind-dispatch-title = 已发送
kind-dispatch-add = 发送
field-dispatch-recipient = 接收方
field-dispatch-packet = 发送的内容
field-dispatch-override-reason = 不完整发送的原因
kind-communication-title = 沟通记录
kind-communication-add = 记录一次沟通
field-communication-channel = 方式
field-communication-direction = 方向
field-communication-date = 日期
field-communication-institution-name = 机构
field-communication-contact = 联系人
field-communication-request = 相关请求
field-communication-summary = 摘要
field-communication-records = 附带的记录
option-request-kind-second-opinion = 第二诊疗意见
option-request-kind-eligibility = 临床试验资格
option-request-kind-admission = 入院
option-request-kind-quote = 报价
option-request-status-draft = 草稿
option-request-status-sent = 已发送
option-request-status-received = 已接收
option-request-status-information-requested = 要求补充信息
option-request-status-accepted = 已接受
option-request-status-declined = 已拒绝
option-request-status-answered = 已答复
option-request-status-cancelled = 已取消
option-direction-incoming = 来电/来信
option-direction-outgoing = 去电/去信
kind-institution-title = 机构名录
kind-institution-add = 添加机构
field-institution-name = 名称
field-institution-kind = 类型
field-institution-department = 科室
field-institution-country = 国家
field-institution-city = 城市
field-institution-languages = 接受的语言
field-institution-turnaround = 通常答复天数
field-institution-email = 电子邮件
field-institution-phone = 电话
field-institution-note = 备注
option-institution-kind-hospital = 医院
option-institution-kind-tumour-board = 肿瘤委员会
option-institution-kind-trial-team = 临床试验团队
option-institution-kind-laboratory = 实验室
option-institution-kind-embassy = 大使馆
option-institution-kind-other = 其他
kind-directory-contact-title = 联系人
kind-directory-contact-add = 添加联系人
field-directory-contact-institution = 机构
field-directory-contact-name = 姓名
field-directory-contact-role = 职务
field-directory-contact-email = 电子邮件
field-directory-contact-phone = 电话
field-directory-contact-languages = 语言
field-directory-contact-channel = 首选联系方式
kind-requirement-title = 请求必须附带的材料
kind-requirement-add = 添加要求
field-requirement-institution = 机构
field-requirement-request-kind = 适用的请求类型
field-requirement-need = 必须附带
field-requirement-language = 使用或译为
option-need-pathology = 病理报告
option-need-slides = 切片或蜡块
option-need-imaging = 影像报告
option-need-imaging-dicom = DICOM 影像
option-need-molecular = 分子检测报告
option-need-lab = 化验结果
option-need-treatment-summary = 治疗总结
option-need-discharge-letter = 出院小结
option-need-referral = 转诊信
option-need-identity = 护照或身份证件
option-need-consent = 家属同意书
option-need-payment-guarantee = 付款担保

## The directory and a case's requests
directory-intro = 团队合作的机构、联系人以及各机构对请求材料的要求。与整个团队共享；不含患者数据。
directory-no-team = 名录属于团队：请加入或创建团队后使用。
directory-filter = 按名称、城市或联系人查找
directory-count = { $count } 个机构
directory-empty = 暂无机构。
directory-no-requirements = 尚无特别要求。
directory-any-language = 任意语言
request-need-in = 须为{ $language }或其译本
nav-directory = 名录
request-none = 暂无请求。
request-institution-gone = 已不在名录中
request-waiting = { $days } 天未答复
request-missing = 按该机构要求，尚缺：
request-sent-on = 发送于 { $date }
request-renamed-since = 现名为 { $title }
request-sent-translation = { $language }译本
today-requests = 等待答复
today-requests-none = 没有超过跟进日期仍在等待的请求。
today-follow-up-today = 今天跟进
request-log-none = 尚无记录。
request-log-no-request = 与请求无关
field-recipient-answer = 答复文件
request-information-task = 向 { $institution } 发送其要求的材料
error-follow-up-past = 该跟进日期已经过去。请选择今天或之后的日期，或留空以使用该机构通常的答复时间。
request-history = 状态历史
request-log-make-task = 创建跟进任务
request-log-task-made = 任务已添加到该病例的任务中。
cases-waiting-request = 等待 { $who }
directory-shown = 显示 { $shown } 个；搜索以查找其他
error-directory-columns = 文件第一行必须列出列名，至少包含“name”列（以及可选的 kind、department、country、city、languages、turnaround、email、phone、note、contact_name、contact_role、contact_email、contact_phone）。未添加任何内容。
error-directory-line = 无法读取此行：其单元格数与第一行列出的列数不同。请检查其中的逗号和引号。
error-directory-changed = 自您查看预览以来，文件已更改。未添加任何内容：请重新打开以查看其当前内容。
error-directory-wrong-lines = 文件中有 { $count } 行有误。未添加任何内容：请更正预览中列出的行，然后重新打开文件。
directory-import = 从 CSV 文件导入…
directory-import-open-title = 选择目录的 CSV 文件
directory-import-summary = 已读取 { $lines } 行（{ $encoding }）：待添加 { $institutions } 个机构和 { $contacts } 个联系人，跳过 { $leftOut } 行，{ $wrong } 行有误。
directory-import-ignored = 未使用的列：{ $columns }
directory-import-line = 第 { $line } 行
directory-import-new = 添加该机构
directory-import-contact = 为第 { $line } 行的机构添加联系人
directory-import-in-directory = 已在目录中：跳过
directory-import-repeated = 与第 { $line } 行为同一机构：跳过
directory-import-wrong = 有误
directory-import-confirm = 添加到目录
directory-import-cancel = 取消
directory-import-fix-first = 有错误行时无法添加任何内容：请更正文件后重新打开。
directory-import-done = 已添加 { $institutions } 个机构和 { $contacts } 个联系人。
directory-import-more = ……另有 { $count } 行待添加。
request-follow-up-due = 跟进日期已到：在得到答复或改期之前，它会显示在“今天”中。
directory-edit = 修改其信息
directory-conflict = 两位成员同时修改了{ $field }。请保留其一：
directory-conflict-keep = 保留“{ $value }”
field-export-sha256 = 文件的 SHA-256
request-send-report = 随附发送的报告
request-send-no-report = 无已导出的报告
request-sent-report = 报告 { $file }

# The audit log
audit-title = 审计日志
audit-none = 尚无记录。
audit-filter-member = 成员
audit-filter-action = 操作
audit-filter-all = 全部
audit-col-when = 时间
audit-col-who = 人员
audit-col-what = 操作
audit-col-device = 设备
audit-shown = 共 { $count } 条，显示 { $shown } 条
audit-whole = 所有条目均已核验：{ $count } 条已签名并相互链接，无缺失。
audit-chain = { $member }，设备 { $device }：
audit-unknown-author = 本机不知道 { $member }（设备 { $device }）的密钥，无法核验其条目。请与团队同步后重新打开该病例。
audit-finding-altered = 第 { $seq } 条在签名后被改动。
audit-finding-missing = 缺少第 { $seq } 至 { $to } 条。
audit-finding-out-of-order = 第 { $seq } 条到达顺序错误。
audit-finding-forked = 两条不同的条目都标为第 { $seq } 条：日志被改写过。
audit-finding-held-back = 只收到 { $seq } 条，但之后的修改提到第 { $to } 条：服务器扣留了部分条目。
audit-finding-foreign = 第 { $seq } 条属于另一台设备的日志。
audit-action-unlocked = 解锁了保险库
audit-action-unlock-failed = 解锁失败
audit-action-case-opened = 打开了病例
audit-action-record-viewed = 查看了文件
audit-action-field-changed = 修改了病例档案
audit-action-imported = 导入了文件
audit-action-exported = 从保险库导出
audit-action-shared = 共享了病例
audit-action-unshared = 将成员移出病例
audit-action-member-added = 添加了成员
audit-action-member-removed = 移除了成员

# Interchange: a case as an HL7 FHIR R4 Bundle, out and in.
error-fhir-not-json = 该文件不是 FHIR 文件（不是 JSON）。未导入任何内容：请向医院索取 JSON 格式的 FHIR R4 Bundle。
error-fhir-not-a-bundle = 该文件是 FHIR，但不是 Bundle。未导入任何内容：请向医院索取包含整个病例的单个 FHIR R4 Bundle。
error-fhir-no-patient = 该文件未包含任何患者，因此没有可导入的儿童。未导入任何内容：请医院在文件中包含 Patient。
error-fhir-changed = 自您查看预览后文件已更改。未导入任何内容：请重新打开以查看其当前内容。
error-fhir-not-confirmed = 在将文件添加到此病例之前，请确认它是同一个孩子的。未导入任何内容。
option-report-fhir = FHIR 格式的病例
fhir-export-save-title = 将病例保存为 FHIR 文件
fhir-import-open-title = 选择来自医院的 FHIR 文件
fhir-kept-heading = 从 { $file } 保留：病例中没有位置的内容。
fhir-kept-no-place = 病例中没有对应位置
fhir-kept-other-patient = 属于另一位患者
fhir-kept-no-file = 其文件未包含在内
fhir-kept-bad-file = 其文件无法解码
fhir-kept-another-condition = 另一个诊断（病例仅保存一个）
fhir-kept-fields = 没有对应位置的字段
fhir-kept-invalid = Wayfinder 不接受的值
fhir-kept-in-case = 病例中已有
fhir-kept-protected = 其文件受密码保护
fhir-kept-unreadable = 其文件无法读取
fhir-title = 与医院系统交换（FHIR）
fhir-export-intro = 将病例导出为医院系统可读取的 HL7 FHIR R4 文件。您选择的同意书决定其显示儿童的哪些信息，与报告相同。
fhir-originals = 包含记录的文件
fhir-export = 导出为 FHIR…
fhir-exported = 已保存为 { $file }。
fhir-import-case = 将 FHIR 文件添加到此病例…
fhir-import-new = 从 FHIR 文件新建病例…
fhir-preview-title = 文件内容
fhir-compare-file = 文件中
fhir-compare-case = 此病例中
fhir-not-given = 未提供
fhir-same-child = 这是同一个孩子
fhir-differ = 姓名或出生日期不一致。只有在确定是同一个孩子时才确认。
fhir-counts = 联系人 { $contacts } 个，治疗 { $treatments } 项，记录 { $records } 份，同意书 { $consents } 份，已记录消息 { $communications } 条
fhir-diagnosis = 诊断：{ $text }
fhir-kept-title = 作为备注随病例保存：没有对应位置或不被接受
fhir-missing = 文件未提供新病例所需的全部信息。请填写：
fhir-import = 导入
fhir-cancel = 取消
fhir-imported = 已导入：{ $records } 份记录和 { $entities } 个条目；{ $kept } 项作为备注保存。

# The disclosure report and its signed statement.
disclosure-title = { $child } 的记录披露情况
disclosure-title-unnamed = 儿童记录的披露情况
disclosure-intro = 从此病例发出的每份报告、记录和文件：发给谁、何时、依据哪份同意书，并附每个已发送文件的 SHA-256 指纹，可据此核对收到的文件。
disclosure-when = 时间
disclosure-what = 内容
disclosure-to = 接收方
disclosure-consent = 依据的同意书
disclosure-file = 文件
disclosure-by = 发送人
disclosure-none = 此病例尚未发出任何内容。
disclosure-no-consent = 未选择
disclosure-no-hash = 未记录（发送时尚未保存指纹）
disclosure-family = 家属
option-report-disclosure = 披露报告
option-report-statement = 已签名的披露声明（JSON）
statement-save-title = 保存已签名的披露声明
reports-statement-export = 导出已签名的声明（JSON）…
reports-statement-hint = 隐私官无需 Wayfinder 保险库即可核验声明：wayfinder-audit verify STATEMENT.json
field-export-consent = 依据的同意书

# The audit log exported.
audit-col-object = 对象
audit-col-chain = 链
audit-chain-checked = 已核验
audit-chain-broken = 未通过核验：请查看发现的问题
audit-export-csv = 导出日志（CSV）…
audit-export-pdf = 导出日志（PDF）…
audit-export-save-title = 保存审计日志
audit-exported = 已保存为 { $file }。
audit-pdf-title = { $child } 病例的审计日志

# The sealed case archive.
error-archive-not-an-archive = 该文件不是 Wayfinder 病例归档。未导入任何内容：请选择发送给您的 .wfarchive 文件。
error-archive-too-new = 该归档由更新版本的 Wayfinder 创建。未导入任何内容：请更新 Wayfinder 后再打开。
error-archive-wrong-passphrase = 该口令无法打开此归档。未导入任何内容：请与发送者核对口令后重试。
error-archive-truncated = 归档不完整：未完整送达。未导入任何内容：请让对方重新发送。
error-archive-altered = 归档在封存后被改动。未导入任何内容：请让对方重新发送，并告知发送者。
error-archive-case-exists = 此病例已在您的保险库中。未重复导入任何内容。
error-archive-refused = 归档中包含 Wayfinder 不接受的修改。未导入任何内容：请让发送者检查该病例。
option-report-archive = 封存的病例归档
archive-save-title = 保存封存的病例归档
archive-open-title = 选择封存的病例归档
archive-title = 封存的病例归档
archive-intro = 整个病例（病例档案、记录和审计日志）封存在一个用口令保护的文件中。请通过文件以外的途径把口令告诉接收者。
archive-passphrase = 归档口令
archive-recipient = 接收者
archive-export = 导出封存归档…
archive-import = 打开封存的病例归档…
archive-exported = 已保存为 { $file }。
error-archive-not-for-you = 此归档是为团队中另一位成员封存的：只有她的 Wayfinder 能打开。未导入任何内容：请让发送者为您封存。
error-archive-unknown-sender = 封存此归档的人不在您团队的名册中，无法核实发送者。未导入任何内容：请先与团队同步后再打开，或请发送者改用口令封存的归档。
archive-seal-for = 封存给
archive-seal-passphrase = 我告知口令的人
archive-member-intro = 为团队成员封存后，只有她的 Wayfinder 能打开：无需传递口令。
archive-open-intro = 为您封存的归档无需口令即可打开。
audit-pdf-vault-title = 本保险库的审计日志：解锁与团队成员
audit-vault-title = 本保险库自身的日志
audit-vault-intro = 在这台电脑上的解锁、解锁失败，以及团队成员的加入与移除。每个病例的日志在其页面上。
