## 管理（/admin）与项目的公开历史：中文。
## 键与 en/admin.ftl 相同且顺序一致（有测试检查）。

## Index
admin-title = 管理
admin-lead = 管理人员的访问权限，维护组织名录，查看谁更改了什么，并关注外发邮件。
admin-people-title = 人员
admin-people-intro = 更改人员的角色和所属组织，停用或重新启用账户。
admin-people-count = { $count ->
   *[other] { $count } 人拥有账户
}
admin-organisations-title = 组织
admin-organisations-intro = 添加组织，更正其信息，合并重复记录。
admin-audit-title = 变更日志
admin-audit-intro = 平台上的每一项更改：由谁、在何时作出，以及更改前后的内容。
admin-mail-title = 邮件
admin-mail-intro = 等待发送、已发送和已放弃的邮件，以及重新发送失败的邮件。
admin-mail-dead-count = { $count ->
    [0] 没有已放弃的邮件
   *[other] { $count } 封邮件已放弃发送
}

## Shared words
admin-none = 无
admin-yes = 是
admin-no = 否
admin-role = 角色
admin-organisation = 组织
admin-status = 状态
admin-status-active = 已启用
admin-status-deactivated = 已停用
admin-verified = 地址已验证
admin-language = 语言
admin-created = 账户创建日期
admin-actions = 操作
admin-edit = 编辑
admin-merge = 合并
admin-choose = 请选择…
admin-optional = 选填。
admin-save = 保存更改
admin-cancel = 取消
admin-done-unchanged = 没有任何更改：原来的值就是这些。
admin-governments = 政府
admin-other-organisations = 其他组织

## People
admin-people-filters = 筛选人员
admin-people-filter-q = 姓名或电子邮件地址
admin-people-found = { $count ->
   *[other] { $count } 人
}
admin-people-none = 没有符合这些筛选条件的人员。
admin-people-caption = 人员（按姓名排序）
admin-person-done-role = 角色已更改。
admin-person-done-deactivated = 账户已停用，此人的所有会话均已结束。
admin-person-done-reactivated = 账户已重新启用，此人可以登录。
admin-person-role-heading = 角色和组织
admin-person-self-role = 您不能更改自己的角色。请联系另一位管理员。
admin-person-organisation-hint = 代表隶属于一国政府，成员可隶属于任何组织。其他角色不隶属于任何组织，此时不会保存所选组织。
admin-person-role-submit = 更改角色
admin-person-access-heading = 访问权限
admin-person-active-text = 此账户已启用：此人可以登录。
admin-person-self-deactivate = 您不能停用自己的账户。
admin-person-deactivate-hint = 此人将立即在所有设备上退出登录，在账户重新启用之前无法再登录。
admin-person-deactivate = 停用此账户
admin-person-deactivated-text = 此账户已停用：此人无法登录。
admin-person-reactivate = 重新启用此账户
admin-person-audit-about = 与此人有关的更改
admin-person-audit-by = 此人作出的更改
admin-person-error-self-role = 您不能更改自己的角色。请联系另一位管理员。
admin-person-error-role = 请选择一个角色。
admin-person-error-not-government = 代表代表的是一国政府。请选择一个政府。
admin-person-error-government = 请选择此代表所代表的政府。
admin-person-error-organisation = 请选择此成员所属的组织。
admin-person-error-last-administrator = 这是最后一位在用的管理员。请先将管理员角色授予另一个人。
admin-person-error-self-deactivate = 您不能停用自己的账户。请联系另一位管理员。

## Organisations
admin-organisations-filters = 搜索组织
admin-organisations-caption = 组织（按名称排序）
admin-organisation-new = 添加组织
admin-org-name = 名称
admin-org-code = 代码
admin-org-code-hint = 国家政府使用国家代码，如 MX；其他组织使用简短前缀、冒号和名称，如 org:IOM 或 cs:ICMC。
admin-org-acronym = 简称
admin-org-kind = 组织类型
admin-org-country = 国家
admin-org-country-hint = 政府必填。
admin-org-region = 地区
admin-org-description = 简介
admin-org-website = 网站
admin-org-website-hint = 选填。以 https:// 或 http:// 开头的完整网址。
admin-org-lang = 名称和简介所用语言
admin-organisation-edit-title = 编辑：{ $name }
admin-organisation-new-title = 新建组织
admin-organisation-public-page = 公开页面
admin-organisation-merge-link = 并入另一个组织
admin-organisation-audit-link = 与此组织有关的更改
admin-organisation-create = 创建组织
admin-organisation-done-created = 组织已创建。
admin-organisation-done-saved = 您的更改已保存。
admin-organisation-done-merged = 重复记录已并入此组织并被删除。
admin-org-error-code = 请输入代码，如 org:IOM；政府请输入国家代码，如 MX。
admin-org-error-code-country = 只有政府的代码可以是国家代码。请使用 org:ABC 这样的代码。
admin-org-error-code-taken = 另一个组织已使用此代码。请另选代码，或将这两个组织合并。
admin-org-error-name = 请输入名称，不超过 300 个字符。
admin-org-error-acronym = 请输入不超过 30 个字符的简称，或留空。
admin-org-error-kind = 请选择组织类型。
admin-org-error-country = 请从列表中选择国家。
admin-org-error-country-government = 请选择此政府所属的国家。
admin-org-error-country-code = 国家必须与代码所指的国家一致。
admin-org-error-region = 请从列表中选择地区。
admin-org-error-description = 请将简介缩短到 10000 个字符以内。
admin-org-error-website = 请输入以 https:// 或 http:// 开头的网址，如 https://www.iom.int。
admin-org-error-lang = 请选择六种语言之一。

## Merging duplicates
admin-merge-title = 将 { $name } 并入另一个组织
admin-merge-lead = 当同一个组织被登记了两次时使用。与此记录相关的一切都将转到保留的组织，然后删除此记录。
admin-merge-moves = 将转移的内容
admin-merge-partners = { $count ->
   *[other] { $count } 项项目伙伴关系
}
admin-merge-engagements = { $count ->
   *[other] { $count } 项全球论坛参与记录
}
admin-merge-people = { $count ->
   *[other] { $count } 人
}
admin-merge-warning = 如果保留的组织在同一项目中已有相同角色的伙伴关系，则不会重复添加。此操作无法撤销。
admin-merge-keep = 要保留的组织
admin-merge-keep-hint = 保留下来的记录；本记录将被删除。
admin-merge-submit = 合并并删除此记录
admin-merge-error-keep = 请选择要保留的组织。
admin-merge-error-same = 请选择一个不同于被合并组织的组织。
admin-merge-error-delegates = 此记录下有代表，而代表必须隶属于政府。请保留一个政府，或先更改他们的角色。

## Audit log
admin-audit-filters = 筛选变更日志
admin-audit-who = 操作人
admin-audit-what = 操作
admin-audit-subject-type = 涉及对象类型
admin-audit-from = 起始日期
admin-audit-to = 截止日期
admin-audit-date-hint = 例如 2026-11-29。
admin-audit-found = { $count ->
   *[other] { $count } 条记录
}
admin-audit-none = 没有符合这些筛选条件的记录。
admin-audit-caption = 更改记录（最新的在前）
admin-audit-when = 时间
admin-audit-subject = 对象
admin-audit-before = 更改前
admin-audit-after = 更改后
admin-audit-system = 系统
admin-audit-public = 公开
admin-audit-error-person = 请从列表中选择一个人。
admin-audit-error-subject = 此日志链接有误。请从变更日志重新开始。
admin-audit-error-date = 请按“年-月-日”格式输入日期，如 2026-11-29。
admin-audit-error-range = “起始日期”必须早于或等于“截止日期”。
audit-subject-person = 人员
audit-subject-organisation = 组织
audit-subject-project = 项目
audit-subject-question = 问题
audit-subject-mail = 邮件
audit-action-person-role_changed = 更改角色
audit-action-person-notifications_changed = 更改通知偏好
audit-action-person-deactivated = 停用账户
audit-action-person-reactivated = 重新启用账户
audit-action-person-profile_changed = 更改姓名或语言
audit-action-person-password_changed = 更改密码
audit-action-person-created = 已创建账户
audit-action-person-invited = 已邀请人员
audit-action-person-password_reset_requested = 已请求重置密码
audit-action-person-registered = 已注册账户
audit-action-organisation-created = 创建组织
audit-action-organisation-updated = 修改组织
audit-action-organisation-merged = 合并重复的组织
audit-action-organisation-profile_updated = 修改合作档案
audit-action-project-partner_merged = 合并伙伴记录
audit-action-project-partner_added = 已添加合作伙伴
audit-action-project-partner_removed = 已移除合作伙伴
audit-action-project-stage_changed = 阶段已变更
audit-action-project-update_posted = 已发布动态
audit-action-project-milestone_added = 已添加里程碑
audit-action-project-milestone_reached = 里程碑已达成
audit-action-question-asked = 有人提问
audit-action-question-answered = 问题已回答
audit-action-question-hidden = 问题被协调人隐藏
audit-action-answer-hidden = 回答被协调人隐藏
audit-action-mail-retried = 邮件重新排队

## Mail
admin-mail-counts-caption = 各状态的邮件数
admin-mail-status = 状态
admin-mail-messages = 邮件数
admin-mail-status-pending = 等待发送
admin-mail-status-sending = 正在发送
admin-mail-status-sent = 已发送
admin-mail-status-dead = 已放弃
admin-mail-dead-heading = 已放弃发送的邮件
admin-mail-dead-intro = 邮件被永久拒收或多次尝试失败后即放弃发送。排除原因后，可将其重新排队：系统会重新发送，尝试次数从零开始计算。
admin-mail-dead-none = 没有已放弃发送的邮件。
admin-mail-dead-caption = 已放弃发送的邮件（最新的在前）
admin-mail-retry-all = 将所有已放弃的邮件重新排队
admin-mail-number = 编号
admin-mail-recipient = 收件人
admin-mail-kind = 类型
admin-mail-attempts = 尝试次数
admin-mail-given-up = 放弃时间
admin-mail-last-error = 最近一次错误
admin-mail-no-error = 未记录任何错误。
admin-mail-retry = 重新排队
admin-mail-retry-number = 第 { $number } 号邮件
admin-mail-requeued = { $count ->
    [0] 没有需要重新排队的邮件。
   *[other] 已将 { $count } 封邮件重新排队。
}
admin-mail-error-which = 请选择要重新排队的邮件。
admin-mail-error-gone = 此邮件已不在已放弃列表中：可能已经重新排队。

## The public history of a project
project-history = 历史记录
project-history-none = 此项目尚无任何更改记录。
audit-action-resource-added = 已添加资源
audit-action-resource-removed = 已删除资源
audit-subject-resource = 资源
audit-action-project-proposed = 项目已提出
audit-action-project-edited = 提案已修改
audit-action-project-submitted = 已提交审查
audit-action-project-endorsed = 审查人员已认可
audit-action-project-changes_requested = 审查人员要求修改
audit-action-project-declined = 审查人员已拒绝
audit-action-project-withdrawn = 所有方已撤回
audit-action-project-co_owner_invited = 已邀请一国政府作为共同所有方
audit-action-project-co_owner_declined = 共同所有邀请已被谢绝
audit-action-project-join_requested = 申请作为共同所有方加入
audit-action-project-join_declined = 加入请求已被拒绝
audit-action-person-joined_by_introduction = 通过引荐链接加入
audit-action-contact-added = 已添加联系点
audit-action-contact-changed = 已修改联系点
audit-action-contact-removed = 已删除联系点
audit-action-person-calendar_feed_renewed = 日历源：新地址
audit-action-person-calendar_feed_off = 日历源已关闭
audit-action-project-needs_met = 已满足的需求
