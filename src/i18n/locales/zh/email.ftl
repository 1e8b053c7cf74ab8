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
