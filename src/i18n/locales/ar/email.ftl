# رسائل البريد الإلكتروني (templates/email/) وصندوق بريد التطوير (/dev/mailbox).
# المفاتيح هي نفسها في اللغات الست؛ ويتحقق من ذلك اختبار للوحدات.

## جميع الرسائل

email-brand = منبر الشراكات
email-greeting = مرحبًا،
email-footer-about = منبر الشراكات هو خدمة المنتدى العالمي المعني بالهجرة والتنمية المخصصة للشراكات في مجال الهجرة والتنمية.
email-footer-automatic = أُرسلت هذه الرسالة تلقائيًا؛ ولا تُقرأ الردود عليها.

## رسالة الاختبار (pfp mail test)

email-test-subject = رسالة اختبار من منبر الشراكات
email-test-body = هذه رسالة اختبار طُلبت في { $time }. إذا كنت تقرأها، فإن رسائل المنبر تصل إلى هذا العنوان.
email-test-no-action = لا يلزمك القيام بأي إجراء.
email-test-link = فتح المنبر

## صندوق بريد التطوير (في وضع العرض التوضيحي فقط)

mailbox-title = صندوق بريد التطوير
mailbox-intro = جميع الرسائل التي أرسلها المنبر ما دام لم يُضبط أي خادم SMTP (المتغير PFP_SMTP_URL غير محدد). لا توجد هذه الصفحة إلا في وضع العرض التوضيحي.
mailbox-empty = لا توجد رسائل بعد. لإضافة رسالة إلى قائمة الانتظار: pfp mail test --to someone@example.org
mailbox-count = { $count ->
    [zero] لا توجد رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
   *[other] { $count } رسالة
}
mailbox-date = التاريخ
mailbox-from = من
mailbox-to = إلى
mailbox-subject = الموضوع
mailbox-message-id = Message-ID
mailbox-language = اللغة
mailbox-no-subject = (بلا موضوع)
mailbox-text-part = الجزء النصي
mailbox-no-text-part = لا تحتوي هذه الرسالة على جزء نصي.
mailbox-open-html = فتح جزء HTML
mailbox-download = تنزيل الرسالة (.eml)
mailbox-back = جميع الرسائل

## رسائل الحسابات: الدعوة، وتأكيد العنوان، ومحاولة التسجيل، وإعادة تعيين كلمة المرور

email-greeting-name = مرحبًا { $name }،
email-link-fallback = إذا لم يعمل الزر، فانسخ هذا العنوان والصقه في متصفحك:
email-link-expiry-days = يصلح هذا الرابط للاستخدام مرة واحدة فقط، وتنتهي صلاحيته بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
email-link-expiry-hours = يصلح هذا الرابط للاستخدام مرة واحدة فقط، وتنتهي صلاحيته بعد { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
email-invitation-subject = دعوة للانضمام إلى منبر الشراكات
email-invitation-invites = تلقيت دعوة من { $inviter } للانضمام إلى منبر الشراكات بصفة «{ $role }».
email-invitation-invites-for = تلقيت دعوة من { $inviter } للانضمام إلى منبر الشراكات بصفة «{ $role }» (المنظمة: { $organisation }).
email-invitation-action = لقبول الدعوة، اختر كلمة المرور الخاصة بك:
email-invitation-link = قبول الدعوة
email-invitation-ignore = إذا لم تكن تتوقع هذه الدعوة، يمكنك تجاهل هذه الرسالة.
email-verification-subject = تأكيد عنوانك في منبر الشراكات
email-verification-action = شكرًا لإنشائك حسابًا في منبر الشراكات. لتأكيد أن هذا العنوان عنوانك والبدء في استخدام حسابك، افتح هذا الرابط:
email-verification-link = تأكيد عنواني
email-verification-ignore = إذا لم تنشئ حسابًا، فتجاهل هذه الرسالة: لا يمكن استخدام الحساب دون هذا التأكيد.
email-registration-attempt-subject = حاول شخص ما إنشاء حساب بعنوانك
email-registration-attempt-body = حاول شخص ما، ربما أنت، إنشاء حساب في منبر الشراكات بهذا العنوان. ولديك حساب بالفعل، لذلك لم يُنشأ أي حساب جديد.
email-registration-attempt-sign-in = لاستخدام حسابك، سجّل الدخول:
email-registration-attempt-reset = إذا نسيت كلمة المرور، فاختر كلمة مرور جديدة:
email-registration-attempt-ignore = إذا لم تكن أنت، يمكنك تجاهل هذه الرسالة: لم يتغير شيء في حسابك.
email-password-reset-subject = اختيار كلمة مرور جديدة لمنبر الشراكات
email-password-reset-action = تلقينا طلبًا لاختيار كلمة مرور جديدة لحسابك. لاختيارها، افتح هذا الرابط:
email-password-reset-link = اختيار كلمة مرور جديدة
email-password-reset-ignore = إذا لم تطلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.
mailbox-attachments = المرفقات
mailbox-attachment-unnamed = (بلا اسم)
mailbox-attachment-bytes = { $count ->
    [zero] لا بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $count } بايتات
   *[other] { $count } بايت
}
