# 匹配：理由、机构主页、合作档案表单（issue 6）。
match-list-separator = {"、"}
match-reason-need_offer = 能提供项目所需：{ $items }
match-reason-stage_fit = 能提供处于“{ $stage }”阶段的项目通常所需：{ $items }
match-reason-shared_themes = 共同主题：{ $items }
match-reason-based_in = 总部位于{ $country }，即项目涉及的国家
match-reason-interested_in = 在{ $country }开展工作或关注该国，即项目涉及的国家
match-reason-region = 总部位于或关注{ $region }，即项目所在地区
match-reason-profile_text = 其档案与项目使用相同的词语
match-reason-past_projects = 其以往项目与本项目相似
match-reason-profile_text-words = 其档案提到：{ $words }
match-reason-past_projects-words = 其以往项目提到：{ $words }
match-reason-engagement = { $count ->
   *[other] 曾参加全球移民与发展论坛圆桌会议工作组 { $count } 次
}
match-reason-language = 工作语言包括{ $language }
match-language-en = 英语
match-language-fr = 法语
match-language-es = 西班牙语
match-language-ar = 阿拉伯语
match-language-zh = 中文
match-language-ru = 俄语
match-score = 得分 { $score }

my-organisation-link = 我的机构
my-organisation-title = { $name }：机构主页
my-organisation-public-page = 机构的公开页面
my-organisation-edit-profile = 编辑合作档案
my-organisation-suggestions = 可参与的项目
my-organisation-suggestions-hint = 按您的档案与各项目的需求、主题、国家、阶段和用语的契合程度排序。每条理由都注明了它为得分增加了多少。
my-organisation-suggestions-empty-profile = 暂无建议：请填写您的档案（能提供什么、关注的主题和国家），以便平台为您寻找项目。
my-organisation-suggestions-none = 目前没有正在寻找合作伙伴的公开项目与您的档案相符。

profile-title = 合作档案
profile-empty = 该机构尚未填写合作档案。
profile-offers = 能提供的支持
profile-themes = 关注的主题
profile-regions = 关注的地区
profile-countries = 关注的国家
profile-languages = 工作语言
profile-contacts = 联系人
profile-form-title = { $name }的合作档案
profile-form-hint = 协调员和项目负责方可以查看此档案，平台也用它来推荐合作。各部分均为选填。
profile-offers-hint = 为每项支持选择类型，并用几句话说明具体内容。留空某一行即可删除该项。
profile-offer-kind = 第 { $number } 项支持：类型
profile-offer-text = 第 { $number } 项支持：具体内容
profile-offer-none = （无）
profile-countries-hint = 两个字母的国家代码，用逗号分隔，例如 MX, PH, KE。
profile-contacts-hint = 贵机构中可供他人就合作事宜联系的人员。其姓名会显示在机构页面上。
profile-save = 保存档案
profile-saved = 档案已保存。
profile-error-offer-kind = 请选择此项支持的类型
profile-error-offer-text = 请用不超过 500 个字符描述此项支持
profile-error-code = 请从所列选项中选择
profile-error-countries = 请输入两个字母的国家代码（ISO 3166），例如 MX, PH, KE
profile-error-contact = 请从贵机构的人员中选择联系人
