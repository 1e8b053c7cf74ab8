## تقدم المشروع: المراحل والمستجدات والمعالم والشركاء (المسألة 5)
progress-heading = التقدم
progress-overdue = تأخر نشر المستجدات.
progress-overdue-detail = { $count ->
    [zero] يُنتظر من المشروع الجاري أن ينشر مستجدات بانتظام.
    [one] يُنتظر من المشروع الجاري أن ينشر مستجدات كل يوم على الأقل.
    [two] يُنتظر من المشروع الجاري أن ينشر مستجدات كل يومين على الأقل.
    [few] يُنتظر من المشروع الجاري أن ينشر مستجدات كل { $count } أيام على الأقل.
    [many] يُنتظر من المشروع الجاري أن ينشر مستجدات كل { $count } يومًا على الأقل.
   *[other] يُنتظر من المشروع الجاري أن ينشر مستجدات كل { $count } يوم على الأقل.
}
progress-manage-link = إدارة المرحلة والمستجدات والمعالم والشركاء
progress-follow-up-link = متابعة جميع المشاريع
progress-milestones = المعالم
progress-milestones-none = لم يُحدَّد أي معلم بعد.
progress-due = موعده
progress-reached = تحقق في
progress-not-reached = لم يتحقق بعد
progress-updates = المستجدات
progress-updates-none = لم تُنشر أي مستجدات بعد.
progress-done-stage = انتقل المشروع إلى مرحلته الجديدة.
progress-done-update = نُشرت مستجداتك.
progress-done-milestone = أُضيف المعلم.
progress-done-reached = وُسم المعلم بأنه تحقق.
progress-done-partner-added = أُضيف الشريك.
progress-done-partner-removed = أُزيل الشريك.
progress-error-stage = اختر المرحلة التي ينتقل إليها المشروع.
progress-error-same-stage = المشروع في هذه المرحلة بالفعل: اختر مرحلة أخرى.
progress-error-date = أدخل تاريخًا مثل 2026-03-31.
progress-error-date-future = لا يجوز أن يكون التاريخ بعد اليوم.
progress-error-date-before-last = آخر تغيير للمرحلة مؤرخ في { $date }: لا يجوز أن يكون التاريخ قبله.
progress-error-date-range = أدخل تاريخًا بين عامي 1990 و2100.
progress-error-too-long = { $count ->
    [zero] اختصر النص.
    [one] اختصر النص إلى حرف واحد.
    [two] اختصر النص إلى حرفين.
    [few] اختصر النص إلى { $count } أحرف على الأكثر.
    [many] اختصر النص إلى { $count } حرفًا على الأكثر.
   *[other] اختصر النص إلى { $count } حرف على الأكثر.
}
progress-error-update-empty = اكتب ما حدث منذ آخر مستجدات.
progress-error-milestone-empty = اذكر ما هو المعلم.
progress-error-organisation = اختر المنظمة من بين المنظمات التي عُثر عليها.
progress-error-role = اختر دور الشريك.
progress-error-already-partner = هذه المنظمة شريكة بالفعل بهذا الدور.
progress-error-question-empty = اكتب سؤالك.
progress-error-answer-empty = اكتب الإجابة.
progress-error-reason-empty = اذكر سبب الإخفاء؛ يظهر السبب في مكان المحتوى.

## صفحة المديرين
manage-title = إدارة المشروع
manage-stage = المرحلة
manage-new-stage = المرحلة الجديدة
manage-choose = اختر…
manage-stage-date = تاريخ التغيير
manage-date-hint = تاريخ اليوم ما لم تحدد غيره؛ ولا يجوز أن يكون بعد اليوم.
manage-stage-note = ملاحظة (اختيارية): ما الذي حدث
manage-stage-submit = تغيير المرحلة
manage-update = نشر مستجدات
manage-update-text = ما الذي حدث
manage-plain-text-hint = نص عادي؛ تصبح عناوين الويب التي تبدأ بـ http:// أو https:// روابط.
manage-update-date = تاريخ المستجدات
manage-update-submit = نشر المستجدات
manage-milestone-add = إضافة معلم
manage-milestone-title = المعلم
manage-milestone-due = الموعد المحدد
manage-milestone-submit = إضافة المعلم
manage-mark-reached = وسمه بأنه تحقق
manage-partner-add = إضافة شريك
manage-partner-search = ابحث عن منظمة باسمها أو رمزها
manage-partner-find = بحث
manage-partner-none-found = لا توجد منظمة تطابق هذه الكلمات.
manage-partner-organisation = المنظمة
manage-partner-role = الدور
manage-partner-submit = إضافة الشريك
manage-partner-remove = إزالة

## قائمة المتابعة
follow-up-title = متابعة المشاريع
follow-up-lead-own = المشاريع الجارية لحكومتك، وأولها أطولها بلا مستجدات.
follow-up-lead-all = جميع المشاريع الجارية، وأولها أطولها بلا مستجدات.
follow-up-none = لا توجد مشاريع جارية.
follow-up-overdue-count = { $count ->
    [zero] لا توجد مستجدات متأخرة.
    [one] مستجدات مشروع واحد متأخرة.
    [two] مستجدات مشروعين متأخرة.
    [few] مستجدات { $count } مشاريع متأخرة.
    [many] مستجدات { $count } مشروعًا متأخرة.
   *[other] مستجدات { $count } مشروع متأخرة.
}
follow-up-caption = المشاريع الجارية وآخر مستجداتها
follow-up-project = المشروع
follow-up-stage = المرحلة
follow-up-last-update = آخر المستجدات
follow-up-flag = المستجدات
follow-up-never = لا شيء بعد
follow-up-up-to-date = محدَّثة

## الأسئلة والتعليقات
questions-heading = الأسئلة والتعليقات
questions-none = لم يُطرح أي سؤال بعد.
questions-hidden = أخفاه ميسِّر:
questions-answered-by = إجابة من
questions-answer = أجب عن هذا السؤال
questions-correct-answer = تصحيح الإجابة
questions-send-answer = نشر الإجابة
questions-hide-question-reason = سبب إخفاء هذا السؤال
questions-hide-question = إخفاء السؤال
questions-hide-answer-reason = سبب إخفاء هذه الإجابة
questions-hide-answer = إخفاء الإجابة
questions-ask-label = سؤالك أو تعليقك
questions-ask-hint = نص عادي يظهر للجميع مع اسمك. تصبح عناوين الويب روابط.
questions-ask = نشر
questions-sign-in = سجّل الدخول لطرح سؤال

## توصيات المنتدى العالمي
outcomes-title = توصيات المنتدى العالمي
outcomes-lead = توصيات الموائد المستديرة للمنتدى العالمي المعني بالهجرة والتنمية لعام 2010 في بويرتو فايارتا، حسب الجلسة، مع المشاريع التي تتابع كل توصية.
outcomes-all-link = جميع توصيات المنتدى العالمي ومتابعتها
outcomes-followed-count = { $count ->
    [zero] لا يتابعها أي مشروع بعد
    [one] يتابعها مشروع واحد
    [two] يتابعها مشروعان
    [few] يتابعها { $count } مشاريع
    [many] يتابعها { $count } مشروعًا
   *[other] يتابعها { $count } مشروع
}
outcome-title = التوصية
outcome-projects = المشاريع التي تتابعها
outcome-projects-none = لا يتابع أي مشروع عام هذه التوصية بعد.

# الاحتياجات التي يلبيها الشريك (issue 13، النقطة 5)
needs-title = ما الاحتياجات التي تلبيها { $organisation }؟
needs-lead = بيّن لكل احتياج من احتياجات المشروع ما إذا كان هذا الشريك يلبيه. تعرض صفحة المشروع كل احتياج على أنه مفتوح أو ملبّى جزئيًا أو ملبّى، ويتوقف الميسّرون عن البحث عن شركاء للاحتياجات الملبّاة.
needs-answer-none = لا تلبيه { $organisation }
needs-answer-partly = تلبي { $organisation } جزءًا منه
needs-answer-fully = تلبيه { $organisation }
needs-submit = حفظ
needs-error = اختر إجابة واحدة لكل احتياج: هل تلبيه { $organisation } كليًا أو جزئيًا أو لا تلبيه.
manage-partner-needs = الاحتياجات التي يلبيها
progress-done-needs = تم الحفظ. تعرض صفحة المشروع الاحتياجات الملبّاة؛ ويخرج المشروع الذي لُبّيت كل احتياجاته من قائمة انتظار الميسّرين.
