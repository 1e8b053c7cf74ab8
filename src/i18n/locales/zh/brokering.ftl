# 撮合：协调员的待办队列和候选伙伴、引荐、合作意向、会议及相关邮件。

brokering-nav = 协调工作
brokering-queue-title = 需要合作伙伴的项目
brokering-queue-lead = 列有需求的公开项目，等待最久的排在最前：先看需求未得到满足的时长，再看所处阶段（越早越靠前），最后看从未引荐或最久未引荐的项目。
brokering-queue-caption = 需要合作伙伴的项目，最受忽视的排在最前
brokering-queue-count = { $count ->
   *[other] { $count } 个项目需要合作伙伴
}
brokering-queue-empty = 目前没有列出需求的公开项目。
brokering-project = 项目
brokering-unmet-since = 需求未满足起始日期
brokering-stage = 阶段
brokering-last-introduction = 最近一次引荐
brokering-never = 从未
brokering-needs-count = { $count ->
   *[other] { $count } 项需求
}
brokering-open-introductions = { $count ->
   *[other] { $count } 项引荐待答复
}
brokering-open-interests = { $count ->
    [0] 合作意向（没有待答复的）
   *[other] 合作意向（{ $count } 项待答复）
}
brokering-project-page = 项目的公开页面
brokering-candidates-title = 可能的合作伙伴
brokering-candidates-lead = 按各组织与项目的契合程度排序，并列出理由及每项理由对得分的贡献。项目所有方、现有伙伴、已被引荐的组织以及最近拒绝过的组织不在其列。
brokering-candidates-none = 目前还没有与该项目契合的组织。填写了可提供支持、主题和国家的组织简介会有帮助。
brokering-score = 得分 { $score }
brokering-introduce = 引荐
brokering-unreachable = 目前无法联系到该组织的任何人：请添加联系点（具名联系人或职能邮箱）后进行引荐。
brokering-introductions = 引荐
brokering-introductions-none = 尚无引荐。
brokering-meetings = 会议
brokering-meetings-none = 尚无会议。
brokering-meeting-propose = 提议召开会议

brokering-introduce-title = 引荐一个组织
brokering-introduce-lead = 双方都会收到一封电子邮件，内含您的留言以及接受或拒绝的链接。双方都接受后，该组织即以您提议的角色成为合作伙伴，双方也会收到对方的联系方式。
brokering-organisation = 组织
brokering-role = 提议的角色
brokering-message = 个人留言
brokering-message-hint = { $count ->
   *[other] 纯文本，最多 { $count } 个字符。
}
brokering-introduce-send = 发送引荐
brokering-cancel = 取消
brokering-error-role = 请从列表中选择一个角色。
brokering-error-empty = 请在此填写内容。
brokering-error-too-long = { $count ->
   *[other] 请将内容缩短至 { $count } 个字符以内。
}
brokering-error-already-partner = 该组织已参与此项目。
brokering-error-already-open = 该组织与此项目之间已有一项引荐正在等待答复。
brokering-error-no-project-contact = 无人能代表该项目答复：项目的所有方政府在平台上都没有代表。
brokering-error-no-candidate-contact = 该组织尚无人在平台上开设账户：请先邀请一名成员，再进行引荐。

brokering-introduction-title = 引荐
brokering-accept-title = 接受引荐
brokering-decline-title = 拒绝引荐
brokering-state = 状态
brokering-state-proposed = 等待答复
brokering-state-accepted = 双方均已接受
brokering-state-declined = 已拒绝
brokering-state-expired = 已过期
brokering-side-project = 项目方的答复
brokering-side-candidate = 组织方的答复
brokering-answer-waiting = 尚未答复
brokering-answer-accepted = 已接受
brokering-answer-declined = 已拒绝
brokering-expires = 答复截止日期
brokering-proposed-by = 提议人
brokering-decline-reason = 理由
brokering-decline-hint = 双方和协调员都会看到此内容。
brokering-answer-for-project = 您代表项目的答复
brokering-answer-for-organisation = 您代表本组织的答复
brokering-accept-explain = 双方都接受后，该组织即以提议的角色成为合作伙伴，双方也会收到对方的联系方式。
brokering-accept = 接受
brokering-decline = 拒绝
brokering-accept-instead = 改为接受
brokering-decline-instead = 改为拒绝
brokering-you-accepted = 您已接受。对方尚未答复。
brokering-you-declined = 您已拒绝。双方均已收到通知。
brokering-now-partners = 双方均已接受：该组织现已成为合作伙伴，双方已通过电子邮件收到对方的联系方式。
brokering-closed = 此引荐已不再等待答复。
brokering-already-answered = 您这一方已经答复过了。

brokering-partnering = 合作
brokering-see-candidates = 查看可能的合作伙伴并进行引荐
brokering-interest-heading = 贵组织希望成为合作伙伴吗？
brokering-offer = 贵组织可提供的支持
brokering-interest-send = 告知项目所有方
brokering-interest-pending = 贵组织已于 { $date } 表示希望成为合作伙伴；所有方尚未答复。
brokering-interest-partner = 贵组织已参与此项目。
brokering-interest-sign-in = 各组织的成员可以表示希望成为合作伙伴。
brokering-interest-members-only = 各组织的成员和代表可以表示希望成为合作伙伴。
brokering-error-offer = 请从列表中选择贵组织可提供的支持。
brokering-error-interest-partner = 贵组织已参与此项目。
brokering-error-interest-open = 贵组织之前的留言仍在等待答复。
brokering-interest-title = 合作意向
brokering-interests-title = 合作意向
brokering-interests-caption = 希望成为合作伙伴的组织，待答复的排在最前
brokering-interests-none = 尚无组织表达合作意向。
brokering-interest-state-open = 等待答复
brokering-interest-state-accepted = 已接受
brokering-interest-state-declined = 已拒绝
brokering-date = 日期
brokering-interest-accept-heading = 接受：使其成为合作伙伴
brokering-interest-accept = 接受
brokering-interest-decline-heading = 拒绝
brokering-interest-accepted = 已接受：该组织现已成为合作伙伴，并已通过电子邮件收到您的联系方式。
brokering-interest-declined = 已拒绝：已将理由告知该组织。

brokering-meeting-new-title = 提议召开会议
brokering-meeting-edit-title = 修改会议
brokering-meeting-default-title = 关于“{ $project }”的会议
brokering-meeting-organisations = 受邀组织（其在平台上的所有人员都会收到邀请）
brokering-meeting-title-field = 标题
brokering-meeting-date = 日期
brokering-meeting-start = 开始时间
brokering-meeting-end = 结束时间
brokering-meeting-zone = 时区
brokering-meeting-place = 地点
brokering-meeting-place-hint = 填写地址；如为线上会议请留空。
brokering-meeting-online = 线上会议链接
brokering-meeting-agenda = 议程
brokering-meeting-send = 发送邀请
brokering-meeting-save = 保存并发送更新
brokering-meeting-when = 时间
brokering-meeting-organiser = 提议人
brokering-meeting-your-answer = 您是否出席？
brokering-rsvp-yes = 是，我会出席
brokering-rsvp-no = 否，我无法出席
brokering-attending-yes = 出席
brokering-attending-no = 不出席
brokering-meeting-answered = 已记录您的答复。
brokering-meeting-invitees = 受邀人员
brokering-meeting-yes-count = { $count ->
    [0] 尚无人确认出席。
   *[other] { $count } 人将出席。
}
brokering-meeting-notes = 纪要
brokering-meeting-notes-field = 会议纪要
brokering-meeting-notes-save = 保存纪要
brokering-meeting-notes-saved = 纪要已保存。
brokering-meeting-cancel = 取消会议
brokering-meeting-cancelled = 此会议已取消。
brokering-error-organisations = 请至少选择一个该项目的合作伙伴组织。
brokering-error-no-invitees = 所选组织中没有可邀请的账户。
brokering-error-date = 请按“年-月-日”格式填写日期，例如 2027-01-15。
brokering-error-time = 请按“时:分”格式填写时间，例如 14:30。
brokering-error-zone = 请从列表中选择一个时区。
brokering-error-order = 会议的结束时间必须晚于开始时间。
brokering-error-gap = 该时间在此时区不存在或出现两次（时钟调整）：请另选时间。
brokering-error-link = 请填写以 https:// 或 http:// 开头的网址。
brokering-error-where = 请填写地点、线上会议链接，或两者都填。

audit-action-introduction-proposed = 已提议引荐
audit-action-introduction-answered = 已答复引荐
audit-action-introduction-accepted = 引荐已被接受
audit-action-introduction-declined = 引荐已被拒绝
audit-action-introduction-expired = 引荐已过期
audit-action-interest-expressed = 已表达合作意向
audit-action-interest-accepted = 合作意向已被接受
audit-action-interest-declined = 合作意向已被拒绝
audit-action-meeting-proposed = 已提议会议
audit-action-meeting-changed = 会议已修改
audit-action-meeting-cancelled = 会议已取消
audit-action-meeting-notes_saved = 会议纪要已保存
audit-subject-introduction = 引荐
audit-subject-interest = 合作意向
audit-subject-meeting = 会议

# 电子邮件
email-intro-subject = 引荐：“{ $project }”的一个可能合作伙伴
email-intro-reminder-subject = 提醒：“{ $project }”的一项引荐正在等待您的答复
email-intro-reminder = 您这一方尚未答复此引荐，它即将过期。
email-intro-lead-project = 移民与发展全球论坛支持小组的{ $facilitator }建议{ $organisation }以“{ $role }”的角色加入您的项目“{ $project }”。
email-intro-lead-candidate = 移民与发展全球论坛支持小组的{ $facilitator }建议贵组织{ $organisation }以“{ $role }”的角色加入项目“{ $project }”（{ $owners }）。
email-intro-message = { $facilitator }写道：
email-intro-accept = 代表贵组织接受（需要登录）：
email-intro-decline = 拒绝并说明理由：
email-intro-accept-button = 接受
email-intro-decline-button = 拒绝
email-intro-sign-in = 各方登录后代表本组织答复。
email-intro-expires = 如未获双方答复，此引荐将于 { $date } 过期。
email-intro-outcome-subject-accepted = “{ $project }”有了新的合作伙伴
email-intro-outcome-subject-declined = 引荐已被拒绝：“{ $project }”
email-intro-outcome-subject-expired = 引荐已过期：“{ $project }”
email-intro-outcome-accepted = 双方均已接受：{ $organisation }现以“{ $role }”的角色成为“{ $project }”的合作伙伴。
email-intro-outcome-declined = { $organisation }与“{ $project }”之间的引荐已被拒绝。
email-intro-outcome-expired = { $organisation }与“{ $project }”之间的引荐在双方接受之前已过期。
email-reason-given = 给出的理由：
email-contacts = 对方的联系人：
email-see-project = 查看项目
email-interest-subject = { $organisation }希望成为合作伙伴
email-interest-lead = { $organisation }的{ $person }希望成为您的项目“{ $project }”的合作伙伴，可提供：{ $offer }。
email-interest-message = 对方留言：
email-interest-answer = 接受或拒绝
email-interest-outcome-subject-accepted = 您现已成为“{ $project }”的合作伙伴
email-interest-outcome-subject-declined = 来自“{ $project }”的答复
email-interest-outcome-accepted = 所有方已接受：{ $organisation }现以“{ $role }”的角色成为“{ $project }”的合作伙伴。
email-interest-outcome-declined = “{ $project }”的所有方拒绝了{ $organisation }的合作提议。
email-meeting-subject-new = 邀请：{ $title }
email-meeting-subject-changed = 已修改：{ $title }
email-meeting-subject-cancelled = 已取消：{ $title }
email-meeting-lead-new = { $organiser }邀请您参加关于项目“{ $project }”的会议。
email-meeting-lead-changed = { $organiser }修改了关于项目“{ $project }”的会议，请重新答复。
email-meeting-lead-cancelled = { $organiser }取消了关于项目“{ $project }”的会议。
email-meeting-when = 时间：
email-meeting-place = 地点：
email-meeting-online = 线上：
email-meeting-agenda = 议程：
email-meeting-answer = 在平台上答复
email-meeting-answer-at = 请在平台上告知您是否出席：{ $url }
email-meeting-calendar = 附件中的邀请可将此会议添加到您的日历。

## Contact points and personal introduction links (issue 13)
email-intro-personal = 此链接仅供您本人使用，请勿转发：接受时将同时为您创建平台账户，拒绝则无需账户。
email-intro-accept-personal = 代表贵组织接受（您将为新账户设置密码）：
reply-title = 为贵组织提出的引荐
reply-lead = 全球移民与发展论坛支持小组建议{ $organisation }加入此项目。请阅读项目内容，然后代表贵组织接受或拒绝。
reply-has-account = 此地址已在平台上有账户。请登录后代表贵组织答复。
reply-sign-in = 登录并答复
reply-accept-heading = 接受并创建您的账户
reply-accept-explain = 您的账户将使用地址 { $email }，此链接已确认该地址。您将自动登录，并可从此关注该项目。
reply-accept-submit = 接受并创建我的账户
reply-decline-heading = 拒绝（无需账户）
reply-decline-hint = 协调员和项目所有方会看到您的理由；不会创建账户。
reply-home = 前往首页
reply-unknown-title = 此链接无效
reply-unknown-advice = 请确认打开的是邮件中的完整链接，链接可能被截断。如仍无法使用，请写信给全球移民与发展论坛支持小组索取新链接。
reply-used-title = 此链接已被使用
reply-used-advice = 已有人通过此链接作出答复。如果您已创建账户，请登录查看引荐；否则请写信给全球移民与发展论坛支持小组索取新链接。
reply-expired-title = 此链接已过期
reply-expired-advice = 答复此引荐的期限已过。如贵组织仍有兴趣，请写信给全球移民与发展论坛支持小组：协调员可以重新提出。
reply-closed-title = 此引荐已有答复
reply-closed-advice = 贵组织的其他人已作答复，或项目方已拒绝，或引荐已过期。您无需再做任何事。
reply-gone-title = 此引荐已不存在
reply-gone-advice = 相关组织已被合并或删除，或项目已撤回。如您认为有误，请写信给全球移民与发展论坛支持小组。
reply-declined-title = 您已拒绝此引荐
reply-declined-advice = 感谢您的答复。协调员和项目所有方已收到您的理由；未创建账户。
brokering-you-accepted-welcome = 欢迎：您的账户已就绪，您已代表贵组织接受。项目方尚未答复，届时会通过电子邮件通知您。
brokering-now-partners-welcome = 欢迎：您的账户已就绪。双方均已接受，贵组织现为合作伙伴，双方已通过电子邮件获得对方的联系方式。
contact-kind-person = 具名联系人
contact-kind-mailbox = 职能邮箱
contact-shown-nothing = 不公开显示
contact-shown-name = 显示姓名和职务
contact-shown-address = 显示姓名、职务和地址
contact-error-kind = 请选择具名联系人或职能邮箱。
contact-error-name = 请输入 1 至 100 个字符的名称。
contact-error-title = 职务请控制在 120 个字符以内。
contact-error-email = 请输入电子邮件地址，例如 partnerships@example.org。
contact-error-lang = 请选择六种语言之一。
contact-error-shown = 请选择公开页面可显示的内容。
contacts-title = 联系点
contacts-lead = 在该组织尚无人拥有账户时联系它的方式：具名联系人或职能邮箱。引荐将通过带个人链接的电子邮件发送给他们。
contacts-none = 尚无联系点。
contacts-field-lang = 邮件语言
contacts-field-shown = 在公开页面上
contacts-actions = 操作
contacts-unreachable = 发往此地址的邮件被退回
contacts-remove = 删除
contacts-add = 添加联系点
contacts-field-kind = 类型
contacts-name-hint = 联系人姓名或邮箱名称（例如“UNICEF 合作伙伴关系”）。
contacts-field-title = 职务（可选）
contacts-shown-hint = 只显示联系人同意公开的内容；除非对方同意，地址不公开。
contacts-add-submit = 添加此联系点
contacts-added = 已添加联系点。
contacts-removed = 已删除联系点。
contacts-error-duplicate = 该组织已有使用此地址的联系点。
contacts-public-heading = 联系点
contacts-manage = 管理联系点
brokering-contact-added = 已添加联系点：现在可以引荐该组织。
brokering-add-contact = 添加联系点
brokering-bounced = 发往该组织联系点的邮件被退回：请更正地址或添加其他联系点。
brokering-fit-scale = 契合度满分为 100：此项目的最佳候选方为 100。
brokering-fit = 契合度 { $fit }/100
brokering-filter-label = 显示哪些候选方
brokering-filter-ready = 现在即可引荐
brokering-filter-contact = 需要联系点
brokering-filter-all = 全部
waiting-title = 等待您答复
waiting-lead = 等待您答复的引荐、合作意向、会议邀请、邀请和请求，按截止日期由近及远排列。
waiting-none = 目前没有需要您答复的事项。
waiting-introductions = 引荐
waiting-intro-project = 为您的项目推荐了{ $organisation }
waiting-intro-candidate = 贵组织被推荐为合作伙伴
waiting-answer-on-mine = 在“我的项目”中答复
nav-waiting = { $count ->
    [0] 待您答复
   *[other] 待您答复（{ $count }）
}
reply-why = 为何推荐贵组织
waiting-interests = 合作意向
waiting-interest = { $organisation } 希望成为合作伙伴
waiting-expressed = 表达于
waiting-meetings = 会议邀请
waiting-meeting-starts = 举行日期
waiting-sent = 发送于
waiting-panel = { $count } 项事务等待您的答复
waiting-panel-all = 所有等待您答复的事务
