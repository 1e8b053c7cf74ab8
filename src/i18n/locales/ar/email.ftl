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
