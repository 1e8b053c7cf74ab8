## الإدارة (/admin) وسجل المشروع العام: العربية.
## المفاتيح نفسها وبالترتيب نفسه كما في en/admin.ftl (يتحقق من ذلك اختبار).

## Index
admin-title = الإدارة
admin-lead = إدارة وصول الأشخاص، والحفاظ على دقة دليل المنظمات، ومعرفة من غيّر ماذا، ومتابعة البريد الصادر.
admin-people-title = الأشخاص
admin-people-intro = تغيير دور الشخص ومنظمته، وتعطيل حساب أو إعادة تفعيله.
admin-people-count = { $count ->
    [zero] لا يملك أحد حسابًا
    [one] شخص واحد لديه حساب
    [two] شخصان لديهما حساب
    [few] { $count } أشخاص لديهم حساب
    [many] { $count } شخصًا لديهم حساب
   *[other] { $count } شخص لديهم حساب
}
admin-organisations-title = المنظمات
admin-organisations-intro = إضافة المنظمات، وتصحيح بياناتها، ودمج السجلات المكررة.
admin-audit-title = سجل التغييرات
admin-audit-intro = كل تغيير أُجري على المنبر: من أجراه، ومتى، وما كان عليه الأمر قبله وبعده.
admin-mail-title = البريد
admin-mail-intro = الرسائل المنتظرة والمرسلة والتي تعذّر تسليمها، وإعادة إرسال ما أخفق منها.
admin-mail-dead-count = { $count ->
    [zero] لا توجد رسالة تعذّر تسليمها
    [one] رسالة واحدة تعذّر تسليمها
    [two] رسالتان تعذّر تسليمهما
    [few] { $count } رسائل تعذّر تسليمها
    [many] { $count } رسالة تعذّر تسليمها
   *[other] { $count } رسالة تعذّر تسليمها
}

## Shared words
admin-none = لا يوجد
admin-yes = نعم
admin-no = لا
admin-role = الدور
admin-organisation = المنظمة
admin-status = الحالة
admin-status-active = نشط
admin-status-deactivated = معطَّل
admin-verified = تم التحقق من العنوان
admin-language = اللغة
admin-created = تاريخ إنشاء الحساب
admin-actions = الإجراءات
admin-edit = تعديل
admin-merge = دمج
admin-choose = اختر…
admin-optional = اختياري.
admin-save = حفظ التغييرات
admin-cancel = إلغاء
admin-done-unchanged = لم يتغير شيء: كانت القيم كذلك من قبل.
admin-governments = الحكومات
admin-other-organisations = منظمات أخرى

## People
admin-people-filters = تصفية الأشخاص
admin-people-filter-q = الاسم أو عنوان البريد الإلكتروني
admin-people-found = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
admin-people-none = لا يطابق أحدٌ عوامل التصفية هذه.
admin-people-caption = الأشخاص مرتبين حسب الاسم
admin-person-done-role = تم تغيير الدور.
admin-person-done-deactivated = تم تعطيل الحساب وإنهاء جميع جلسات هذا الشخص.
admin-person-done-reactivated = أصبح الحساب نشطًا من جديد، ويمكن للشخص تسجيل الدخول.
admin-person-role-heading = الدور والمنظمة
admin-person-self-role = لا يمكنك تغيير دورك بنفسك. اطلب ذلك من مشرف آخر.
admin-person-organisation-hint = ينتمي المندوب إلى حكومة، والعضو إلى أي منظمة. أما الأدوار الأخرى فلا ترتبط بأي منظمة، فلا تُحفظ المنظمة عندئذٍ.
admin-person-role-submit = تغيير الدور
admin-person-access-heading = الوصول
admin-person-active-text = هذا الحساب نشط: يمكن للشخص تسجيل الدخول.
admin-person-self-deactivate = لا يمكنك تعطيل حسابك بنفسك.
admin-person-deactivate-hint = يُسجَّل خروج الشخص فورًا من جميع الأجهزة، ولا يمكنه تسجيل الدخول إلى أن يُعاد تفعيل الحساب.
admin-person-deactivate = تعطيل هذا الحساب
admin-person-deactivated-text = هذا الحساب معطَّل: لا يمكن للشخص تسجيل الدخول.
admin-person-reactivate = إعادة تفعيل هذا الحساب
admin-person-audit-about = التغييرات المتعلقة بهذا الشخص
admin-person-audit-by = التغييرات التي أجراها هذا الشخص
admin-person-error-self-role = لا يمكنك تغيير دورك بنفسك. اطلب ذلك من مشرف آخر.
admin-person-error-role = اختر دورًا.
admin-person-error-not-government = المندوب يمثّل حكومة. اختر حكومة.
admin-person-error-government = اختر الحكومة التي يمثّلها هذا المندوب.
admin-person-error-organisation = اختر المنظمة التي ينتمي إليها هذا العضو.
admin-person-error-last-administrator = هذا آخر مشرف نشط. امنح دور المشرف لشخص آخر أولًا.
admin-person-error-self-deactivate = لا يمكنك تعطيل حسابك بنفسك. اطلب ذلك من مشرف آخر.

## Organisations
admin-organisations-filters = البحث في المنظمات
admin-organisations-caption = المنظمات مرتبة حسب الاسم
admin-organisation-new = إضافة منظمة
admin-org-name = الاسم
admin-org-code = الرمز
admin-org-code-hint = رمز بلد مثل MX للحكومة الوطنية؛ وإلا فبادئة قصيرة تليها نقطتان ثم اسم، مثل org:IOM أو cs:ICMC.
admin-org-acronym = الاسم المختصر
admin-org-kind = نوع المنظمة
admin-org-country = البلد
admin-org-country-hint = إلزامي للحكومات.
admin-org-region = المنطقة
admin-org-description = الوصف
admin-org-website = الموقع الإلكتروني
admin-org-website-hint = اختياري. عنوان كامل يبدأ بـ https:// أو http://.
admin-org-lang = لغة الاسم والوصف
admin-organisation-edit-title = تعديل { $name }
admin-organisation-new-title = منظمة جديدة
admin-organisation-public-page = الصفحة العامة
admin-organisation-merge-link = الدمج في منظمة أخرى
admin-organisation-audit-link = التغييرات المتعلقة بهذه المنظمة
admin-organisation-create = إنشاء المنظمة
admin-organisation-done-created = تم إنشاء المنظمة.
admin-organisation-done-saved = تم حفظ التغييرات.
admin-organisation-done-merged = تم دمج السجل المكرر في هذه المنظمة ثم حذفه.
admin-org-error-code = أدخل رمزًا مثل org:IOM، أو رمز بلد مثل MX إذا كانت حكومة.
admin-org-error-code-country = لا يجوز أن يكون رمز البلد إلا رمزًا لحكومة. استخدم رمزًا مثل org:ABC.
admin-org-error-code-taken = هذا الرمز مستخدم لمنظمة أخرى. اختر رمزًا آخر، أو ادمج المنظمتين.
admin-org-error-name = أدخل الاسم، بحد أقصى 300 حرف.
admin-org-error-acronym = أدخل اسمًا مختصرًا لا يتجاوز 30 حرفًا، أو اترك الحقل فارغًا.
admin-org-error-kind = اختر نوع المنظمة.
admin-org-error-country = اختر بلدًا من القائمة.
admin-org-error-country-government = اختر بلد هذه الحكومة.
admin-org-error-country-code = يجب أن يكون البلد هو الذي يشير إليه الرمز.
admin-org-error-region = اختر منطقة من القائمة.
admin-org-error-description = اختصر الوصف إلى 10000 حرف على الأكثر.
admin-org-error-website = أدخل عنوانًا إلكترونيًا يبدأ بـ https:// أو http://، مثل https://www.iom.int.
admin-org-error-lang = اختر إحدى اللغات الست.

## Merging duplicates
admin-merge-title = دمج { $name } في منظمة أخرى
admin-merge-lead = استخدم هذه الصفحة حين تكون المنظمة نفسها مسجّلة مرتين. ينتقل كل ما يرتبط بهذا السجل إلى المنظمة التي تحتفظ بها، ثم يُحذف هذا السجل.
admin-merge-moves = ما الذي سينتقل
admin-merge-partners = { $count ->
    [zero] لا توجد شراكة في أي مشروع
    [one] شراكة واحدة في مشروع
    [two] شراكتان في مشاريع
    [few] { $count } شراكات في مشاريع
    [many] { $count } شراكة في مشاريع
   *[other] { $count } شراكة في مشاريع
}
admin-merge-engagements = { $count ->
    [zero] لا توجد مشاركة في المنتدى العالمي
    [one] مشاركة واحدة في المنتدى العالمي
    [two] مشاركتان في المنتدى العالمي
    [few] { $count } مشاركات في المنتدى العالمي
    [many] { $count } مشاركة في المنتدى العالمي
   *[other] { $count } مشاركة في المنتدى العالمي
}
admin-merge-people = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
admin-merge-warning = إذا كانت للمنظمة التي تحتفظ بها شراكة في المشروع نفسه وبالدور نفسه، فلا تُكرَّر. لا يمكن التراجع عن هذه العملية.
admin-merge-keep = المنظمة التي ستحتفظ بها
admin-merge-keep-hint = السجل الذي سيبقى؛ أما هذا السجل فسيُحذف.
admin-merge-submit = الدمج وحذف هذا السجل
admin-merge-error-keep = اختر المنظمة التي ستحتفظ بها.
admin-merge-error-same = اختر منظمة غير المنظمة التي يجري دمجها.
admin-merge-error-delegates = لهذا السجل مندوبون يجب أن ينتموا إلى حكومة. احتفظ بحكومة، أو غيّر أدوارهم أولًا.

## Audit log
admin-audit-filters = تصفية سجل التغييرات
admin-audit-who = مَن
admin-audit-what = ماذا
admin-audit-subject-type = يتعلق بـ
admin-audit-from = من تاريخ
admin-audit-to = إلى تاريخ
admin-audit-date-hint = مثلًا 2026-11-29.
admin-audit-found = { $count ->
    [zero] لا يوجد أي إدخال
    [one] إدخال واحد
    [two] إدخالان
    [few] { $count } إدخالات
    [many] { $count } إدخالًا
   *[other] { $count } إدخال
}
admin-audit-none = لا يطابق أي إدخال عوامل التصفية هذه.
admin-audit-caption = التغييرات، الأحدث أولًا
admin-audit-when = متى
admin-audit-subject = موضوع التغيير
admin-audit-before = قبل
admin-audit-after = بعد
admin-audit-system = النظام
admin-audit-public = عام
admin-audit-error-person = اختر شخصًا من القائمة.
admin-audit-error-subject = هذا الرابط إلى السجل غير صحيح. ابدأ من جديد من سجل التغييرات.
admin-audit-error-date = أدخل التاريخ بصيغة سنة-شهر-يوم، مثل 2026-11-29.
admin-audit-error-range = يجب أن يكون «من تاريخ» سابقًا لـ«إلى تاريخ» أو مساويًا له.
audit-subject-person = شخص
audit-subject-organisation = منظمة
audit-subject-project = مشروع
audit-subject-question = سؤال
audit-subject-mail = بريد
audit-action-person-role_changed = تغيير الدور
audit-action-person-notifications_changed = تغيير تفضيلات الإشعارات
audit-action-person-deactivated = تعطيل الحساب
audit-action-person-reactivated = إعادة تفعيل الحساب
audit-action-person-profile_changed = تغيير الاسم أو اللغة
audit-action-person-password_changed = تغيير كلمة المرور
audit-action-person-created = أُنشئ الحساب
audit-action-person-invited = دُعي شخص
audit-action-person-password_reset_requested = طُلبت إعادة تعيين كلمة المرور
audit-action-person-registered = سُجّل الحساب
audit-action-organisation-created = إنشاء منظمة
audit-action-organisation-updated = تعديل منظمة
audit-action-organisation-merged = دمج منظمة مكررة
audit-action-organisation-profile_updated = تعديل ملف الشراكة
audit-action-project-partner_merged = دمج سجلَّي شريك
audit-action-project-partner_added = أُضيف شريك
audit-action-project-partner_removed = أُزيل شريك
audit-action-project-stage_changed = تغيّرت المرحلة
audit-action-project-update_posted = نُشرت مستجدات
audit-action-project-milestone_added = أُضيف معلم
audit-action-project-milestone_reached = تحقق معلم
audit-action-question-asked = طُرح سؤال
audit-action-question-answered = أُجيب عن سؤال
audit-action-question-hidden = أخفى ميسِّر سؤالًا
audit-action-answer-hidden = أخفى ميسِّر إجابة
audit-action-mail-retried = إعادة رسائل إلى قائمة الانتظار

## Mail
admin-mail-counts-caption = الرسائل حسب الحالة
admin-mail-status = الحالة
admin-mail-messages = الرسائل
admin-mail-status-pending = في انتظار الإرسال
admin-mail-status-sending = قيد الإرسال
admin-mail-status-sent = مُرسلة
admin-mail-status-dead = تعذّر تسليمها
admin-mail-dead-heading = رسائل تعذّر تسليمها
admin-mail-dead-intro = بعد رفض نهائي أو محاولات فاشلة كثيرة، تتوقف محاولات إرسال الرسالة. بعد معالجة السبب، أعدها إلى قائمة الانتظار: فتُرسل من جديد ويبدأ عدّ المحاولات من الصفر.
admin-mail-dead-none = لا توجد رسالة تعذّر تسليمها.
admin-mail-dead-caption = رسائل تعذّر تسليمها، الأحدث أولًا
admin-mail-retry-all = إعادة كل الرسائل التي تعذّر تسليمها إلى قائمة الانتظار
admin-mail-number = الرقم
admin-mail-recipient = المرسَل إليه
admin-mail-kind = النوع
admin-mail-attempts = المحاولات
admin-mail-given-up = تاريخ التوقف
admin-mail-last-error = آخر خطأ
admin-mail-no-error = لم يُسجَّل أي خطأ.
admin-mail-retry = إعادة إلى قائمة الانتظار
admin-mail-retry-number = الرسالة { $number }
admin-mail-requeued = { $count ->
    [zero] لم تكن هناك رسالة تحتاج إلى الإعادة إلى قائمة الانتظار.
    [one] أُعيدت رسالة واحدة إلى قائمة الانتظار.
    [two] أُعيدت رسالتان إلى قائمة الانتظار.
    [few] أُعيدت { $count } رسائل إلى قائمة الانتظار.
    [many] أُعيدت { $count } رسالة إلى قائمة الانتظار.
   *[other] أُعيدت { $count } رسالة إلى قائمة الانتظار.
}
admin-mail-error-which = اختر رسالة لإعادتها إلى قائمة الانتظار.
admin-mail-error-gone = لم تعد هذه الرسالة ضمن الرسائل التي تعذّر تسليمها: ربما أُعيدت إلى قائمة الانتظار من قبل.

## The public history of a project
project-history = سجل المشروع
project-history-none = لم يُسجَّل أي تغيير على هذا المشروع بعد.
audit-action-resource-added = أُضيف مورد
audit-action-resource-removed = أُزيل مورد
audit-subject-resource = مورد
audit-action-project-proposed = اقتُرح المشروع
audit-action-project-edited = عُدِّل المقترح
audit-action-project-submitted = أُرسل إلى المراجعة
audit-action-project-endorsed = أيّده المراجعون
audit-action-project-changes_requested = طلب المراجعون تعديلات
audit-action-project-declined = رفضه المراجعون
audit-action-project-withdrawn = سحبه مالكوه
audit-action-project-co_owner_invited = دُعيت حكومة بصفتها مالكًا مشاركًا
audit-action-project-co_owner_declined = رُفضت دعوة الملكية المشتركة
audit-action-project-join_requested = طلب انضمام بصفة مالك مشارك
audit-action-project-join_declined = رُفض طلب الانضمام
audit-action-person-joined_by_introduction = انضم عبر رابط تعارف
audit-action-contact-added = أضيفت جهة اتصال
audit-action-contact-changed = عُدّلت جهة اتصال
audit-action-contact-removed = حُذفت جهة اتصال
audit-action-person-calendar_feed_renewed = موجز التقويم: عنوان جديد
audit-action-person-calendar_feed_off = إيقاف موجز التقويم
audit-action-project-needs_met = الاحتياجات الملبّاة
