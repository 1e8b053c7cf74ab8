# الوساطة: قائمة انتظار الميسّرين والمرشحون، والتعريفات، وإبداء الاهتمام، والاجتماعات،
# ورسائل البريد الخاصة بها.

brokering-nav = التيسير
brokering-queue-title = مشاريع تحتاج إلى شركاء
brokering-queue-lead = المشاريع العامة التي لها احتياجات، والأطول انتظارًا أولًا: منذ متى لم تُلبَّ احتياجاتها، ثم المرحلة الأبكر، ثم المشاريع التي لم تحظ بأي تعريف أو التي مضى على آخر تعريف لها أطول وقت.
brokering-queue-caption = مشاريع تحتاج إلى شركاء، والأكثر إهمالًا أولًا
brokering-queue-count = { $count ->
    [zero] لا يوجد مشروع يبحث عن شركاء
    [one] مشروع واحد يبحث عن شركاء
    [two] مشروعان يبحثان عن شركاء
    [few] { $count } مشاريع تبحث عن شركاء
    [many] { $count } مشروعًا يبحث عن شركاء
   *[other] { $count } مشروع يبحث عن شركاء
}
brokering-queue-empty = لا يوجد حاليًا أي مشروع عام يذكر احتياجات.
brokering-project = المشروع
brokering-unmet-since = احتياجات غير ملبّاة منذ
brokering-stage = المرحلة
brokering-last-introduction = آخر تعريف
brokering-never = أبدًا
brokering-open-needs = { $count ->
    [zero] لا احتياجات مفتوحة
    [one] احتياج مفتوح واحد
    [two] احتياجان مفتوحان
    [few] { $count } احتياجات مفتوحة
    [many] { $count } احتياجًا مفتوحًا
   *[other] { $count } احتياج مفتوح
}
brokering-open-introductions = { $count ->
    [zero] لا تعريفات بانتظار الرد
    [one] تعريف واحد بانتظار الرد
    [two] تعريفان بانتظار الرد
    [few] { $count } تعريفات بانتظار الرد
    [many] { $count } تعريفًا بانتظار الرد
   *[other] { $count } تعريف بانتظار الرد
}
brokering-open-interests = { $count ->
    [0] إبداءات الاهتمام (لا شيء بانتظار الرد)
    [zero] إبداءات الاهتمام (لا شيء بانتظار الرد)
    [one] إبداءات الاهتمام (واحد بانتظار الرد)
    [two] إبداءات الاهتمام (اثنان بانتظار الرد)
    [few] إبداءات الاهتمام ({ $count } بانتظار الرد)
    [many] إبداءات الاهتمام ({ $count } بانتظار الرد)
   *[other] إبداءات الاهتمام ({ $count } بانتظار الرد)
}
brokering-project-page = الصفحة العامة للمشروع
brokering-candidates-title = شركاء محتملون
brokering-candidates-lead = مرتبون بحسب مدى ملاءمة كل منظمة للمشروع، مع الأسباب وإسهام كل سبب في النتيجة. يُستبعد المالكون والشركاء والمنظمات التي سبق تعريفها وتلك التي اعتذرت مؤخرًا.
brokering-candidates-none = لا توجد بعد منظمة تلائم هذا المشروع. تساعد على ذلك الملفات التعريفية التي تذكر العروض والمواضيع والبلدان.
brokering-score = النتيجة { $score }
brokering-introduce = تعريف
brokering-unreachable = لا يمكن الوصول إلى أحد في هذه المنظمة بعد: أضف جهة اتصال (شخصاً أو صندوق بريد وظيفياً) لتقديمها.
brokering-introductions = التعريفات
brokering-introductions-none = لا توجد تعريفات بعد.
brokering-meetings = الاجتماعات
brokering-meetings-none = لا توجد اجتماعات بعد.
brokering-meeting-propose = اقتراح اجتماع

brokering-introduce-title = تعريف منظمة
brokering-introduce-lead = يتلقى الطرفان رسالة بريد إلكتروني تتضمن رسالتك وروابط للقبول أو الاعتذار. وعندما يقبل الطرفان، تصبح المنظمة شريكًا في الدور المقترح ويتلقى كل طرف بيانات الاتصال بالطرف الآخر.
brokering-organisation = المنظمة
brokering-role = الدور المقترح
brokering-message = رسالة شخصية
brokering-message-hint = { $count ->
    [zero] نص عادي.
    [one] نص عادي، حرف واحد على الأكثر.
    [two] نص عادي، حرفان على الأكثر.
    [few] نص عادي، { $count } أحرف على الأكثر.
    [many] نص عادي، { $count } حرفًا على الأكثر.
   *[other] نص عادي، { $count } حرف على الأكثر.
}
brokering-introduce-send = إرسال التعريف
brokering-cancel = إلغاء
brokering-error-role = اختر دورًا من القائمة.
brokering-error-empty = اكتب شيئًا هنا.
brokering-error-too-long = { $count ->
    [zero] اختصر هذا النص.
    [one] اختصر هذا النص إلى حرف واحد.
    [two] اختصر هذا النص إلى حرفين.
    [few] اختصر هذا النص إلى { $count } أحرف.
    [many] اختصر هذا النص إلى { $count } حرفًا.
   *[other] اختصر هذا النص إلى { $count } حرف.
}
brokering-error-already-partner = هذه المنظمة تشارك بالفعل في المشروع.
brokering-error-already-open = يوجد بالفعل تعريف لهذه المنظمة بالمشروع بانتظار الرد.
brokering-error-no-project-contact = لا أحد يستطيع الرد باسم المشروع: لا توجد حكومة مالكة لها مندوب على المنصة.
brokering-error-no-candidate-contact = لا يملك أحد في هذه المنظمة حسابًا بعد: ادعُ عضوًا قبل تعريفها.

brokering-introduction-title = تعريف
brokering-accept-title = قبول التعريف
brokering-decline-title = الاعتذار عن التعريف
brokering-state = الحالة
brokering-state-proposed = بانتظار الردود
brokering-state-accepted = قبله الطرفان
brokering-state-declined = تم الاعتذار
brokering-state-expired = انتهت مدته
brokering-side-project = رد المشروع
brokering-side-candidate = رد المنظمة
brokering-answer-waiting = لم يُرَدّ بعد
brokering-answer-accepted = مقبول
brokering-answer-declined = تم الاعتذار
brokering-expires = الرد قبل
brokering-proposed-by = اقترحه
brokering-decline-reason = السبب
brokering-decline-hint = سيقرؤه الطرفان والميسّر.
brokering-answer-for-project = ردك باسم المشروع
brokering-answer-for-organisation = ردك باسم منظمتك
brokering-accept-explain = عندما يقبل الطرفان، تصبح المنظمة شريكًا في الدور المقترح ويتلقى كل طرف بيانات الاتصال بالطرف الآخر.
brokering-accept = قبول
brokering-decline = اعتذار
brokering-accept-instead = القبول بدلًا من ذلك
brokering-decline-instead = الاعتذار بدلًا من ذلك
brokering-you-accepted = لقد قبلت. لم يرد الطرف الآخر بعد.
brokering-you-declined = لقد اعتذرت. أُبلغ الطرفان بذلك.
brokering-now-partners = قبل الطرفان: أصبحت المنظمة شريكًا، وتلقى كل طرف بيانات الاتصال بالطرف الآخر بالبريد الإلكتروني.
brokering-closed = لم يعد هذا التعريف بانتظار أي رد.
brokering-already-answered = سبق أن ردّ طرفك.

brokering-partnering = الشراكة
brokering-see-candidates = عرض الشركاء المحتملين وتعريفهم
brokering-interest-heading = هل ترغب منظمتك في أن تصبح شريكًا؟
brokering-offer = ما تقدّمه منظمتك
brokering-interest-send = إبلاغ مالكي المشروع
brokering-interest-pending = أبدت منظمتك في { $date } رغبتها في أن تصبح شريكًا؛ ولم يرد المالكون بعد.
brokering-interest-partner = منظمتك تشارك في هذا المشروع.
brokering-interest-sign-in = يمكن لأعضاء المنظمات إبداء رغبتهم في الشراكة.
brokering-interest-members-only = يمكن لأعضاء المنظمات ومندوبيها إبداء رغبتهم في الشراكة.
brokering-error-offer = اختر من القائمة ما تقدّمه منظمتك.
brokering-error-interest-partner = منظمتك تشارك بالفعل في هذا المشروع.
brokering-error-interest-open = ما زالت الرسالة السابقة لمنظمتك بانتظار الرد.
brokering-interest-title = إبداء اهتمام
brokering-interests-title = إبداءات الاهتمام
brokering-interests-caption = المنظمات الراغبة في الشراكة، والتي تنتظر الرد أولًا
brokering-interests-none = لم تبدِ أي منظمة اهتمامها بعد.
brokering-interest-state-open = بانتظار الرد
brokering-interest-state-accepted = مقبول
brokering-interest-state-declined = تم الاعتذار
brokering-date = التاريخ
brokering-interest-accept-heading = القبول: جعلها شريكًا
brokering-interest-accept = قبول
brokering-interest-decline-heading = الاعتذار
brokering-interest-accepted = تم القبول: أصبحت المنظمة شريكًا وتلقت بيانات الاتصال بك بالبريد الإلكتروني.
brokering-interest-declined = تم الاعتذار: أُبلغت المنظمة بالسبب.

brokering-meeting-new-title = اقتراح اجتماع
brokering-meeting-edit-title = تعديل الاجتماع
brokering-meeting-default-title = اجتماع بشأن { $project }
brokering-meeting-organisations = المنظمات المدعوة (يُدعى كل المسجلين منها على المنصة)
brokering-meeting-title-field = العنوان
brokering-meeting-date = التاريخ
brokering-meeting-start = يبدأ في
brokering-meeting-end = ينتهي في
brokering-meeting-zone = المنطقة الزمنية
brokering-meeting-place = المكان
brokering-meeting-place-hint = عنوان، أو اتركه فارغًا لاجتماع عبر الإنترنت.
brokering-meeting-online = رابط الاجتماع عبر الإنترنت
brokering-meeting-agenda = جدول الأعمال
brokering-meeting-send = إرسال الدعوات
brokering-meeting-save = حفظ وإرسال التحديث
brokering-meeting-when = الموعد
brokering-meeting-organiser = اقترحه
brokering-meeting-your-answer = هل ستحضر؟
brokering-rsvp-yes = نعم، سأحضر
brokering-rsvp-no = لا، لن أتمكن من الحضور
brokering-attending-yes = سيحضر
brokering-attending-no = لن يحضر
brokering-meeting-answered = سُجّل ردك.
brokering-meeting-invitees = المدعوون
brokering-meeting-yes-count = { $count ->
    [0] لم يؤكد أحد حضوره بعد.
    [zero] لم يؤكد أحد حضوره بعد.
    [one] سيحضر شخص واحد.
    [two] سيحضر شخصان.
    [few] سيحضر { $count } أشخاص.
    [many] سيحضر { $count } شخصًا.
   *[other] سيحضر { $count } شخص.
}
brokering-meeting-notes = الملاحظات
brokering-meeting-notes-field = ملاحظات الاجتماع
brokering-meeting-notes-save = حفظ الملاحظات
brokering-meeting-notes-saved = حُفظت الملاحظات.
brokering-meeting-cancel = إلغاء الاجتماع
brokering-meeting-cancelled = أُلغي هذا الاجتماع.
brokering-error-organisations = اختر منظمة شريكة واحدة على الأقل في المشروع.
brokering-error-no-invitees = لا يملك أحد من المنظمات المختارة حسابًا يمكن دعوته.
brokering-error-date = أدخل التاريخ بصيغة سنة-شهر-يوم، مثل 2027-01-15.
brokering-error-time = أدخل الوقت بصيغة ساعات:دقائق، مثل 14:30.
brokering-error-zone = اختر منطقة زمنية من القائمة.
brokering-error-order = يجب أن ينتهي الاجتماع بعد بدايته.
brokering-error-gap = هذا الوقت غير موجود أو يتكرر في تلك المنطقة الزمنية (تغيير الساعة): اختر وقتًا آخر.
brokering-error-link = أدخل عنوان ويب يبدأ بـ https:// أو http://.
brokering-error-where = اذكر مكانًا أو رابطًا عبر الإنترنت أو كليهما.

audit-action-introduction-proposed = اقتُرح تعريف
audit-action-introduction-answered = رُدّ على تعريف
audit-action-introduction-accepted = قُبل تعريف
audit-action-introduction-declined = اعتُذر عن تعريف
audit-action-introduction-expired = انتهت مدة تعريف
audit-action-interest-expressed = أُبدي اهتمام
audit-action-interest-accepted = قُبل إبداء اهتمام
audit-action-interest-declined = اعتُذر عن إبداء اهتمام
audit-action-meeting-proposed = اقتُرح اجتماع
audit-action-meeting-changed = عُدّل اجتماع
audit-action-meeting-cancelled = أُلغي اجتماع
audit-action-meeting-notes_saved = حُفظت ملاحظات اجتماع
audit-subject-introduction = تعريف
audit-subject-interest = إبداء اهتمام
audit-subject-meeting = اجتماع

# رسائل البريد الإلكتروني
email-intro-subject = تعريف: شريك محتمل لمشروع «{ $project }»
email-intro-reminder-subject = تذكير: تعريف خاص بمشروع «{ $project }» بانتظار ردك
email-intro-reminder = لم يرد طرفك بعد على هذا التعريف، وستنتهي مدته قريبًا.
email-intro-lead-project = يقترح { $facilitator } من وحدة دعم المنتدى العالمي للهجرة والتنمية أن تنضم { $organisation } إلى مشروعك «{ $project }» بدور «{ $role }».
email-intro-lead-candidate = يقترح { $facilitator } من وحدة دعم المنتدى العالمي للهجرة والتنمية أن تنضم منظمتك، { $organisation }، إلى مشروع «{ $project }» ({ $owners }) بدور «{ $role }».
email-intro-message = كتب { $facilitator }:
email-intro-accept = للقبول باسم منظمتك (سيُطلب منك تسجيل الدخول):
email-intro-decline = للاعتذار مع ذكر السبب:
email-intro-accept-button = قبول
email-intro-decline-button = اعتذار
email-intro-sign-in = يرد كل طرف باسم منظمته بعد تسجيل الدخول.
email-intro-expires = إن لم يرد الطرفان، تنتهي مدة التعريف في { $date }.
email-intro-outcome-subject-accepted = شراكة جديدة في مشروع «{ $project }»
email-intro-outcome-subject-declined = اعتُذر عن التعريف: «{ $project }»
email-intro-outcome-subject-expired = انتهت مدة التعريف: «{ $project }»
email-intro-outcome-accepted = قبل الطرفان: أصبحت { $organisation } شريكًا في مشروع «{ $project }» بدور «{ $role }».
email-intro-outcome-declined = اعتُذر عن تعريف { $organisation } بمشروع «{ $project }».
email-intro-outcome-expired = انتهت مدة تعريف { $organisation } بمشروع «{ $project }» قبل أن يقبله الطرفان.
email-reason-given = السبب المذكور:
email-contacts = جهات الاتصال لدى الطرف الآخر:
email-see-project = عرض المشروع
email-interest-subject = ترغب { $organisation } في الشراكة
email-interest-lead = يرغب { $person } من { $organisation } في الشراكة في مشروعك «{ $project }»، ويعرض: { $offer }.
email-interest-message = رسالته:
email-interest-answer = القبول أو الاعتذار
email-interest-outcome-subject-accepted = أصبحتم شركاء في مشروع «{ $project }»
email-interest-outcome-subject-declined = رد من مشروع «{ $project }»
email-interest-outcome-accepted = قبل المالكون: أصبحت { $organisation } شريكًا في مشروع «{ $project }» بدور «{ $role }».
email-interest-outcome-declined = اعتذر مالكو مشروع «{ $project }» عن عرض الشراكة المقدّم من { $organisation }.
email-meeting-subject-new = دعوة: { $title }
email-meeting-subject-changed = تعديل: { $title }
email-meeting-subject-cancelled = إلغاء: { $title }
email-meeting-lead-new = يدعوك { $organiser } إلى اجتماع بشأن مشروع «{ $project }».
email-meeting-lead-changed = عدّل { $organiser } الاجتماع الخاص بمشروع «{ $project }». يُرجى الرد مرة أخرى.
email-meeting-lead-cancelled = ألغى { $organiser } الاجتماع الخاص بمشروع «{ $project }».
email-meeting-when = الموعد:
email-meeting-place = المكان:
email-meeting-online = عبر الإنترنت:
email-meeting-agenda = جدول الأعمال:
email-meeting-answer = الرد على المنصة
email-meeting-answer-at = يُرجى إبلاغنا على المنصة بما إذا كنت ستحضر: { $url }
email-meeting-calendar = تضيف الدعوة المرفقة الاجتماع إلى تقويمك.

## Contact points and personal introduction links (issue 13)
email-intro-personal = هذا الرابط شخصي لك، فيرجى عدم إعادة توجيهه: يؤدي القبول إلى إنشاء حسابك على المنصة في الخطوة نفسها، ولا يتطلب الرفض أي حساب.
email-intro-accept-personal = للقبول باسم منظمتك (ستختار كلمة مرور لحسابك الجديد):
reply-title = تعارف مقترح لمنظمتك
reply-lead = تقترح وحدة دعم المنتدى العالمي للهجرة والتنمية أن تنضم { $organisation } إلى هذا المشروع. اطّلع على مضمونه، ثم اقبل أو ارفض باسم منظمتك.
reply-has-account = لهذا العنوان حساب على المنصة بالفعل. سجّل الدخول للرد باسم منظمتك.
reply-sign-in = سجّل الدخول وأجب
reply-accept-heading = اقبل وأنشئ حسابك
reply-accept-explain = سيستخدم حسابك العنوان { $email } الذي أكّده هذا الرابط بالفعل. سيتم تسجيل دخولك ويمكنك متابعة المشروع من بعد ذلك.
reply-accept-submit = اقبل وأنشئ حسابي
reply-decline-heading = ارفض دون حساب
reply-decline-hint = يقرأ الميسّر ومالكو المشروع سببك، ولا يُنشأ أي حساب.
reply-home = الانتقال إلى الصفحة الرئيسية
reply-unknown-title = هذا الرابط غير صالح
reply-unknown-advice = تحقق من فتح الرابط كاملاً من البريد الإلكتروني، فربما انقسم إلى جزأين. وإن ظل لا يعمل، فاطلب رابطاً جديداً من الميسّر أدناه.
reply-used-title = استُخدم هذا الرابط بالفعل
reply-used-advice = سبق الرد باستخدام هذا الرابط. إن كنت قد أنشأت حساباً فسجّل الدخول لرؤية التعارف، وإلا فاطلب رابطاً جديداً من الميسّر أدناه.
reply-expired-title = انتهت صلاحية هذا الرابط
reply-expired-advice = انقضت مهلة الرد على هذا التعارف. إن كانت منظمتك لا تزال مهتمة، فاكتب إلى الميسّر أدناه ليقترحه من جديد.
reply-closed-title = تم الرد على هذا التعارف بالفعل
reply-closed-advice = ردّ عليه شخص آخر من منظمتك، أو رفضه جانب المشروع، أو انتهت صلاحيته. لا يلزمك شيء آخر.
reply-gone-title = هذا التعارف لم يعد موجوداً
reply-gone-advice = دُمجت المنظمة المعنية منذ ذلك الحين في منظمة أخرى أو حُذفت، أو سُحب المشروع. اكتب إلى وحدة دعم المنتدى إن رأيت أن في الأمر خطأ.
reply-declined-title = لقد رفضت التعارف
reply-declined-advice = شكراً على ردك. وصل سببك إلى الميسّر ومالكي المشروع، ولم يُنشأ أي حساب.
brokering-you-accepted-welcome = مرحباً: حسابك جاهز وقد قبلت باسم منظمتك. لم يرد جانب المشروع بعد، وستُبلَّغ بالبريد الإلكتروني.
brokering-now-partners-welcome = مرحباً: حسابك جاهز. قبل الطرفان، فأصبحت منظمتك شريكاً، ولدى كل طرف بيانات اتصال الآخر بالبريد الإلكتروني.
contact-kind-person = شخص محدد
contact-kind-mailbox = صندوق بريد وظيفي
contact-shown-nothing = لا يُعرض علناً
contact-shown-name = يُعرض الاسم والصفة
contact-shown-address = يُعرض الاسم والصفة والعنوان
contact-error-kind = اختر شخصاً محدداً أو صندوق بريد وظيفياً.
contact-error-name = أدخل اسماً من 1 إلى 100 حرف.
contact-error-title = اجعل الصفة في حدود 120 حرفاً.
contact-error-email = أدخل عنوان بريد إلكتروني مثل partnerships@example.org.
contact-error-lang = اختر إحدى اللغات الست.
contact-error-shown = اختر ما يجوز للصفحة العامة عرضه.
contacts-title = جهات الاتصال
contacts-lead = كيفية الوصول إلى المنظمة حين لا يملك أحد منها حساباً بعد: شخص محدد أو صندوق بريد وظيفي. تصل إليهم التعارفات بالبريد الإلكتروني مع رابط شخصي.
contacts-none = لا توجد جهة اتصال بعد.
contacts-field-lang = لغة الرسائل الموجهة إليه
contacts-field-shown = على الصفحة العامة
contacts-actions = إجراءات
contacts-unreachable = البريد إلى هذا العنوان يرتد
contacts-remove = حذف
contacts-add = إضافة جهة اتصال
contacts-field-kind = من هو
contacts-name-hint = اسم الشخص أو اسم صندوق البريد (مثل «شراكات اليونيسف»).
contacts-field-title = الصفة أو الوظيفة (اختياري)
contacts-shown-hint = اعرض فقط ما وافقت عليه جهة الاتصال؛ يبقى العنوان خاصاً ما لم توافق.
contacts-add-submit = أضف جهة الاتصال
contacts-added = أضيفت جهة الاتصال.
contacts-removed = حُذفت جهة الاتصال.
contacts-error-duplicate = لدى هذه المنظمة جهة اتصال بهذا العنوان بالفعل.
contacts-public-heading = جهات الاتصال
contacts-manage = إدارة جهات الاتصال
brokering-contact-added = أضيفت جهة الاتصال: يمكن الآن تقديم المنظمة.
brokering-add-contact = إضافة جهة اتصال
brokering-bounced = يرتد البريد المرسل إلى جهة اتصال هذه المنظمة: صحّح العنوان أو أضف جهة اتصال أخرى.
brokering-fit-scale = تُقاس الملاءمة من 100: يحصل أفضل مرشح لهذا المشروع على 100.
brokering-fit = الملاءمة { $fit }/100
brokering-filter-label = أي المرشحين
brokering-filter-ready = يمكن تقديمهم الآن
brokering-filter-contact = تحتاج إلى جهة اتصال
brokering-filter-all = الكل
waiting-title = بانتظار ردك
waiting-lead = التعارفات وإبداءات الاهتمام ودعوات الاجتماعات والدعوات والطلبات التي تنتظر ردّك، الأقرب موعداً أولاً.
waiting-none = لا شيء بانتظار ردك.
waiting-introductions = التعارفات
waiting-intro-project = { $organisation } مقترحة لمشروعك
waiting-intro-candidate = منظمتك مقترحة شريكاً
waiting-answer-on-mine = أجب في «مشاريعي»
nav-waiting = { $count ->
    [0] بانتظارك
   *[other] بانتظارك ({ $count })
}
reply-why = لماذا منظمتك
waiting-interests = إبداءات الاهتمام
waiting-interest = ترغب { $organisation } في الشراكة
waiting-expressed = أُبدي في
waiting-meetings = دعوات الاجتماعات
waiting-meeting-starts = يُعقد في
waiting-sent = أُرسل في
waiting-panel = { $count ->
    [zero] لا شيء ينتظر ردّك
    [one] أمر واحد ينتظر ردّك
    [two] أمران ينتظران ردّك
    [few] { $count } أمور تنتظر ردّك
   *[other] { $count } أمراً ينتظر ردّك
}
waiting-panel-all = كل ما ينتظر ردّك
calendar-title = موجز تقويمي
calendar-lead = يمكن أن تظهر اجتماعاتك على المنصة في تقويمك الخاص (Outlook وتقويم Google وتقويم Apple وThunderbird…): اشترك في موجزك الخاص، وستصلك التغييرات والإلغاءات تلقائياً.
calendar-address = عنوان موجزك
calendar-address-once = انسخ هذا العنوان الآن في برنامج التقويم لديك («الاشتراك في تقويم» أو «إضافة تقويم من عنوان URL»). لا يظهر إلا هذه المرة: إن فقدته فأنشئ عنواناً جديداً.
calendar-address-label = عنوان موجز تقويمك
calendar-subscribe = الاشتراك في برنامج التقويم لديّ
calendar-address-secret = يستطيع كل من لديه هذا العنوان رؤية اجتماعاتك: لا تشاركه. يمكنك إنشاء عنوان جديد في أي وقت، فيتوقف العنوان القديم عن العمل.
calendar-state = موجزك
calendar-on-since = موجزك مفعّل؛ أُنشئ عنوانه في { $date }.
calendar-last-read = قرأه تقويم آخر مرة في { $date }.
calendar-is-off = موجزك غير مفعّل.
calendar-on = تفعيل موجز تقويمي
calendar-renew = إنشاء عنوان جديد
calendar-off = إيقاف الموجز
calendar-renew-hint = العنوان الجديد يُبطل القديم: استخدمه إن شورك العنوان خطأً أو فقدته.
calendar-done-renewed = لموجز تقويمك عنوان جديد. لم يعد أي عنوان سابق يعمل.
calendar-done-off = أُوقف موجز تقويمك. لم يعد عنوانه يعمل.
calendar-meeting-ics = إضافة إلى تقويمي (‎.ics)
calendar-feed-link = كل اجتماعاتي في تقويمي
calendar-feed-name = منصة الشراكات: اجتماعاتي
done-submitted = أُرسل للمراجعة. أُبلغ المراجعون، وستصلك قراراتهم بالبريد الإلكتروني وفي إشعاراتك. يمكنك سحبه ما داموا لم يقرروا.
done-withdrawn = سُحب. يظهر المشروع الآن للجميع بوصفه مسحوباً، ويبقى سجله علنياً. ويبقى ضمن «مشاريعي».
done-interest = أُرسل اهتمامك إلى مالكي المشروع. يردّون على المنصة، وسيصلك ردّهم بالبريد الإلكتروني.
done-introduction_sent = أُرسل التعارف. تلقّاه الطرفان بالبريد الإلكتروني ويجدانه تحت «بانتظارك»؛ وإذا قبله الطرفان يصبحان شريكين ويتلقى كل منهما بيانات الاتصال بالآخر. ستُبلَّغ بكل ردّ.
done-meeting_proposed = اقتُرح الاجتماع. تلقّى كل مدعو دعوة مع ملف تقويم ويردّ على هذه الصفحة؛ تظهر الردود أدناه.
done-meeting_changed = عُدّل الاجتماع. تلقّى كل مدعو التحديث، وتستبدل التقويمات التي تحتوي على الاجتماع النسخة السابقة.

## Asking for a new personal link
reply-renew-heading = اطلب رابطاً جديداً من الميسّر
reply-renew-explain = يتلقى الميسّر الذي اقترح هذا التعارف طلبك بالبريد الإلكتروني ويمكنه أن يرسل إليك رابطاً جديداً.
reply-renew-email = عنوان بريدك الإلكتروني
reply-renew-email-hint = العنوان الذي أُرسل إليه التعارف.
reply-renew-message = رسالة إلى الميسّر (اختيارية)
reply-renew-submit = اطلب رابطاً جديداً
reply-renew-sent-title = أُرسل طلبك
reply-renew-sent-advice = إن كان هذا العنوان قد تلقى تعارفاً من المنصة، فقد وصل طلبك إلى الميسّر الذي اقترحه وسيكتب إليك. لا يلزمك شيء آخر الآن.
email-link-renewal-subject = تطلب { $organisation } رابط تعارف جديداً
email-link-renewal-lead = يطلب { $contact } ({ $email }) من { $organisation } رابطاً جديداً للرد على التعارف مع «{ $project }».
email-link-renewal-used = كان رابطه قد استُخدم من قبل.
email-link-renewal-expired = كان رابطه قد انتهت صلاحيته مع انتهاء التعارف.
email-link-renewal-closed = كان التعارف قد حُسم من قبل.
email-link-renewal-unknown = لم يُفتح رابطه (ربما انقسم إلى جزأين)، فأعطى عنوانه بدلاً منه.
email-link-renewal-message = رسالته:
email-link-renewal-action = اقترح التعارف من جديد
brokering-merged-from = أُجري هذا التعارف لـ { $merged }، التي دُمجت منذ ذلك الحين في المنظمة المذكورة أدناه (المنظمة نفسها، مسجلة مرتين).

waiting-needs = الاحتياجات التي يلبيها الشركاء الجدد
waiting-need-question = ما الاحتياجات التي تلبيها { $organisation }؟
waiting-partner-since = شريك منذ

## Open data on brokering outcomes (/open-data/brokering)
open-brokering-title = نتائج التعارف
open-brokering-lead = كيف تنتهي عمليات التعارف التي يقترحها الميسّرون: حسب الشهر ونوع المنظمة المقدَّمة وموضوع المشروع. بيانات مفتوحة لا تتضمن أي بيانات شخصية.
open-brokering-how = كيف يُعَدّ الجدول
open-brokering-how-month = يُحتسب التعارف في الشهر الذي اقتُرح فيه، وتحت نوع المنظمة المقدَّمة وتحت كل موضوع من مواضيع مشروعه: المشروع ذو الموضوعين يُحتسب مرتين، لذا لا تُجمع الصفوف ولا تُعطى مجاميع.
open-brokering-how-public = تُحتسب المشاريع العامة فقط، لا المسودات.
open-brokering-how-median = يُحسب الوسيط لعدد الأيام حتى الرد من الاقتراح إلى الرد الذي أنهاه: قبول الطرفين أو الرفض.
open-brokering-how-withheld = تُحجب الأعداد 1 و2 («أقل من 3») حتى لا يعرف أحد أي منظمة رفضت؛ وإذا حُجبت نتيجة واحدة في صف حُجبت أيضًا أصغر النتائج الأخرى، حتى لا يمكن استنتاجها من الباقي. ويُحجب الوسيط إذا قام على أقل من 3 ردود.
open-brokering-json = البيانات نفسها بصيغة JSON (القيم المحجوبة null)
open-brokering-empty = لم يُقترح بعد أي تعارف لمشروع عام.
open-brokering-caption = عمليات التعارف حسب الشهر ونوع المنظمة والموضوع
open-brokering-month = شهر الاقتراح
open-brokering-kind = نوع المنظمة
open-brokering-theme = الموضوع
open-brokering-proposed = المقترحة
open-brokering-accepted = قبلها الطرفان
open-brokering-declined = المرفوضة
open-brokering-expired = المنتهية
open-brokering-median = وسيط الأيام حتى الرد
open-brokering-no-theme = بلا موضوع
open-brokering-withheld = أقل من 3
