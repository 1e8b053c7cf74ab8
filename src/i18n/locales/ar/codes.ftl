## تسميات رموز المفردات الواردة في vocabulary.md.

stage-initiation = البدء
stage-design = التصميم
stage-implementation = التنفيذ
stage-completion = الإنجاز والمتابعة
stage-text-initiation = فكرة تبحث عن جهات تشاركها في تبنيها وعن داعمين وعن صيغة محددة.
stage-text-design = يجري تحديد الأهداف والأنشطة والميزانية والشركاء.
stage-text-implementation = الأنشطة جارية.
stage-text-completion = اكتمل المشروع؛ وعُممت نتائجه والمتابعة جارية.

status-draft = مسودة
status-submitted = مقدَّم للاستعراض
status-endorsed = معتمد
status-changes_requested = مطلوب إدخال تعديلات
status-declined = مرفوض
status-withdrawn = مسحوب

kind-government = حكومة
kind-international_organisation = منظمة دولية
kind-civil_society = المجتمع المدني
kind-diaspora_organisation = منظمة مغتربين
kind-private_sector = القطاع الخاص
kind-foundation = مؤسسة خيرية
kind-academia = الأوساط الأكاديمية
kind-regional_process = عملية تشاورية إقليمية

need-funding = التمويل
need-technical_expertise = الخبرة التقنية
need-training = التدريب
need-data_research = البيانات والبحوث
need-pilot_country = بلد تجريبي
need-knowledge_sharing = تبادل المعارف
need-implementation = التنفيذ
need-logistics = الدعم اللوجستي
need-in_kind = الدعم العيني
need-political_support = الدعم السياسي

role-owner = الجهة صاحبة المشروع
role-supporter = جهة داعمة
role-implementer = جهة منفذة
role-technical_support = دعم تقني
role-funder = جهة ممولة
role-participant = جهة مشاركة
role-observer = مراقب

theme-regular_migration_partnerships = الشراكات من أجل هجرة أكثر انتظامًا وحماية
theme-irregular_migration = استراتيجيات مشتركة للتصدي للهجرة غير النظامية
theme-costs_of_migration = خفض تكاليف الهجرة وتعظيم التنمية البشرية
theme-gender_family = الهجرة والمسائل الجنسانية والأسرة
theme-impact_assessment = تقييم أثر الهجرة في التنمية
theme-climate_change = تغير المناخ والهجرة والتنمية
theme-regional_processes = العمليات التشاورية الإقليمية والصلة بين الهجرة والتنمية
theme-protection_empowerment = حماية المهاجرين وتمكينهم
theme-policy_coherence_data = اتساق السياسات والبيانات والبحوث
theme-diaspora_engagement = إشراك المغتربين في التنمية
theme-children = حماية الأطفال المهاجرين، بمن فيهم الأطفال غير المصحوبين
theme-migration_profiles = ملامح الهجرة وبيانات الهجرة
theme-remittances = التحويلات المالية والشمول المالي
theme-labour_mobility = تنقل اليد العاملة ومواءمة المهارات والاعتراف بها
theme-health = صحة المهاجرين
theme-social_protection = الحماية الاجتماعية وإمكانية نقل الاستحقاقات
theme-return_reintegration = العودة وإعادة الإدماج، والهجرة الدائرية
theme-trafficking = الاتجار بالأشخاص وتهريب المهاجرين

region-africa = أفريقيا
region-americas = الأمريكتان
region-asia = آسيا
region-europe = أوروبا
region-oceania = أوقيانوسيا

engagement-roundtable_co_chair = رئاسة مائدة مستديرة
engagement-roundtable_team = فريق مائدة مستديرة
engagement-contribution = مساهمة

person-role-visitor = زائر
person-role-observer = مراقب
person-role-member = عضو
person-role-delegate = مندوب
person-role-facilitator = ميسِّر
person-role-reviewer = مراجِع
person-role-administrator = مشرف

need-state-open = مفتوح
need-state-partly_met = ملبّى جزئيًا
need-state-met = ملبّى
need-extent-partly = يلبي جزءًا منه
need-extent-fully = يلبيه
need-met-by-fully = تلبيه { $organisation }
need-met-by-partly = تلبي { $organisation } جزءًا منه
