# المطابقة: الأسباب، ولوحة المنظمة، واستمارة الملف (issue 6).
match-list-separator = {"، "}
match-reason-need_offer = تقدّم ما يحتاج إليه المشروع: { $items }
match-reason-stage_fit = تقدّم ما تحتاج إليه عادةً المشاريع في مرحلة «{ $stage }»: { $items }
match-reason-shared_themes = مواضيع مشتركة: { $items }
match-reason-based_in = مقرّها في { $country }، وهو بلد يعنيه المشروع
match-reason-interested_in = تعمل في { $country } أو تهتم به، وهو بلد يعنيه المشروع
match-reason-region = مقرّها في منطقة { $region } أو تهتم بها، حيث يجري المشروع
match-reason-profile_text = يستخدم ملفها الكلمات نفسها التي يستخدمها المشروع
match-reason-past_projects = تشبه مشاريعها السابقة هذا المشروع
match-reason-profile_text-words = يذكر ملفها: { $words }
match-reason-past_projects-words = تذكر مشاريعها السابقة: { $words }
match-reason-engagement = { $count ->
    [zero] لم تشارك في أي فريق من فرق الموائد المستديرة للمنتدى العالمي
    [one] شاركت في فريق مائدة مستديرة واحد للمنتدى العالمي
    [two] شاركت في فريقين من فرق الموائد المستديرة للمنتدى العالمي
    [few] شاركت في { $count } فرق للموائد المستديرة للمنتدى العالمي
    [many] شاركت في { $count } فريقًا للموائد المستديرة للمنتدى العالمي
   *[other] شاركت في { $count } فريق للموائد المستديرة للمنتدى العالمي
}
match-reason-language = تعمل باللغة { $language }
match-language-en = الإنكليزية
match-language-fr = الفرنسية
match-language-es = الإسبانية
match-language-ar = العربية
match-language-zh = الصينية
match-language-ru = الروسية
match-score = الدرجة { $score }

my-organisation-link = منظمتي
my-organisation-title = { $name }: لوحة المتابعة
my-organisation-public-page = الصفحة العامة للمنظمة
my-organisation-edit-profile = تعديل ملف الشراكة
my-organisation-suggestions = مشاريع يمكنكم الانضمام إليها
my-organisation-suggestions-hint = مرتّبة بحسب مدى توافق ملفكم مع احتياجات كل مشروع ومواضيعه وبلدانه ومرحلته وكلماته. يبيّن كل سبب ما أضافه إلى الدرجة.
my-organisation-suggestions-empty-profile = لا اقتراحات بعد: املؤوا ملفكم (ما تقدّمونه، ومواضيعكم وبلدانكم) لكي تجد لكم المنصة مشاريع.
my-organisation-suggestions-none = لا يوجد حاليًا مشروع عام يبحث عن شركاء ويتوافق مع ملفكم.

profile-title = ملف الشراكة
profile-empty = لم تملأ هذه المنظمة ملف الشراكة الخاص بها بعد.
profile-offers = ما تقدّمه
profile-themes = الاهتمامات المواضيعية
profile-regions = المناطق موضع الاهتمام
profile-countries = البلدان موضع الاهتمام
profile-languages = لغات العمل
profile-contacts = جهات الاتصال
profile-form-title = ملف الشراكة الخاص بـ { $name }
profile-form-hint = يطّلع الميسّرون وأصحاب المشاريع على هذا الملف، وتستخدمه المنصة لاقتراح الشراكات. كل الأجزاء اختيارية.
profile-offers-hint = اختاروا نوعًا لكل عرض وصفوا في كلمات قليلة مضمونه. اتركوا السطر فارغًا لحذفه.
profile-offer-kind = العرض { $number }: النوع
profile-offer-text = العرض { $number }: المضمون
profile-offer-none = (لا شيء)
profile-countries-hint = رموز البلدان المكوّنة من حرفين مفصولة بفواصل، مثل MX, PH, KE.
profile-contacts-hint = أشخاص من منظمتكم يمكن للآخرين الاتصال بهم بشأن الشراكات. تظهر أسماؤهم في صفحة المنظمة.
profile-save = حفظ الملف
profile-saved = حُفظ الملف.
profile-error-offer-kind = اختاروا نوع هذا العرض
profile-error-offer-text = صفوا هذا العرض في 500 حرف على الأكثر
profile-error-code = اختاروا من الخيارات المعروضة
profile-error-countries = أدخلوا رموز بلدان من حرفين (ISO 3166)، مثل MX, PH, KE
profile-error-contact = اختاروا جهات الاتصال من بين أشخاص منظمتكم
