# 关注、通知、偏好、退订、订阅源。

nav-notifications = { $count ->
    [0] 通知
   *[other] 通知（{ $count } 条未读）
}

follow-follow = 关注
follow-unfollow = 取消关注
follow-you-follow = 您已关注。
follow-sign-in = 登录后关注
follow-feed = Atom 订阅源
follow-feed-project = 本项目动态（Atom）
follow-feed-theme = 本主题下项目的动态（Atom）
follow-feed-organisation = 本组织及其项目的动态（Atom）
feed-all-projects = 所有项目的动态

following-title = 您关注的内容
following-intro = 您关注内容的动态将按照您的通知偏好送达。
following-preferences-link = 通知偏好
following-none = 您尚未关注任何内容。请在项目、主题或组织页面上使用“关注”按钮。
following-kind-project = 项目
following-kind-theme = 主题
following-kind-organisation = 组织

notifications-title = 通知
notifications-unread = { $count ->
    [0] 没有未读通知。
   *[other] { $count } 条未读通知。
}
notifications-read-all = 全部标为已读
notifications-none = 暂无通知。关注项目、主题或组织即可获知其动态。
notifications-new = 新
notifications-mark-read = 标为已读
notifications-reason-owner = 您所在的政府是该项目的所有方。
notifications-reason-concerned = 此事与您的组织有关。
notifications-reason-partner = 您的组织是该项目的合作伙伴。
notifications-reason-facilitator = 您是协调员。
notifications-reason-reviewer = 您是评审员。
notifications-reason-follower = 您关注了该项目、其某个主题或其某个组织。

preferences-title = 通知偏好
preferences-intro = 请为每类动态选择获知方式：立即发送电子邮件、每日摘要、每周摘要或不接收。除“关闭”外，动态也会显示在本网站的通知中。
preferences-digest-time = 摘要在您所在时区（{ $zone }）的 07:00 送达；每周摘要在周一送达。
preferences-change-zone = 更改时区
preferences-mandatory = 有关您本国政府的项目以及您本组织的引荐和会议的消息始终会送达，即使您选择“关闭”也是如此，因为您需要据此采取行动。此时“关闭”即表示立即发送电子邮件。
preferences-save = 保存偏好
preferences-saved = 您的通知偏好已保存。
preferences-error-choice = 请选择以何种方式获知：{ $kind }。

delivery-immediately = 立即
delivery-daily = 每日摘要
delivery-weekly = 每周摘要
delivery-off = 关闭

event-kind-project_submitted = 提交评审的项目
event-kind-review_decision = 评审决定
event-kind-stage_changed = 阶段变更
event-kind-update_posted = 进展报告
event-kind-milestone_reached = 达成的里程碑
event-kind-partner_added = 新合作伙伴
event-kind-question_asked = 提出的问题
event-kind-question_answered = 已回答的问题
event-kind-introduction_proposed = 提议的引荐
event-kind-introduction_accepted = 已接受的引荐
event-kind-introduction_declined = 已谢绝的引荐
event-kind-introduction_expiring = 即将过期的引荐
event-kind-interest_expressed = 表达的意向
event-kind-meeting_proposed = 提议的会议
event-kind-meeting_changed = 变更的会议
event-kind-update_overdue = 逾期的进展报告
event-kind-co_owner_invited = 共同拥有邀请
event-kind-join_requested = 加入请求

event-project_submitted = { $project } 已提交评审。
event-review_decision = 已对 { $project } 作出评审决定：{ $detail }。
event-stage_changed = { $project } 已进入阶段：{ $detail }。
event-update_posted = { $project } 发布了进展报告：{ $detail }
event-milestone_reached = { $project } 达成了一个里程碑：{ $detail }
event-partner_added = { $organisation } 以 { $detail } 身份加入了 { $project }。
event-question_asked = 有人就 { $project } 提出了问题：{ $detail }
event-question_answered = 关于 { $project } 的问题已得到回答：{ $detail }
event-introduction_proposed = 已提议在 { $project } 与 { $organisation } 之间进行引荐。
event-introduction_accepted = { $project } 与 { $organisation } 之间的引荐已被接受。
event-introduction_declined = { $project } 与 { $organisation } 之间的引荐已被谢绝。
event-introduction_expiring = { $project } 与 { $organisation } 之间的引荐即将过期，尚未得到答复。
event-interest_expressed = { $organisation } 希望参与 { $project }。
event-meeting_proposed = 已提议就 { $project } 与 { $organisation } 举行会议。
event-meeting_changed = 关于 { $project } 的会议有变更：{ $detail }
event-update_overdue = { $project } 已很久没有发布进展报告。
event-co_owner_invited = { $organisation } 受邀共同拥有 { $project }。
event-join_requested = { $organisation } 请求作为共同拥有方加入 { $project }。
event-other = { $project } 有新动态。
event-some-project = 某个项目
event-some-organisation = 某个组织

unsubscribe-title = 退订
unsubscribe-done-title = 已退订
unsubscribe-kind = 此链接将停止向您发送以下类别的邮件：{ $kind }。
unsubscribe-kind-done = 您将不再收到以下类别的邮件：{ $kind }。
unsubscribe-digest-daily = 此链接将停止您的每日摘要。
unsubscribe-digest-daily-done = 您将不再收到每日摘要。
unsubscribe-digest-weekly = 此链接将停止您的每周摘要。
unsubscribe-digest-weekly-done = 您将不再收到每周摘要。
unsubscribe-confirm = 退订
unsubscribe-mandatory = 有关您本国政府的项目以及您本组织的引荐和会议的消息仍会送达。
unsubscribe-preferences = 选择您要获知的内容

field-time-zone = 时区
account-time-zone-hint = 每日和每周摘要在该时区的 07:00 送达。
account-error-time-zone = 请从列表中选择时区。

email-reason-owner = 您收到此邮件，是因为您所在的政府是该项目的所有方。
email-reason-concerned = 您收到此邮件，是因为此事与您的组织有关。
email-reason-partner = 您收到此邮件，是因为您的组织是该项目的合作伙伴。
email-reason-facilitator = 您收到此邮件，是因为您是协调员。
email-reason-reviewer = 您收到此邮件，是因为您是评审员。
email-reason-follower = 您收到此邮件，是因为您关注了该项目、其某个主题或其某个组织。
email-notify-see = 在平台上查看
email-notify-mandatory = 有关您自己的项目和引荐的消息无法关闭。
email-notify-unsubscribe = 停止接收以下类别的邮件：{ $kind }
email-notify-preferences = 选择您要获知的内容
email-digest-subject-daily = { $count ->
   *[other] 您的每日摘要：{ $count } 条动态
}
email-digest-subject-weekly = { $count ->
   *[other] 您的每周摘要：{ $count } 条动态
}
email-digest-intro-daily = { $count ->
   *[other] 以下是自上次摘要以来的动态，按项目分组，最新的在前（共 { $count } 条）。
}
email-digest-intro-weekly = { $count ->
   *[other] 以下是本周的动态，按项目分组，最新的在前（共 { $count } 条）。
}
email-digest-other = 其他动态
email-digest-unsubscribe-daily = 停止每日摘要
email-digest-unsubscribe-weekly = 停止每周摘要
email-notify-unfollow = 取消关注 { $name }
email-digest-unfollow = 取消关注此项目
unsubscribe-unfollow = 此链接将取消您对以下内容的关注：{ $name }。
unsubscribe-unfollow-done = 您已不再关注：{ $name }。
