# 账户流程：邀请、加入、注册、确认地址、重置密码。
# 六种语言的键完全相同；由单元测试检查。

## 登录页面和账户页面

login-forgot-password = 忘记密码？
login-create-account = 创建账户
login-error-unverified = 请先确认您的地址：打开我们在您创建账户时发送给您的邮件中的链接。没有收到邮件？请使用“忘记密码？”获取新链接。
account-invite = 邀请他人

## 邀请（/invitations/new）

invite-title = 邀请他人
invite-lead = 被邀请人将收到一封电子邮件，其中包含设置密码的链接。该链接只能使用一次，有效期为 { $count } 天。
invite-field-role = 角色
invite-field-organisation = 组织
invite-organisation-hint-delegate = “代表”角色代表一国政府。
invite-organisation-hint-member = 成员可属于任何类型的组织。
invite-organisation-hint-none = 协调人和审查人不属于任何组织：请选择“无”。
invite-organisation-none = 无
invite-organisation-choose = 请选择组织
invite-organisations-governments = 各国政府
invite-organisations-others = 其他组织
invite-field-language = 邀请邮件的语言
invite-submit = 发送邀请
invite-sent = 已向 { $name }（{ $email }）发送邀请。
invite-error-email = 请输入被邀请人的电子邮件地址，例如 name@example.org。
invite-error-exists = 使用此电子邮件地址的账户已存在。
invite-error-role = 请选择角色。
invite-error-organisation-missing = 请选择被邀请人所属的组织。
invite-error-organisation-government = “代表”角色代表一国政府：请选择一国政府。
invite-error-organisation-unexpected = 协调人和审查人不属于任何组织：请选择“无”。
invite-error-organisation-unknown = 该组织不存在。请从列表中选择。

## 加入（/join/…）

join-title = 加入伙伴关系平台
join-lead = 您已收到邀请。请核对您的姓名并设置密码，即可开始使用您的账户。
join-submit = 加入并登录

## 注册（/register）

register-title = 创建账户
register-lead = 有了账户，您可以关注项目、主题和组织，并提出问题。各国政府、各组织和全球论坛各机构须经全球论坛支助股邀请加入。
register-submit = 创建账户
register-have-account = 已有账户？请登录
register-error-throttled = 从您的网络创建的账户过多。请等待一小时后重试。
register-sent = 我们已向 { $email } 发送一封邮件。请打开邮件中的链接，确认您的地址并开始使用您的账户。该链接只能使用一次，有效期为 { $count } 天。
register-sent-hint = 几分钟后仍未收到邮件？请查看垃圾邮件文件夹并核对地址，然后重新注册。
mail-sent-title = 请查收电子邮件

## 重置密码（/password/…）

forgot-title = 忘记密码？
forgot-lead = 请输入您账户的电子邮件地址。我们将向您发送设置新密码的链接。
forgot-submit = 发送链接
forgot-sent = 如果有账户使用 { $email }，我们已向该地址发送设置新密码的链接。该链接只能使用一次，有效期为 { $count } 小时。
forgot-sent-hint = 几分钟后仍未收到邮件？请查看垃圾邮件文件夹并核对地址，然后重新申请。
forgot-error-throttled = 申请新密码的次数过多。请等待一小时后重试。
reset-title = 设置新密码
reset-lead = 请为 { $email } 设置新密码。您的其他所有会话都将退出登录。
reset-submit = 保存密码并登录

## 无法使用的邮件链接

link-unknown-title = 此链接无效
link-unknown-advice = 请确认您打开的是邮件中的完整链接：如果链接被分成两行，请将两部分一起复制到地址栏中。
link-expired-title = 此链接已过期
link-used-title = 此链接已被使用
link-invitation-expired = 邀请链接仅在有限时间内有效。如需新链接，请使用“忘记密码？”，并填写接收邀请的电子邮件地址。
link-invitation-used = 此邀请已被接受。请使用您的电子邮件地址和您设置的密码登录。
link-verification-expired = 如需新链接，请使用“忘记密码？”：设置新密码的同时也会确认您的地址。
link-verification-used = 您的地址已确认。请使用您的电子邮件地址和密码登录。
link-reset-expired = 设置新密码的链接仅在有限时间内有效。请通过“忘记密码？”申请新链接。
link-reset-used = 此链接已用于设置新密码。请登录，或通过“忘记密码？”申请新链接。
