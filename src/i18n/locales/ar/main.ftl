## منبر الشراكات: نصوص الواجهة باللغة العربية.
## يجب أن يوجد كل مفتاح هنا في جميع اللغات الأخرى (يتحقق من ذلك اختبار آلي).

site-name = منبر الشراكات
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-projects = المشاريع
nav-organisations = المنظمات
nav-themes = المواضيع
nav-about = عن المنبر
language-label = اللغة
footer-facilitates = ييسر منبر الشراكات التابع للمنتدى العالمي المعني بالهجرة والتنمية إقامة الشراكات. ولا يمول المشاريع ولا ينفذها ولا يختارها.
footer-open-data = البيانات المفتوحة (JSON)
footer-brokering-outcomes = نتائج التعارف

search = بحث
search-projects = البحث في المشاريع
themes = المواضيع
owned-by = الجهة صاحبة المشروع:
roundtable-session = جلسة المائدة المستديرة { $session }
pagination = الصفحات
page-previous = الصفحة السابقة
page-next = الصفحة التالية
page-of = الصفحة { $page } من { $pages }

## الصفحة الرئيسية
home-title = الصفحة الرئيسية
home-lead = تقترح الحكومات هنا مشاريع في مجال الهجرة والتنمية وتتابع سيرها؛ وتربطها وحدة دعم المنتدى العالمي بشركاء قادرين على المساعدة، ويمكن لأي شخص متابعة التقدم المحرز فيها.
home-by-stage = المشاريع حسب المرحلة
home-totals-projects = { $count ->
    [zero] لا توجد مشاريع منشورة
    [one] مشروع منشور واحد
    [two] مشروعان منشوران
    [few] { $count } مشاريع منشورة
    [many] { $count } مشروعًا منشورًا
   *[other] { $count } مشروع منشور
}
home-totals-organisations = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمةً
   *[other] { $count } منظمة
}
home-totals-outcomes = { $count ->
    [zero] لا توجد توصيات للمنتدى العالمي تحتاج إلى متابعة
    [one] توصية واحدة للمنتدى العالمي تحتاج إلى متابعة
    [two] توصيتان للمنتدى العالمي تحتاجان إلى متابعة
    [few] { $count } توصيات للمنتدى العالمي تحتاج إلى متابعة
    [many] { $count } توصيةً للمنتدى العالمي تحتاج إلى متابعة
   *[other] { $count } توصية للمنتدى العالمي تحتاج إلى متابعة
}
home-latest = أحدث المشاريع
home-no-projects = لم يُنشر أي مشروع بعد.
home-all-projects = جميع المشاريع
home-does = ما يقوم به المنبر
home-does-1 = يجمع المشاريع التي تقترحها الحكومات، مع احتياجاتها، في أي مرحلة من مراحلها.
home-does-2 = يحدد المنظمات التي يمكن أن تكون شريكة في مشروع ما ويبين الأسباب.
home-does-3 = يعرّف الشركاء المحتملين بعضهم ببعض عبر البريد الإلكتروني، وينظم الاجتماعات بينهم.
home-does-4 = يتيح الأفكار والأسئلة وأخبار التقدم المحرز لكل من يتابع المشروع.
home-does-not = ما لا يقوم به المنبر
home-does-not-1 = لا يمول المشاريع: فالتمويل مسؤولية الدول المعنية في المقام الأول.
home-does-not-2 = لا ينفذ المشاريع.
home-does-not-3 = لا يختار المشاريع: فهياكل المنتدى العالمي هي التي تستعرضها.

## عوامل التصفية والقوائم
filters-label = تصفية المشاريع
filter-q = كلمات البحث
filter-stage = المرحلة
filter-theme = الموضوع
filter-country = البلد
filter-need = الاحتياج
filter-kind = نوع المنظمة
filter-any = الكل
filter-apply = عرض النتائج
filter-clear = مسح عوامل التصفية
projects-title = المشاريع
projects-found = { $count ->
    [zero] لا توجد مشاريع
    [one] مشروع واحد
    [two] مشروعان
    [few] { $count } مشاريع
    [many] { $count } مشروعًا
   *[other] { $count } مشروع
}
projects-none = لا يوجد مشروع يطابق عوامل التصفية هذه. جرّب عددًا أقل من عوامل التصفية أو كلمات أخرى.
organisations-title = المنظمات
organisations-found = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمةً
   *[other] { $count } منظمة
}
organisations-none = لا توجد منظمة تطابق عوامل التصفية هذه.

## صفحة المشروع
project-summary = الموجز
project-objectives = الأهداف والأنشطة
project-origin = المنشأ
project-timeline = التسلسل الزمني للمراحل
project-timeline-empty = لم يُسجَّل أي تغيير في المرحلة بعد.
project-needs = احتياجات المشروع
project-needs-none = لم تُدرج أي احتياجات.
project-outcomes = توصيات المنتدى العالمي التي يتابعها المشروع
project-outcomes-none = لا يتابع هذا المشروع أي توصية مسجلة من توصيات المنتدى العالمي.
project-partners = أصحاب المشروع والشركاء
project-partners-none = لم يُسجَّل أي شريك بعد.
project-no-owner = لا يذكر تقرير عام 2010 أي حكومة صاحبة لهذا المشروع.
project-countries = البلدان المعنية

## صفحة المنظمة
organisation-projects = المشاريع
organisation-projects-none = لا تشارك هذه المنظمة في أي مشروع منشور حتى الآن.
organisation-engagements = المشاركة في المنتدى العالمي
organisation-engagements-none = لم تُسجَّل أي مشاركة.

## المواضيع
themes-title = المواضيع
themes-lead = تُصنَّف المشاريع والمنظمات حسب مواضيع مستمدة من موائد المنتدى العالمي المستديرة وأفرقته العاملة.
theme-no-projects = لا يوجد حتى الآن أي مشروع منشور في هذا الموضوع.
theme-all-projects = جميع المشاريع في هذا الموضوع
theme-outcomes = توصيات المنتدى العالمي بشأن هذا الموضوع
theme-outcomes-none = لا توجد أي توصية من توصيات المنتدى العالمي مصنفة تحت هذا الموضوع.
outcome-followed-by = المشاريع التي تتابعها:

## عن المنبر
about-title = عن المنبر
about-lead = أُطلق منبر الشراكات في الاجتماع الرابع للمنتدى العالمي المعني بالهجرة والتنمية (بويرتو فايارتا، المكسيك، تشرين الثاني/نوفمبر 2010) لتعزيز شراكات عملية موجهة نحو العمل بين الحكومات والجهات الفاعلة الأخرى، ولا سيما من أجل تنفيذ توصيات المنتدى العالمي.
about-who-heading = من يقوم بماذا
about-who-governments = الحكومات
about-who-governments-text = تقترح المشاريع وتتبناها وتنفذها، وتتحمل المسؤولية الرئيسية عن تمويلها.
about-who-structures = هياكل المنتدى العالمي
about-who-structures-text = تتولى الرئاسة الحالية والفريق التوجيهي والأفرقة العاملة المخصصة استعراض المشاريع واختيارها.
about-who-support-unit = وحدة دعم المنتدى العالمي
about-who-support-unit-text = تدير المنبر وتربط بين الشركاء المحتملين؛ ولا تختار المشاريع ولا تنفذها.
about-who-partners = الشركاء
about-who-partners-text = تدعم المنظمات الدولية والمجتمع المدني ومنظمات المغتربين والمؤسسات الخيرية والأوساط الأكاديمية والقطاع الخاص المشاريع وتنفذها وتمولها.
about-who-observers = المراقبون
about-who-observers-text = يمكن لأي شخص الاطلاع على جميع الصفحات العامة ومتابعة التقدم المحرز في أي مشروع.
about-stages-heading = دورة حياة المشروع
about-online-offline-heading = عبر الإنترنت وخارجها
about-online = يجمع المنبر عبر الإنترنت الأفكار والأسئلة والمستجدات المتعلقة بالمشاريع ويتيحها لجميع المعنيين.
about-offline = ويرتب خارج الإنترنت اجتماعات بين الشركاء الفعليين والمحتملين.
about-data-heading = البيانات المفتوحة
about-data = يمكن أيضًا الاطلاع على كل ما هو عام في المنبر بنسق JSON، لأغراض البحث وإعادة الاستخدام.

## الأخطاء
error-status = رمز الخطأ { $status }
error-go-home = الانتقال إلى الصفحة الرئيسية
error-go-projects = تصفح المشاريع
error-bad-param = القيمة «{ $value }» غير صالحة للمعلمة «{ $param }».
error-400-title = يوجد خطأ في هذا العنوان
error-400-advice = تحقق من العنوان أو ابدأ من جديد من القائمة.
error-404-title = الصفحة غير موجودة
error-404-advice = ربما نُقلت الصفحة، أو ربما كُتب العنوان بشكل خاطئ.
error-405-title = لا يمكن القيام بهذا الإجراء هنا
error-405-advice = ارجع إلى الصفحة السابقة وأعد المحاولة من الصفحة نفسها.
error-4xx-title = لا يمكن الرد على هذا الطلب
error-4xx-advice = ارجع إلى الصفحة السابقة وأعد المحاولة.
error-500-title = حدث خطأ من جانبنا
error-500-advice = سُجلت المشكلة. يرجى إعادة المحاولة بعد بضع دقائق.
error-503-title = المنبر غير متاح مؤقتًا
error-503-advice = يتعذر الوصول إلى قاعدة بياناته في الوقت الحالي. يرجى إعادة المحاولة بعد بضع دقائق.

## الحسابات
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-error-email = أدخل عنوان بريدك الإلكتروني، مثل name@example.org.
login-error-password-empty = أدخل كلمة المرور.
login-error-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقق منهما وأعد المحاولة.
login-error-throttled = محاولات تسجيل الدخول كثيرة جدًا. انتظر 15 دقيقة، ثم أعد المحاولة.
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-name = الاسم
field-language = لغة الواجهة ورسائل البريد الإلكتروني
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
password-hint = يجب ألا يقل طولها عن 10 أحرف. وتشكّل بضع كلمات لا علاقة بينها كلمة مرور قوية.
password-error-length = اختر كلمة مرور يتراوح طولها بين 10 أحرف و128 حرفًا.
form-error-summary = توجد مشكلة
form-error-title-prefix = خطأ:
account-title = حسابك
account-role = الدور
account-organisation = المنظمة
account-no-organisation = لا توجد
account-profile = الاسم واللغة
account-save = حفظ
account-saved = حُفظت التغييرات.
account-password = كلمة المرور
account-change-password = تغيير كلمة المرور
account-password-changed = غُيّرت كلمة المرور، وسُجّل الخروج من الجلسات الأخرى.
account-error-name = أدخل اسمًا يتراوح طوله بين حرف واحد و100 حرف.
account-error-language = اختر إحدى اللغات الست.
account-error-current = كلمة المرور الحالية غير صحيحة.
demo-heading = جرّب المنبر
demo-lead = هذا عرض توضيحي. سجّل الدخول بنقرة واحدة بصفة أحد هؤلاء الأشخاص لترى ما يتيحه كل دور.
demo-sign-in-as = تسجيل الدخول بصفة { $role }
error-403-title = لا يمكنك القيام بهذا الإجراء
error-403-advice = إذا كنت ترى أنه ينبغي أن يكون بإمكانك القيام به، فاتصل بوحدة دعم المنتدى العالمي.
error-429-title = الطلبات كثيرة جدًا
error-429-advice = انتظر بضع دقائق، ثم أعد المحاولة.
error-forbidden = لا يسمح دورك بهذا الإجراء.
error-csrf = انتهت صلاحية هذه الاستمارة أو أنها لم تصدر عن هذا الموقع. ارجع إلى الصفحة السابقة، وأعد تحميل الصفحة، ثم أعد المحاولة.
