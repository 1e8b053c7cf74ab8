## الموارد ومكتبة الموارد (المسألة 5، البند 6)

nav-resources = الموارد
library-title = مكتبة الموارد
library-lead = وثائق وروابط تتقاسمها المشاريع ووحدة الدعم التابعة للمنتدى العالمي للهجرة والتنمية: مواد تدريبية، ولمحات عن الهجرة، وتقارير، وسياسات، ومبادئ توجيهية، وبيانات، يمكن البحث فيها حسب البلد والنوع والكلمات.
library-filters-label = البحث في المكتبة
library-add = إضافة مورد إلى المكتبة
library-found = { $count ->
    [zero] لا توجد موارد
    [one] مورد واحد
    [two] موردان
    [few] { $count } موارد
    [many] { $count } موردًا
   *[other] { $count } مورد
}
library-none = لا يوجد مورد يطابق عوامل التصفية هذه. جرّب عددًا أقل من عوامل التصفية أو كلمات أخرى.

resource-kind-training_material = مواد تدريبية
resource-kind-migration_profile = لمحة عن الهجرة
resource-kind-report = تقرير
resource-kind-policy = سياسة
resource-kind-guideline = مبادئ توجيهية
resource-kind-data = بيانات
resource-kind-presentation = عرض تقديمي
resource-kind-other = غير ذلك

resource-document = وثيقة
resource-link = رابط
resource-of-project = المشروع:
resource-countries = البلدان المشمولة
resource-countries-none = لا يخص بلدًا بعينه
resource-project = المشروع
resource-project-none = لا يوجد: مورد من موارد المكتبة
resource-added = تاريخ الإضافة
resource-download = تنزيل الوثيقة
resource-open-link = فتح الرابط
resource-remove = إزالة هذا المورد

project-resources = الموارد
project-resources-none = لم تُشارَك أي وثيقة أو رابط بعد.
project-resources-add = إضافة مورد

resource-new-title = إضافة مورد
resource-new-lead-project = شارك وثيقة أو رابطًا مع كل من يقرأ صفحة هذا المشروع. ويظهر كذلك في مكتبة الموارد.
resource-new-lead-library = أضف إلى المكتبة وثيقة أو رابطًا لا يتبع أي مشروع، مثل لمحة عن الهجرة في بلد ما.
resource-field-title = العنوان
resource-field-description = الوصف (اختياري)
resource-hint-description = ما يتضمنه والجهة التي يستهدفها، في 2000 حرف على الأكثر.
resource-field-kind = نوع المورد
resource-choose-kind = اختر نوعًا
resource-field-lang = لغة المورد
resource-hint-countries = اختر كل البلدان التي يشملها (اضغط مع الاستمرار على Ctrl، أو Cmd على جهاز Mac، لاختيار أكثر من بلد). لا تختر أي بلد إذا كان لا يخص بلدانًا بعينها.
resource-what = وثيقة أو رابط
resource-hint-what = قدّم رابطًا أو وثيقة، لا الاثنين معًا.
resource-field-url = الرابط (عنوان يبدأ بـ http:// أو https://)
resource-field-file = الوثيقة
resource-hint-file = { $count ->
    [one] ملف PDF أو Word أو Excel أو PowerPoint أو OpenDocument أو صورة (PNG أو JPEG أو GIF أو WebP)، بحجم ميغابايت واحد على الأكثر.
    [two] ملف PDF أو Word أو Excel أو PowerPoint أو OpenDocument أو صورة (PNG أو JPEG أو GIF أو WebP)، بحجم ميغابايتين على الأكثر.
    [few] ملف PDF أو Word أو Excel أو PowerPoint أو OpenDocument أو صورة (PNG أو JPEG أو GIF أو WebP)، بحجم { $count } ميغابايتات على الأكثر.
   *[other] ملف PDF أو Word أو Excel أو PowerPoint أو OpenDocument أو صورة (PNG أو JPEG أو GIF أو WebP)، بحجم { $count } ميغابايت على الأكثر.
}
resource-submit = إضافة المورد

resource-error-title = أدخل عنوانًا لا يتجاوز 200 حرف.
resource-error-description = اختصر الوصف إلى 2000 حرف على الأكثر.
resource-error-kind = اختر نوع المورد.
resource-error-lang = اختر لغة المورد.
resource-error-country = اختر البلدان من القائمة.
resource-error-url = أدخل عنوانًا كاملًا يبدأ بـ http:// أو https://، مثل https://www.example.org/report.
resource-error-both = قدّم رابطًا أو وثيقة، لا الاثنين معًا: أفرغ حقل الرابط أو لا ترفق الوثيقة.
resource-error-none = اختر وثيقة أو أدخل رابطًا.
resource-error-again = اختر الوثيقة مرة أخرى: لا يُحتفَظ بها ما دامت إجابات أخرى تحتاج إلى تصحيح.
resource-error-empty = الملف المختار فارغ. اختر الوثيقة مرة أخرى.
resource-error-type = هذا الملف ليس ملف PDF ولا مستندًا مكتبيًا (Word أو Excel أو PowerPoint أو OpenDocument) ولا صورة (PNG أو JPEG أو GIF أو WebP). جرى التحقق من محتواه لا من اسمه. اختر ملفًا آخر.
resource-error-too-large = { $count ->
    [one] حجم الوثيقة يتجاوز ميغابايتًا واحدًا. اختر ملفًا أصغر، أو شارك رابطًا إليها بدلًا من ذلك.
    [two] حجم الوثيقة يتجاوز ميغابايتين. اختر ملفًا أصغر، أو شارك رابطًا إليها بدلًا من ذلك.
    [few] حجم الوثيقة يتجاوز { $count } ميغابايتات. اختر ملفًا أصغر، أو شارك رابطًا إليها بدلًا من ذلك.
   *[other] حجم الوثيقة يتجاوز { $count } ميغابايت. اختر ملفًا أصغر، أو شارك رابطًا إليها بدلًا من ذلك.
}
