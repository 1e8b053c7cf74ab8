# المتابعة والإشعارات والتفضيلات وإلغاء الاشتراك والخلاصات.

nav-notifications = { $count ->
    [0] الإشعارات
    [one] الإشعارات (1 غير مقروء)
    [two] الإشعارات (2 غير مقروءين)
    [few] الإشعارات ({ $count } غير مقروءة)
    [many] الإشعارات ({ $count } غير مقروء)
   *[other] الإشعارات ({ $count } غير مقروء)
}

follow-follow = متابعة
follow-unfollow = إلغاء المتابعة
follow-you-follow = أنت تتابع هذا.
follow-sign-in = سجّل الدخول للمتابعة
follow-feed = خلاصة Atom
follow-feed-project = أخبار هذا المشروع (Atom)
follow-feed-theme = أخبار مشاريع هذا الموضوع (Atom)
follow-feed-organisation = أخبار هذه المنظمة ومشاريعها (Atom)
feed-all-projects = أخبار جميع المشاريع

following-title = ما تتابعه
following-intro = تصلك أخبار ما تتابعه وفق تفضيلات الإشعارات الخاصة بك.
following-preferences-link = تفضيلات الإشعارات
following-none = لا تتابع شيئًا بعد. استخدم زر «متابعة» في صفحة مشروع أو موضوع أو منظمة.
following-kind-project = مشروع
following-kind-theme = موضوع
following-kind-organisation = منظمة

notifications-title = الإشعارات
notifications-unread = { $count ->
    [0] لا توجد إشعارات غير مقروءة.
    [one] إشعار واحد غير مقروء.
    [two] إشعاران غير مقروءين.
    [few] { $count } إشعارات غير مقروءة.
    [many] { $count } إشعارًا غير مقروء.
   *[other] { $count } إشعار غير مقروء.
}
notifications-read-all = تعليم الكل كمقروء
notifications-none = لا توجد إشعارات بعد. تابع مشاريع أو مواضيع أو منظمات لتصلك أخبارها.
notifications-new = جديد
notifications-mark-read = تعليم كمقروء
notifications-reason-owner = حكومتك هي صاحبة هذا المشروع.
notifications-reason-concerned = هذا يخص منظمتك.
notifications-reason-partner = منظمتك شريكة في هذا المشروع.
notifications-reason-facilitator = أنت ميسّر.
notifications-reason-reviewer = أنت مراجع.
notifications-reason-follower = أنت تتابع هذا المشروع أو أحد مواضيعه أو إحدى منظماته.

preferences-title = تفضيلات الإشعارات
preferences-intro = اختر لكل نوع من الأخبار كيف تعلم به: رسالة بريد إلكتروني فورًا، أو ملخص يومي، أو ملخص أسبوعي، أو لا شيء. ما لم تختر «متوقف»، يظهر الخبر أيضًا في إشعاراتك على هذا الموقع.
preferences-digest-time = تصل الملخصات في الساعة 07:00 بتوقيتك ({ $zone })، والملخصات الأسبوعية أيام الاثنين.
preferences-change-zone = تغيير المنطقة الزمنية
preferences-mandatory = تصل دائمًا الرسائل المتعلقة بمشاريع حكومتك وبتعارفات منظمتك واجتماعاتها، حتى لو اخترت «متوقف»، لأنك تحتاج إليها للتصرف. ويعني «متوقف» عندئذ رسالة فورية.
preferences-save = حفظ التفضيلات
preferences-saved = تم حفظ تفضيلات الإشعارات.
preferences-error-choice = اختر كيف تعلم بـ: { $kind }.

delivery-immediately = فورًا
delivery-daily = ملخص يومي
delivery-weekly = ملخص أسبوعي
delivery-off = متوقف

event-kind-project_submitted = مشاريع مقدّمة للمراجعة
event-kind-review_decision = قرارات المراجعة
event-kind-stage_changed = تغييرات المرحلة
event-kind-update_posted = تقارير التقدم
event-kind-milestone_reached = معالم تم بلوغها
event-kind-partner_added = شركاء جدد
event-kind-question_asked = أسئلة مطروحة
event-kind-question_answered = أسئلة تمت الإجابة عنها
event-kind-introduction_proposed = تعارفات مقترحة
event-kind-introduction_accepted = تعارفات مقبولة
event-kind-introduction_declined = تعارفات مرفوضة
event-kind-introduction_expiring = تعارفات على وشك الانتهاء
event-kind-interest_expressed = إبداءات اهتمام
event-kind-meeting_proposed = اجتماعات مقترحة
event-kind-meeting_changed = اجتماعات معدّلة
event-kind-update_overdue = تقارير تقدم متأخرة
event-kind-co_owner_invited = دعوات المشاركة في الملكية
event-kind-join_requested = طلبات الانضمام

event-project_submitted = قُدّم { $project } للمراجعة.
event-review_decision = اتُّخذ قرار مراجعة بشأن { $project }: { $detail }.
event-stage_changed = انتقل { $project } إلى المرحلة: { $detail }.
event-update_posted = نشر { $project } تقرير تقدم: { $detail }
event-milestone_reached = بلغ { $project } معلمًا: { $detail }
event-partner_added = انضمت { $organisation } إلى { $project } بصفة: { $detail }.
event-question_asked = طُرح سؤال بشأن { $project }: { $detail }
event-question_answered = أُجيب عن سؤال بشأن { $project }: { $detail }
event-introduction_proposed = اقتُرح تعارف بين { $project } و{ $organisation }.
event-introduction_accepted = قُبل التعارف بين { $project } و{ $organisation }.
event-introduction_declined = رُفض التعارف بين { $project } و{ $organisation }.
event-introduction_expiring = ينتهي قريبًا التعارف بين { $project } و{ $organisation } دون رد.
event-interest_expressed = تود { $organisation } المشاركة في { $project }.
event-meeting_proposed = اقتُرح اجتماع بشأن { $project } مع { $organisation }.
event-meeting_changed = تغيّر اجتماع بشأن { $project }: { $detail }
event-update_overdue = لم ينشر { $project } أي تقرير تقدم منذ مدة طويلة.
event-co_owner_invited = دُعيت { $organisation } إلى المشاركة في ملكية { $project }.
event-join_requested = تطلب { $organisation } الانضمام إلى { $project } بصفتها مالكاً مشاركاً.
event-other = هناك جديد بشأن { $project }.
event-some-project = مشروع
event-some-organisation = منظمة

unsubscribe-title = إلغاء الاشتراك
unsubscribe-done-title = تم إلغاء الاشتراك
unsubscribe-kind = يوقف هذا الرابط رسائلك بشأن: { $kind }.
unsubscribe-kind-done = لن تتلقى بعد الآن رسائل بشأن: { $kind }.
unsubscribe-digest-daily = يوقف هذا الرابط ملخصك اليومي.
unsubscribe-digest-daily-done = لن تتلقى بعد الآن الملخص اليومي.
unsubscribe-digest-weekly = يوقف هذا الرابط ملخصك الأسبوعي.
unsubscribe-digest-weekly-done = لن تتلقى بعد الآن الملخص الأسبوعي.
unsubscribe-confirm = إلغاء الاشتراك
unsubscribe-mandatory = تستمر في الوصول الرسائل المتعلقة بمشاريع حكومتك وبتعارفات منظمتك واجتماعاتها.
unsubscribe-preferences = اختر ما تريد أن تعلم به

field-time-zone = المنطقة الزمنية
account-time-zone-hint = تصل الملخصات اليومية والأسبوعية في الساعة 07:00 بتوقيت هذه المنطقة.
account-error-time-zone = اختر منطقة زمنية من القائمة.

email-reason-owner = تتلقى هذه الرسالة لأن حكومتك هي صاحبة هذا المشروع.
email-reason-concerned = تتلقى هذه الرسالة لأنها تخص منظمتك.
email-reason-partner = تتلقى هذه الرسالة لأن منظمتك شريكة في هذا المشروع.
email-reason-facilitator = تتلقى هذه الرسالة لأنك ميسّر.
email-reason-reviewer = تتلقى هذه الرسالة لأنك مراجع.
email-reason-follower = تتلقى هذه الرسالة لأنك تتابع هذا المشروع أو أحد مواضيعه أو إحدى منظماته.
email-notify-see = اطّلع عليه في المنصة
email-notify-mandatory = لا يمكن إيقاف الرسائل المتعلقة بمشاريعك وتعارفاتك.
email-notify-unsubscribe = إيقاف الرسائل بشأن: { $kind }
email-notify-preferences = اختر ما تريد أن تعلم به
email-digest-subject-daily = { $count ->
    [one] ملخصك اليومي: خبر واحد
    [two] ملخصك اليومي: خبران
    [few] ملخصك اليومي: { $count } أخبار
   *[other] ملخصك اليومي: { $count } خبرًا
}
email-digest-subject-weekly = { $count ->
    [one] ملخصك الأسبوعي: خبر واحد
    [two] ملخصك الأسبوعي: خبران
    [few] ملخصك الأسبوعي: { $count } أخبار
   *[other] ملخصك الأسبوعي: { $count } خبرًا
}
email-digest-intro-daily = { $count ->
    [one] إليك ما حدث منذ ملخصك الأخير، حسب المشروع، من الأحدث إلى الأقدم (خبر واحد).
    [two] إليك ما حدث منذ ملخصك الأخير، حسب المشروع، من الأحدث إلى الأقدم (خبران).
    [few] إليك ما حدث منذ ملخصك الأخير، حسب المشروع، من الأحدث إلى الأقدم ({ $count } أخبار).
   *[other] إليك ما حدث منذ ملخصك الأخير، حسب المشروع، من الأحدث إلى الأقدم ({ $count } خبرًا).
}
email-digest-intro-weekly = { $count ->
    [one] إليك ما حدث هذا الأسبوع، حسب المشروع، من الأحدث إلى الأقدم (خبر واحد).
    [two] إليك ما حدث هذا الأسبوع، حسب المشروع، من الأحدث إلى الأقدم (خبران).
    [few] إليك ما حدث هذا الأسبوع، حسب المشروع، من الأحدث إلى الأقدم ({ $count } أخبار).
   *[other] إليك ما حدث هذا الأسبوع، حسب المشروع، من الأحدث إلى الأقدم ({ $count } خبرًا).
}
email-digest-other = أخبار أخرى
email-digest-unsubscribe-daily = إيقاف الملخص اليومي
email-digest-unsubscribe-weekly = إيقاف الملخص الأسبوعي
email-notify-unfollow = إلغاء متابعة { $name }
email-digest-unfollow = إلغاء متابعة هذا المشروع
unsubscribe-unfollow = يلغي هذا الرابط متابعتك لـ: { $name }.
unsubscribe-unfollow-done = لم تعد تتابع: { $name }.
