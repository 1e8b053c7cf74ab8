## 项目进展：阶段、动态、里程碑、伙伴（议题5）
progress-heading = 进展
progress-overdue = 动态逾期未更新。
progress-overdue-detail = 进行中的项目应至少每{ $count }天发布一次动态。
progress-manage-link = 管理阶段、动态、里程碑和伙伴
progress-follow-up-link = 所有项目的跟进情况
progress-milestones = 里程碑
progress-milestones-none = 尚未设定任何里程碑。
progress-due = 截止
progress-reached = 达成于
progress-not-reached = 尚未达成
progress-updates = 动态
progress-updates-none = 尚未发布任何动态。
progress-done-stage = 项目已进入新阶段。
progress-done-update = 您的动态已发布。
progress-done-milestone = 里程碑已添加。
progress-done-reached = 里程碑已标记为达成。
progress-done-partner-added = 伙伴已添加。
progress-done-partner-removed = 伙伴已移除。
progress-error-stage = 请选择项目要进入的阶段。
progress-error-same-stage = 项目已处于该阶段，请选择其他阶段。
progress-error-date = 请输入日期，例如 2026-03-31。
progress-error-date-future = 日期不能晚于今天。
progress-error-date-before-last = 上一次阶段变更的日期为{ $date }：日期不能早于该日。
progress-error-date-range = 请输入1990年至2100年之间的日期。
progress-error-too-long = 请将文字缩短至最多{ $count }个字符。
progress-error-update-empty = 请写下自上次动态以来发生的事情。
progress-error-milestone-empty = 请说明该里程碑的内容。
progress-error-organisation = 请从找到的组织中选择一个。
progress-error-role = 请选择伙伴的角色。
progress-error-already-partner = 该组织已以此角色成为伙伴。
progress-error-question-empty = 请写下您的问题。
progress-error-answer-empty = 请写下回答。
progress-error-reason-empty = 请说明隐藏的原因；原因将显示在原内容的位置。

## 管理页面
manage-title = 管理项目
manage-stage = 阶段
manage-new-stage = 新阶段
manage-choose = 请选择…
manage-stage-date = 变更日期
manage-date-hint = 默认为今天；不能晚于今天。
manage-stage-note = 说明（可选）：发生了什么
manage-stage-submit = 变更阶段
manage-update = 发布动态
manage-update-text = 发生了什么
manage-plain-text-hint = 纯文本；以 http:// 或 https:// 开头的网址会变成链接。
manage-update-date = 动态日期
manage-update-submit = 发布动态
manage-milestone-add = 添加里程碑
manage-milestone-title = 里程碑
manage-milestone-due = 截止日期
manage-milestone-submit = 添加里程碑
manage-mark-reached = 标记为达成
manage-partner-add = 添加伙伴
manage-partner-search = 按名称或代码查找组织
manage-partner-find = 查找
manage-partner-none-found = 没有与这些词匹配的组织。
manage-partner-organisation = 组织
manage-partner-role = 角色
manage-partner-submit = 添加伙伴
manage-partner-remove = 移除

## 跟进列表
follow-up-title = 项目跟进
follow-up-lead-own = 贵国政府进行中的项目，最久没有动态的排在最前。
follow-up-lead-all = 所有进行中的项目，最久没有动态的排在最前。
follow-up-none = 没有进行中的项目。
follow-up-overdue-count = { $count ->
    [0] 没有逾期未更新的动态。
   *[other] { $count }个项目的动态逾期未更新。
}
follow-up-caption = 进行中的项目及其最新动态
follow-up-project = 项目
follow-up-stage = 阶段
follow-up-last-update = 最新动态
follow-up-flag = 动态
follow-up-never = 尚无
follow-up-up-to-date = 按时更新

## 问题和评论
questions-heading = 问题和评论
questions-none = 尚无人提问。
questions-hidden = 已被协调人隐藏：
questions-answered-by = 回答方：
questions-answer = 回答此问题
questions-correct-answer = 修改回答
questions-send-answer = 发布回答
questions-hide-question-reason = 隐藏此问题的原因
questions-hide-question = 隐藏问题
questions-hide-answer-reason = 隐藏此回答的原因
questions-hide-answer = 隐藏回答
questions-ask-label = 您的问题或评论
questions-ask-hint = 纯文本，将与您的姓名一起公开显示。网址会变成链接。
questions-ask = 发布
questions-sign-in = 登录后提问

## 全球论坛建议
outcomes-title = 全球论坛建议
outcomes-lead = 2010年巴亚尔塔港全球移民与发展论坛各圆桌会议的建议，按会议分列，并附上落实每项建议的项目。
outcomes-all-link = 全部全球论坛建议及其落实情况
outcomes-followed-count = { $count ->
    [0] 尚无项目落实
   *[other] { $count }个项目正在落实
}
outcome-title = 建议
outcome-projects = 落实该建议的项目
outcome-projects-none = 尚无公开项目落实这项建议。

# 合作伙伴满足哪些需求（issue 13，第 5 点）
needs-title = { $organisation } 满足哪些需求？
needs-lead = 请就项目的每项需求说明该合作伙伴是否满足。项目页面将每项需求显示为未满足、部分满足或已满足；对已满足的需求，协调员不再寻找合作伙伴。
needs-answer-none = { $organisation } 不满足此项需求
needs-answer-partly = { $organisation } 满足其中一部分
needs-answer-fully = { $organisation } 满足此项需求
needs-submit = 保存
needs-error = 请为每项需求选择一个答案：{ $organisation } 满足、部分满足或不满足。
manage-partner-needs = 满足的需求
progress-done-needs = 已保存。项目页面显示哪些需求已满足；所有需求均已满足的项目将离开协调员的队列。
