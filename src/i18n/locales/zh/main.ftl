## 伙伴关系平台：中文界面文本。
## 此处每个键都必须存在于所有其他语言中（有测试进行检查）。

site-name = 伙伴关系平台
skip-to-content = 跳到主要内容
nav-label = 主导航
nav-projects = 项目
nav-organisations = 组织
nav-themes = 主题
nav-about = 关于平台
language-label = 语言
footer-facilitates = 全球移民与发展论坛伙伴关系平台为建立伙伴关系提供便利。平台不资助、不实施、也不遴选项目。
footer-open-data = 开放数据（JSON）
footer-brokering-outcomes = 牵线结果

search = 搜索
search-projects = 搜索项目
themes = 主题
owned-by = 牵头方：
roundtable-session = 圆桌会议 { $session }
pagination = 分页
page-previous = 上一页
page-next = 下一页
page-of = 第{ $page }页，共{ $pages }页

## 首页
home-title = 首页
home-lead = 各国政府在此提出并跟踪移民与发展项目；全球论坛支助股为项目联系能够提供帮助的伙伴，任何人都可以关注项目进展。
home-by-stage = 按阶段分列的项目
home-totals-projects = { $count }个公开项目
home-totals-organisations = { $count }个组织
home-totals-outcomes = { $count }项有待落实的全球论坛建议
home-latest = 最新项目
home-no-projects = 尚未发布任何项目。
home-all-projects = 全部项目
home-does = 平台的作用
home-does-1 = 汇集各国政府提出的项目及其需求，涵盖项目周期的任何阶段。
home-does-2 = 找出可能成为项目伙伴的组织，并说明理由。
home-does-3 = 通过电子邮件介绍潜在伙伴相互认识，并安排会议。
home-does-4 = 与所有关注项目的人分享想法、问题和进展。
home-does-not = 平台不做什么
home-does-not-1 = 不资助项目：筹资主要由有关国家负责。
home-does-not-2 = 不实施项目。
home-does-not-3 = 不遴选项目：项目由全球论坛各机构审查。

## 筛选和列表
filters-label = 筛选项目
filter-q = 关键词
filter-stage = 阶段
filter-theme = 主题
filter-country = 国家
filter-need = 需求
filter-kind = 组织类型
filter-any = 不限
filter-apply = 显示结果
filter-clear = 清除筛选条件
projects-title = 项目
projects-found = { $count }个项目
projects-none = 没有符合这些筛选条件的项目。请减少筛选条件或换用其他关键词。
organisations-title = 组织
organisations-found = { $count }个组织
organisations-none = 没有符合这些筛选条件的组织。

## 项目页面
project-summary = 概要
project-objectives = 目标和活动
project-origin = 由来
project-timeline = 阶段时间线
project-timeline-empty = 尚无阶段变更记录。
project-needs = 项目需求
project-needs-none = 未列出任何需求。
project-outcomes = 本项目落实的全球论坛建议
project-outcomes-none = 本项目未落实任何已记录的全球论坛建议。
project-partners = 牵头方和伙伴
project-partners-none = 尚无伙伴记录。
project-no-owner = 2010年报告未列明本项目的牵头国政府。
project-countries = 相关国家

## 组织页面
organisation-projects = 项目
organisation-projects-none = 该组织尚未参与任何公开项目。
organisation-engagements = 参与全球论坛情况
organisation-engagements-none = 尚无参与记录。

## 主题
themes-title = 主题
themes-lead = 项目和组织按主题分类，这些主题来自全球论坛的圆桌会议和工作组。
theme-no-projects = 该主题下尚无公开项目。
theme-all-projects = 该主题下的全部项目
theme-outcomes = 关于该主题的全球论坛建议
theme-outcomes-none = 该主题下没有归档的全球论坛建议。
outcome-followed-by = 落实该建议的项目：

## 关于平台
about-title = 关于平台
about-lead = 伙伴关系平台于全球移民与发展论坛第四次会议（2010年11月，墨西哥巴亚尔塔港）期间启动，旨在促进各国政府与其他行为体之间建立务实、注重行动的伙伴关系，特别是为了落实全球论坛的建议。
about-who-heading = 各方分工
about-who-governments = 各国政府
about-who-governments-text = 提出、牵头和实施项目，并承担为项目筹资的主要责任。
about-who-structures = 全球论坛各机构
about-who-structures-text = 现任主席、指导小组和各特设工作组负责审查和遴选项目。
about-who-support-unit = 全球论坛支助股
about-who-support-unit-text = 负责运行平台并联系潜在伙伴；不遴选也不实施项目。
about-who-partners = 伙伴
about-who-partners-text = 国际组织、民间社会、侨民组织、基金会、学术界和私营部门为项目提供支持、实施项目并提供资金。
about-who-observers = 观察员
about-who-observers-text = 任何人都可以阅读所有公开页面并关注项目进展。
about-stages-heading = 项目的生命周期
about-online-offline-heading = 线上与线下
about-online = 在线上，平台收集有关项目的想法、问题和最新情况，并与所有相关方分享。
about-offline = 在线下，平台安排现有伙伴与潜在伙伴会面。
about-data-heading = 开放数据
about-data = 平台上所有公开内容也可以 JSON 格式读取，供研究和再利用。

## 错误
error-status = 错误代码：{ $status }
error-go-home = 前往首页
error-go-projects = 浏览项目
error-bad-param = “{ $value }”不是“{ $param }”的有效值。
error-400-title = 该网址有误
error-400-advice = 请检查网址，或从列表重新开始。
error-404-title = 找不到页面
error-404-advice = 该页面可能已移动，或网址输入有误。
error-405-title = 无法在此执行该操作
error-405-advice = 请返回，在该页面上重试。
error-4xx-title = 无法响应此请求
error-4xx-advice = 请返回后重试。
error-500-title = 我们这边出了问题
error-500-advice = 问题已记录。请几分钟后再试。
error-503-title = 平台暂时无法使用
error-503-advice = 目前无法连接平台数据库。请几分钟后再试。

## 账户
sign-in = 登录
sign-out = 退出登录
login-title = 登录
login-submit = 登录
login-error-email = 请输入电子邮件地址，例如 name@example.org。
login-error-password-empty = 请输入密码。
login-error-wrong = 电子邮件地址或密码不正确。请检查两者后重试。
login-error-throttled = 登录尝试次数过多。请等待15分钟后再试。
field-email = 电子邮件地址
field-password = 密码
field-name = 姓名
field-language = 界面和电子邮件语言
field-current-password = 当前密码
field-new-password = 新密码
password-hint = 至少10个字符。由几个互不相关的词组成的密码安全性高。
password-error-length = 请设置长度为10至128个字符的密码。
form-error-summary = 出现问题
form-error-title-prefix = 错误：
account-title = 我的账户
account-role = 角色
account-organisation = 组织
account-no-organisation = 无
account-profile = 姓名和语言
account-save = 保存
account-saved = 您的更改已保存。
account-password = 密码
account-change-password = 更改密码
account-password-changed = 您的密码已更改。其他会话已退出登录。
account-error-name = 请输入1至100个字符的姓名。
account-error-language = 请从六种语言中选择一种。
account-error-current = 当前密码不正确。
demo-heading = 试用平台
demo-lead = 这是演示版本。只需点击一次，即可以下列任一人员的身份登录，了解每个角色可以做什么。
demo-sign-in-as = 以{ $role }身份登录
error-403-title = 您无法执行此操作
error-403-advice = 如果您认为自己应当可以执行此操作，请联系全球论坛支助股。
error-429-title = 请求过多
error-429-advice = 请几分钟后再试。
error-forbidden = 您的角色无权执行此操作。
error-csrf = 此表单已过期，或并非来自本网站。请返回，重新加载页面后再试。
