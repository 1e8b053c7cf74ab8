# 提案、草稿、共同所有方、重复检查和审查（第 5 号议题第 1 至 3 点）。
# 六种语言的键相同；由单元测试检查。

nav-mine = 我的项目
nav-review = 审查

## 提案表单

proposal-new-title = 提出项目
proposal-edit-title = 修改提案
proposal-on-behalf = 您代表{ $government }提出此项目。
proposal-lead = 保存草稿只需填写标题。若要提交审查，请填写所有未标明“可选”的字段。
proposal-field-title = 标题
proposal-field-summary = 摘要
proposal-hint-summary = 用几句话说明项目内容（最多 4,000 个字符）。
proposal-field-objectives = 目标
proposal-field-expected-results = 预期成果
proposal-hint-lines = 每行一项。
proposal-field-themes = 主题
proposal-field-countries = 涉及的国家
proposal-hint-countries = 选择一个或多个：按住 Ctrl（Mac 上为 Cmd）可选择多个。请填写国家、区域或两者。
proposal-field-regions = 涉及的区域
proposal-field-needs = 项目需求
proposal-hint-needs = 每行一项需求：需求类型，必要时加几句说明。未用的行请留空；保存草稿后可获得更多行。
proposal-need-kind = 需求 { $count }：类型
proposal-need-description = 需求 { $count }：说明（可选）
proposal-need-none = 此行无需求
proposal-field-timeframe = 时间安排
proposal-hint-dates = 日期格式为年-月-日，例如 2027-03-01。
proposal-field-start = 开始
proposal-field-end = 结束
proposal-field-budget = 预算范围（可选）
proposal-hint-budget = 以美元计。
proposal-budget-none = 未说明
proposal-field-outcomes = 所落实的全球论坛成果（可选）
proposal-hint-outcomes = 展开一场圆桌会议以查看其建议。
proposal-field-stage = 当前阶段
proposal-hint-stage = 项目可在任何阶段进入平台。
proposal-hint-stage-fixed = 首次提交后，阶段在项目页面上变更，并附有注明日期的说明。
proposal-field-contact = 联系方式
proposal-field-contact-name = 联系人
proposal-field-contact-email = 联系电子邮件地址
proposal-field-language = 文本语言
proposal-hint-language = 您撰写标题、摘要和其他文本所用的语言。
proposal-continue = 继续
proposal-save-draft = 保存草稿
proposal-hint-buttons = “继续”会检查提案，并在您提交之前显示相似项目。“保存草稿”可保留提案，以后再完成。

## 表单中的问题

proposal-error-title = 请输入标题
proposal-error-title-long = 请将标题缩短至 200 个字符以内
proposal-error-summary = 请输入摘要
proposal-error-summary-long = 请将摘要缩短至 4,000 个字符以内
proposal-error-objectives = 请输入目标
proposal-error-expected-results = 请输入预期成果
proposal-error-text-long = 请将此文本缩短至 10,000 个字符以内
proposal-error-themes = 请至少选择一个主题
proposal-error-theme-unknown = 请从列表中选择主题
proposal-error-places = 请至少选择一个国家或区域
proposal-error-country-unknown = 请从列表中选择国家
proposal-error-region-unknown = 请从列表中选择区域
proposal-error-need-kind = 请选择此需求的类型，或清空此行
proposal-error-need-unknown = 请从列表中选择需求类型
proposal-error-need-long = 请将此需求的说明缩短至 2,000 个字符以内
proposal-error-start = 请输入开始日期
proposal-error-end = 请输入结束日期
proposal-error-date = 请输入有效日期，例如 2027-03-01
proposal-error-end-before-start = 结束日期必须晚于开始日期
proposal-error-budget = 请从列表中选择预算范围
proposal-error-outcome = 请从列表中选择全球论坛成果
proposal-error-stage = 请选择当前阶段
proposal-error-contact-name = 请输入联系人姓名
proposal-error-contact-name-long = 请将联系人姓名缩短至 200 个字符以内
proposal-error-contact-email = 请输入联系人的电子邮件地址，例如 name@example.org
proposal-error-language = 请选择文本语言
proposal-error-state = 此项目在当前状态下无法更改。
proposal-error-already-owner = 贵国政府已是此项目的所有方。

## 确认信息

proposal-done-draft_saved = 草稿已保存。您可以在“我的项目”中找到它。
proposal-done-join_requested = 您的加入请求已发送给项目所有方。
proposal-done-invitation_accepted = 贵国政府现为该项目的共同所有方。
proposal-done-invitation_declined = 已谢绝邀请。
proposal-done-request_accepted = 申请加入的政府现为共同所有方。
proposal-done-request_declined = 已拒绝加入请求。
proposal-done-co_owner_invited = 邀请已发送。该国政府的代表将在平台上确认。
proposal-done-decided = 决定已记录。已通过电子邮件通知所有方。

## 重复检查

check-title = 相似项目
check-lead = 提交之前，请查看是否已有其他政府在开展与您类似的项目：
check-none = 未找到相似项目。您可以提交提案。
check-found = 这些项目与您的项目相似。您仍可提交提案，也可申请作为共同所有方加入其中一个项目。
check-similarity = 相似度 { $count }%
similar-band-same = 极有可能是同一项目
similar-band-related = 相关项目
check-own-project = 贵国政府的项目
check-join = 申请加入
check-join-hint = 项目所有方将答复您的请求；若接受，贵国政府即成为共同所有方。您的提案仍保留在草稿中。
check-continue-heading = 提交您的提案
check-submit = 提交审查
check-back = 返回提案

## 我的项目

mine-title = 我的项目
mine-lead = { $government }的项目，以及等待您答复的事项。
mine-propose = 提出项目
mine-invitations = 共同拥有项目的邀请
mine-join-requests = 加入您项目的请求
mine-join-request = { $government }申请加入：
mine-accept = 接受
mine-decline = 拒绝
mine-drafts = 草稿
mine-drafts-none = 没有草稿。
mine-changed = 最后修改于{ $date }
mine-projects = 贵国政府的项目
mine-projects-none = 贵国政府尚未提交任何项目。
mine-col-project = 项目
mine-col-status = 状态
mine-col-stage = 阶段
mine-col-owners = 所有方
mine-sent-requests = 您申请加入其他项目的请求

## 共同所有方

co-owners-title = 共同所有方
co-owners-current = 所有方
co-owners-invited = 邀请
co-owners-invite = 邀请一国政府
co-owners-invite-lead = 受邀政府的代表在平台上接受或拒绝。接受后，该国政府即与您共同拥有此项目。
co-owners-government = 政府
co-owners-choose = 选择一国政府
co-owners-send = 发送邀请
co-owner-error-government = 请从列表中选择一国政府
co-owner-error-pending = 该国政府已是所有方或已受到邀请

## 项目页面

project-decision = 审查决定
project-expected-results = 预期成果
project-timeframe = 时间安排
project-budget = 预算范围
project-contact = 联系方式
project-regions = 涉及的区域
project-owner-actions = 供所有方使用
project-edit = 修改提案
project-submit = 检查并提交审查
project-co-owners = 共同所有方
project-withdraw = 撤回项目
project-review-link = 审查此项目
duplicates-heading = 可能的重复项目
duplicates-flag = 很可能与现有项目重复

## 审查

review-queue-title = 待审查项目
review-queue-lead = 各国政府提交的项目，等待全球论坛相关机构作出决定。最早提交的排在最前。
review-queue-empty = 没有等待审查的项目。
review-queue-count = { $count ->
       *[other] { $count } 个项目等待审查。
    }
review-submitted-on = 提交于{ $date }
review-title = 审查
review-open-project = 打开项目页面
review-decision = 决定
review-comments = 意见
review-comments-hint = 要求修改（说明修改内容）或拒绝（说明理由）时必填。所有方将通过电子邮件收到这些意见。
review-send = 记录决定
review-error-decision = 请选择一项决定
review-error-comments = 请说明所有方应修改的内容
review-error-reason = 请说明拒绝的理由
review-error-comments-long = 请将意见缩短至 2,000 个字符以内

## 代码列表

budget-under_50k = 5 万美元以下
budget-50k_250k = 5 万至 25 万美元
budget-250k_1m = 25 万至 100 万美元
budget-over_1m = 100 万美元以上
decision-endorse = 认可
decision-request_changes = 要求修改
decision-decline = 拒绝
answer-pending = 等待答复
answer-accepted = 已接受
answer-declined = 已拒绝

## 审查决定电子邮件

email-review-subject-endorse = 已认可：{ $title }
email-review-subject-request_changes = 要求修改：{ $title }
email-review-subject-decline = 已拒绝：{ $title }
email-review-lead-endorse = 全球论坛审查人员已认可贵国政府的项目“{ $title }”。认可及其日期现已显示在项目页面上。
email-review-lead-request_changes = 全球论坛审查人员要求修改贵国政府的项目“{ $title }”。请修改提案后重新提交。
email-review-lead-decline = 全球论坛审查人员已拒绝贵国政府的项目“{ $title }”。
email-review-comments = 审查人员的意见：
email-review-action = 打开项目：
email-review-link = 打开项目
