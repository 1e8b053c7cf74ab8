# 电子邮件（templates/email/）和开发用邮箱（/dev/mailbox）。
# 六种语言的键完全相同；由单元测试检查。

## 所有邮件

email-brand = 伙伴关系平台
email-greeting = 您好：
email-footer-about = 伙伴关系平台是全球移民与发展论坛为移民与发展领域伙伴关系提供的服务。
email-footer-automatic = 此邮件为系统自动发送，回复不会被阅读。

## 测试邮件（pfp mail test）

email-test-subject = 伙伴关系平台测试邮件
email-test-body = 这是一封测试邮件，请求时间为 { $time }。如果您能读到这封邮件，说明平台的邮件可以送达此地址。
email-test-no-action = 您无需进行任何操作。
email-test-link = 打开平台

## 开发用邮箱（仅限演示模式）

mailbox-title = 开发用邮箱
mailbox-intro = 在未配置 SMTP 服务器（未设置 PFP_SMTP_URL）期间，平台发送的所有邮件都显示在这里。此页面仅在演示模式下存在。
mailbox-empty = 暂无邮件。可用以下命令将一封邮件加入队列：pfp mail test --to someone@example.org
mailbox-count = { $count } 封邮件
mailbox-date = 日期
mailbox-from = 发件人
mailbox-to = 收件人
mailbox-subject = 主题
mailbox-message-id = Message-ID
mailbox-language = 语言
mailbox-no-subject = （无主题）
mailbox-text-part = 纯文本部分
mailbox-no-text-part = 此邮件没有纯文本部分。
mailbox-open-html = 打开 HTML 部分
mailbox-download = 下载邮件（.eml）
mailbox-back = 全部邮件

## 账户邮件：邀请、确认地址、注册尝试、重置密码

email-greeting-name = { $name }，您好：
email-link-fallback = 如果按钮无法使用，请将以下地址复制到浏览器中：
email-link-expiry-days = 该链接只能使用一次，将于 { $days } 天后失效。
email-link-expiry-hours = 该链接只能使用一次，将于 { $hours } 小时后失效。
email-invitation-subject = 邀请您加入伙伴关系平台
email-invitation-invites = { $inviter } 邀请您以“{ $role }”身份加入伙伴关系平台。
email-invitation-invites-for = { $inviter } 邀请您以“{ $organisation }”的“{ $role }”身份加入伙伴关系平台。
email-invitation-action = 如接受邀请，请设置您的密码：
email-invitation-link = 接受邀请
email-invitation-ignore = 如果您并未预期收到此邀请，可以忽略此邮件。
email-verification-subject = 确认您在伙伴关系平台的电子邮件地址
email-verification-action = 感谢您在伙伴关系平台创建账户。请打开以下链接，确认此地址属于您，并开始使用您的账户：
email-verification-link = 确认我的地址
email-verification-ignore = 如果您并未创建账户，请忽略此邮件：未经确认，该账户无法使用。
email-registration-attempt-subject = 有人尝试使用您的地址创建账户
email-registration-attempt-body = 有人（可能是您本人）尝试使用此地址在伙伴关系平台创建账户。您已有账户，因此未创建新账户。
email-registration-attempt-sign-in = 如需使用您的账户，请登录：
email-registration-attempt-reset = 如果您忘记了密码，请设置新密码：
email-registration-attempt-ignore = 如果不是您本人操作，可以忽略此邮件：您的账户没有任何变化。
email-password-reset-subject = 为伙伴关系平台账户设置新密码
email-password-reset-action = 我们收到了为您的账户设置新密码的请求。如需设置，请打开以下链接：
email-password-reset-link = 设置新密码
email-password-reset-ignore = 如果您没有提出此请求，请忽略此邮件：您的密码保持不变。
mailbox-attachments = 附件
mailbox-attachment-unnamed = （无名称）
mailbox-attachment-bytes = { $count } 字节
