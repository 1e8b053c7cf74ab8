## vocabulary.md 中各代码的标签。

stage-initiation = 启动
stage-design = 设计
stage-implementation = 实施
stage-completion = 完成和后续行动
stage-text-initiation = 构想阶段，正在寻找共同牵头方和支持方，并有待成形。
stage-text-design = 正在确定目标、活动、预算和伙伴。
stage-text-implementation = 活动正在进行。
stage-text-completion = 项目已完成；成果已分享，后续行动正在进行。

status-draft = 草稿
status-submitted = 已提交审查
status-endorsed = 已核可
status-changes_requested = 需要修改
status-declined = 未获核可
status-withdrawn = 已撤回

kind-government = 政府
kind-international_organisation = 国际组织
kind-civil_society = 民间社会
kind-diaspora_organisation = 侨民组织
kind-private_sector = 私营部门
kind-foundation = 基金会
kind-academia = 学术界
kind-regional_process = 区域协商进程

need-funding = 资金
need-technical_expertise = 技术专长
need-training = 培训
need-data_research = 数据和研究
need-pilot_country = 试点国家
need-knowledge_sharing = 知识共享
need-implementation = 实施
need-logistics = 后勤
need-in_kind = 实物支持
need-political_support = 政治支持

role-owner = 牵头方
role-supporter = 支持方
role-implementer = 执行方
role-technical_support = 技术支持
role-funder = 资助方
role-participant = 参与方
role-observer = 观察员

theme-regular_migration_partnerships = 促进更加正常、更受保护的移民的伙伴关系
theme-irregular_migration = 应对非正常移民的联合战略
theme-costs_of_migration = 降低移民成本，最大限度促进人类发展
theme-gender_family = 移民、性别与家庭
theme-impact_assessment = 评估移民对发展的影响
theme-climate_change = 气候变化、移民与发展
theme-regional_processes = 区域协商进程以及移民与发展的关联
theme-protection_empowerment = 保护移民并增强其权能
theme-policy_coherence_data = 政策一致性、数据与研究
theme-diaspora_engagement = 让侨民参与发展
theme-children = 保护移民儿童，包括无人陪伴儿童
theme-migration_profiles = 移民概况和移民数据
theme-remittances = 汇款与普惠金融
theme-labour_mobility = 劳动力流动、技能匹配与认可
theme-health = 移民健康
theme-social_protection = 社会保护与福利可携性
theme-return_reintegration = 回返与重新融入、循环移民
theme-trafficking = 贩运人口和偷运移民

region-africa = 非洲
region-americas = 美洲
region-asia = 亚洲
region-europe = 欧洲
region-oceania = 大洋洲

engagement-roundtable_co_chair = 圆桌会议主席
engagement-roundtable_team = 圆桌会议小组
engagement-contribution = 贡献

person-role-visitor = 访客
person-role-observer = 观察员
person-role-member = 成员
person-role-delegate = 代表
person-role-facilitator = 协调人
person-role-reviewer = 审查人
person-role-administrator = 管理员

need-state-open = 未满足
need-state-partly_met = 部分满足
need-state-met = 已满足
need-extent-partly = 满足一部分
need-extent-fully = 满足
need-met-by-fully = 由 { $organisation } 满足
need-met-by-partly = 由 { $organisation } 部分满足
