# المقترحات والمسودات والمالكون المشاركون والتحقق من التكرار والمراجعة (المسألة 5، النقاط 1 إلى 3).
# المفاتيح نفسها في اللغات الست؛ ويتحقق من ذلك اختبار آلي.

nav-mine = مشاريعي
nav-review = المراجعة

## استمارة المقترح

proposal-new-title = اقتراح مشروع
proposal-edit-title = تعديل المقترح
proposal-on-behalf = تقترح هذا المشروع باسم { $government }.
proposal-lead = يكفي العنوان لحفظ مسودة. ولإرسال المقترح إلى المراجعة، املأ كل الحقول غير الموسومة بأنها اختيارية.
proposal-field-title = العنوان
proposal-field-summary = الملخص
proposal-hint-summary = موضوع المشروع في بضع جمل (4000 حرف على الأكثر).
proposal-field-objectives = الأهداف
proposal-field-expected-results = النتائج المتوقعة
proposal-hint-lines = واحد في كل سطر.
proposal-field-themes = المواضيع
proposal-field-countries = البلدان المعنية
proposal-hint-countries = اختر بلدًا واحدًا أو أكثر: اضغط مع الاستمرار على Ctrl (أو Cmd في أجهزة Mac) لاختيار عدة بلدان. اذكر بلدانًا أو مناطق أو كليهما.
proposal-field-regions = المناطق المعنية
proposal-field-needs = احتياجات المشروع
proposal-hint-needs = احتياج واحد في كل صف: نوعه، وإن كان مفيدًا بضع كلمات. اترك الصفوف غير المستعملة فارغة؛ واحفظ المسودة للحصول على صفوف أخرى.
proposal-need-kind = الاحتياج { $count }: النوع
proposal-need-description = الاحتياج { $count }: الوصف (اختياري)
proposal-need-none = لا احتياج في هذا الصف
proposal-field-timeframe = الإطار الزمني
proposal-hint-dates = التواريخ بصيغة السنة-الشهر-اليوم، مثل 2027-03-01.
proposal-field-start = البداية
proposal-field-end = النهاية
proposal-field-budget = نطاق الميزانية (اختياري)
proposal-hint-budget = بدولارات الولايات المتحدة.
proposal-budget-none = غير محدد
proposal-field-outcomes = نتائج المنتدى العالمي التي يتابعها (اختياري)
proposal-hint-outcomes = افتح جلسة مائدة مستديرة لرؤية توصياتها.
proposal-field-stage = المرحلة الحالية
proposal-hint-stage = يمكن أن يدخل المشروع المنصة في أي مرحلة.
proposal-hint-stage-fixed = بعد الإرسال الأول، تتغير المرحلة في صفحة المشروع مع ملاحظة مؤرخة.
proposal-field-contact = جهة الاتصال
proposal-field-contact-name = الشخص المسؤول عن الاتصال
proposal-field-contact-email = البريد الإلكتروني للاتصال
proposal-field-language = لغة النص
proposal-hint-language = اللغة التي تكتب بها العنوان والملخص وسائر النصوص.
proposal-continue = متابعة
proposal-save-draft = حفظ المسودة
proposal-hint-buttons = «متابعة» يتحقق من المقترح ويعرض المشاريع المشابهة قبل إرساله. «حفظ المسودة» يحتفظ به لإكماله لاحقًا.

## مشكلات في الاستمارة

proposal-error-title = أدخل عنوانًا
proposal-error-title-long = اختصر العنوان إلى 200 حرف أو أقل
proposal-error-summary = أدخل ملخصًا
proposal-error-summary-long = اختصر الملخص إلى 4000 حرف أو أقل
proposal-error-objectives = أدخل الأهداف
proposal-error-expected-results = أدخل النتائج المتوقعة
proposal-error-text-long = اختصر هذا النص إلى 10000 حرف أو أقل
proposal-error-themes = اختر موضوعًا واحدًا على الأقل
proposal-error-theme-unknown = اختر المواضيع من القائمة
proposal-error-places = اختر بلدًا أو منطقة واحدة على الأقل
proposal-error-country-unknown = اختر البلدان من القائمة
proposal-error-region-unknown = اختر المناطق من القائمة
proposal-error-need-kind = اختر نوع هذا الاحتياج، أو أفرغ الصف
proposal-error-need-unknown = اختر نوع الاحتياج من القائمة
proposal-error-need-long = اختصر وصف هذا الاحتياج إلى 2000 حرف أو أقل
proposal-error-start = أدخل تاريخ البداية
proposal-error-end = أدخل تاريخ النهاية
proposal-error-date = أدخل تاريخًا صحيحًا، مثل 2027-03-01
proposal-error-end-before-start = يجب أن يكون تاريخ النهاية بعد تاريخ البداية
proposal-error-budget = اختر نطاق ميزانية من القائمة
proposal-error-outcome = اختر نتائج المنتدى العالمي من القائمة
proposal-error-stage = اختر المرحلة الحالية
proposal-error-contact-name = أدخل اسم الشخص المسؤول عن الاتصال
proposal-error-contact-name-long = اختصر اسم جهة الاتصال إلى 200 حرف أو أقل
proposal-error-contact-email = أدخل البريد الإلكتروني لجهة الاتصال، مثل name@example.org
proposal-error-language = اختر لغة النص
proposal-error-state = لا يمكن تغيير هذا المشروع في حالته الراهنة.
proposal-error-already-owner = حكومتك مالكة لهذا المشروع بالفعل.

## رسائل التأكيد

proposal-done-draft_saved = حُفظت المسودة. ستجدها في «مشاريعي».
proposal-done-join_requested = أُرسل طلب الانضمام إلى مالكي المشروع.
proposal-done-invitation_accepted = أصبحت حكومتك مالكًا مشاركًا للمشروع.
proposal-done-invitation_declined = رُفضت الدعوة.
proposal-done-request_accepted = أصبحت الحكومة التي طلبت الانضمام مالكًا مشاركًا.
proposal-done-request_declined = رُفض طلب الانضمام.
proposal-done-co_owner_invited = أُرسلت الدعوة. يؤكدها مندوب تلك الحكومة على المنصة.
proposal-done-decided = سُجِّل القرار. وأُبلغ المالكون بالبريد الإلكتروني.

## التحقق من التكرار

check-title = مشاريع مشابهة
check-lead = قبل الإرسال، تحقق مما إذا كانت حكومة أخرى تنفذ بالفعل مشروعًا مثل مشروعك:
check-none = لم يُعثر على أي مشروع مشابه. يمكنك إرسال مقترحك.
check-found = تشبه هذه المشاريع مشروعك. يمكنك إرسال مقترحك مع ذلك، أو طلب الانضمام إلى أحدها بصفتك مالكًا مشاركًا.
check-similarity = نسبة التشابه { $count }٪
similar-band-same = على الأرجح جدًا المشروع نفسه
similar-band-related = مشروع ذو صلة
check-own-project = مشروع حكومتكم
check-join = طلب الانضمام
check-join-hint = يرد مالكو المشروع على طلبك؛ فإن قبلوه أصبحت حكومتك مالكًا مشاركًا. ويبقى مقترحك في مسوداتك.
check-continue-heading = إرسال مقترحك
check-submit = الإرسال إلى المراجعة
check-back = العودة إلى المقترح

## مشاريعي

mine-title = مشاريعي
mine-lead = مشاريع { $government } وما ينتظر ردك.
mine-propose = اقتراح مشروع
mine-invitations = دعوات إلى الملكية المشتركة لمشروع
mine-join-requests = طلبات الانضمام إلى مشاريعك
mine-join-request = تطلب { $government } الانضمام إلى:
mine-accept = قبول
mine-decline = رفض
mine-drafts = المسودات
mine-drafts-none = لا توجد مسودات.
mine-changed = آخر تعديل في { $date }
mine-projects = مشاريع حكومتك
mine-projects-none = لم تُرسل حكومتك أي مشروع بعد.
mine-col-project = المشروع
mine-col-status = الحالة
mine-col-stage = المرحلة
mine-col-owners = المالكون
mine-sent-requests = طلباتك للانضمام إلى مشاريع أخرى

## المالكون المشاركون

co-owners-title = المالكون المشاركون
co-owners-current = المالكون
co-owners-invited = الدعوات
co-owners-invite = دعوة حكومة
co-owners-invite-lead = يقبل مندوب الحكومة المدعوة الدعوة أو يرفضها على المنصة. وبعد القبول، تصبح تلك الحكومة مالكة للمشروع معك.
co-owners-government = الحكومة
co-owners-choose = اختر حكومة
co-owners-send = إرسال الدعوة
co-owner-error-government = اختر حكومة من القائمة
co-owner-error-pending = تلك الحكومة مالكة بالفعل أو مدعوة بالفعل

## صفحة المشروع

project-decision = قرار المراجعة
project-expected-results = النتائج المتوقعة
project-timeframe = الإطار الزمني
project-budget = نطاق الميزانية
project-contact = جهة الاتصال
project-regions = المناطق المعنية
project-owner-actions = للمالكين
project-edit = تعديل المقترح
project-submit = التحقق والإرسال إلى المراجعة
project-co-owners = المالكون المشاركون
project-withdraw = سحب المشروع
project-review-link = مراجعة هذا المشروع
duplicates-heading = تكرارات محتملة
duplicates-flag = على الأرجح تكرار لمشروع قائم

## المراجعة

review-queue-title = المشاريع قيد المراجعة
review-queue-lead = مشاريع أرسلتها الحكومات، تنتظر قرارًا من هياكل المنتدى العالمي. الأقدم أولًا.
review-queue-empty = لا يوجد مشروع ينتظر المراجعة.
review-queue-count = { $count ->
        [zero] لا توجد مشاريع تنتظر المراجعة.
        [one] مشروع واحد ينتظر المراجعة.
        [two] مشروعان ينتظران المراجعة.
        [few] { $count } مشاريع تنتظر المراجعة.
        [many] { $count } مشروعًا تنتظر المراجعة.
       *[other] { $count } مشروع تنتظر المراجعة.
    }
review-submitted-on = أُرسل في { $date }
review-title = المراجعة
review-open-project = فتح صفحة المشروع
review-decision = القرار
review-comments = التعليقات
review-comments-hint = إلزامية إذا طلبت تعديلات (ما هي) أو رفضت (السبب). ويتلقاها المالكون بالبريد الإلكتروني.
review-send = تسجيل القرار
review-error-decision = اختر قرارًا
review-error-comments = بيِّن ما ينبغي للمالكين تعديله
review-error-reason = اذكر سبب الرفض
review-error-comments-long = اختصر التعليقات إلى 2000 حرف أو أقل

## قوائم الرموز

budget-under_50k = أقل من 50000 دولار أمريكي
budget-50k_250k = من 50000 إلى 250000 دولار أمريكي
budget-250k_1m = من 250000 دولار إلى مليون دولار أمريكي
budget-over_1m = أكثر من مليون دولار أمريكي
decision-endorse = تأييد
decision-request_changes = طلب تعديلات
decision-decline = رفض
answer-pending = في انتظار الرد
answer-accepted = مقبولة
answer-declined = مرفوضة

## رسالة قرار المراجعة

email-review-subject-endorse = تم التأييد: { $title }
email-review-subject-request_changes = طُلبت تعديلات: { $title }
email-review-subject-decline = تم الرفض: { $title }
email-review-lead-endorse = أيّد مراجعو المنتدى العالمي مشروع حكومتك «{ $title }». ويظهر التأييد وتاريخه الآن في صفحة المشروع.
email-review-lead-request_changes = يطلب مراجعو المنتدى العالمي تعديلات على مشروع حكومتك «{ $title }». عدّل المقترح ثم أرسله من جديد.
email-review-lead-decline = رفض مراجعو المنتدى العالمي مشروع حكومتك «{ $title }».
email-review-comments = تعليقات المراجع:
email-review-action = فتح المشروع:
email-review-link = فتح المشروع
