## 资源与资源库（第 5 号问题第 6 点）

nav-resources = 资源
library-title = 资源库
library-lead = 各项目和移民与发展全球论坛支持股共享的文件和链接：培训材料、移民概况、报告、政策、指南和数据，可按国家、类型和关键词搜索。
library-filters-label = 搜索资源库
library-add = 向资源库添加资源
library-found = { $count }项资源
library-none = 没有符合这些筛选条件的资源。请减少筛选条件或换用其他关键词。

resource-kind-training_material = 培训材料
resource-kind-migration_profile = 移民概况
resource-kind-report = 报告
resource-kind-policy = 政策
resource-kind-guideline = 指南
resource-kind-data = 数据
resource-kind-presentation = 演示文稿
resource-kind-other = 其他

resource-document = 文件
resource-link = 链接
resource-of-project = 项目：
resource-countries = 涵盖的国家
resource-countries-none = 不针对特定国家
resource-project = 项目
resource-project-none = 无：资源库自有资源
resource-added = 添加日期
resource-download = 下载文件
resource-open-link = 打开链接
resource-remove = 删除此资源

project-resources = 资源
project-resources-none = 尚未共享任何文件或链接。
project-resources-add = 添加资源

resource-new-title = 添加资源
resource-new-lead-project = 与所有阅读本项目页面的人共享文件或链接。它也会出现在资源库中。
resource-new-lead-library = 向资源库添加不属于任何项目的文件或链接，例如某个国家的移民概况。
resource-field-title = 标题
resource-field-description = 说明（可选）
resource-hint-description = 内容及适用对象，最多 2000 个字符。
resource-field-kind = 资源类型
resource-choose-kind = 选择类型
resource-field-lang = 资源语言
resource-hint-countries = 选择其涵盖的所有国家（按住 Ctrl 键，Mac 上按住 Cmd 键，可多选）。如不涉及特定国家，则不必选择。
resource-what = 文件或链接
resource-hint-what = 请提供链接或文件，不可同时提供。
resource-field-url = 链接（以 http:// 或 https:// 开头的网址）
resource-field-file = 文件
resource-hint-file = PDF、Word、Excel、PowerPoint、OpenDocument 文件或图片（PNG、JPEG、GIF、WebP），最大 { $count } 兆字节。
resource-submit = 添加资源

resource-error-title = 请输入不超过 200 个字符的标题。
resource-error-description = 请将说明缩短至 2000 个字符以内。
resource-error-kind = 请选择资源类型。
resource-error-lang = 请选择资源语言。
resource-error-country = 请从列表中选择国家。
resource-error-url = 请输入以 http:// 或 https:// 开头的完整网址，例如 https://www.example.org/report。
resource-error-both = 请提供链接或文件，不可同时提供：清空链接，或不附文件。
resource-error-none = 请选择文件或输入链接。
resource-error-again = 请重新选择文件：在其他回答需要更正时，所选文件不会被保留。
resource-error-empty = 所选文件为空。请重新选择文件。
resource-error-type = 此文件不是 PDF、办公文档（Word、Excel、PowerPoint、OpenDocument）或图片（PNG、JPEG、GIF、WebP）。系统检查的是文件内容，而非文件名。请选择其他文件。
resource-error-too-large = 文件超过 { $count } 兆字节。请选择较小的文件，或改为共享指向该文件的链接。
