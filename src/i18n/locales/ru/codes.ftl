## Названия кодов из vocabulary.md.

stage-initiation = Инициирование
stage-design = Разработка
stage-implementation = Осуществление
stage-completion = Завершение и последующие меры
stage-text-initiation = идея, для которой ищут соинициаторов, сторонников и конкретную форму.
stage-text-design = определяются цели, мероприятия, бюджет и партнеры.
stage-text-implementation = мероприятия осуществляются.
stage-text-completion = проект завершен; результаты распространены, принимаются последующие меры.

status-draft = Черновик
status-submitted = Направлен на рассмотрение
status-endorsed = Одобрен
status-changes_requested = Требуются изменения
status-declined = Отклонен
status-withdrawn = Отозван

kind-government = Правительство
kind-international_organisation = Международная организация
kind-civil_society = Гражданское общество
kind-diaspora_organisation = Организация диаспоры
kind-private_sector = Частный сектор
kind-foundation = Фонд
kind-academia = Научные круги
kind-regional_process = Региональный консультативный процесс

need-funding = Финансирование
need-technical_expertise = Технические знания
need-training = Обучение
need-data_research = Данные и исследования
need-pilot_country = Пилотная страна
need-knowledge_sharing = Обмен знаниями
need-implementation = Осуществление
need-logistics = Материально-техническое обеспечение
need-in_kind = Поддержка в натуральной форме
need-political_support = Политическая поддержка

role-owner = Ведущая сторона
role-supporter = Сторонник
role-implementer = Исполнитель
role-technical_support = Техническая поддержка
role-funder = Донор
role-participant = Участник
role-observer = Наблюдатель

theme-regular_migration_partnerships = Партнерства для расширения легальной и защищенной миграции
theme-irregular_migration = Совместные стратегии решения проблемы нелегальной миграции
theme-costs_of_migration = Снижение издержек миграции и содействие развитию человеческого потенциала
theme-gender_family = Миграция, гендерная проблематика и семья
theme-impact_assessment = Оценка влияния миграции на развитие
theme-climate_change = Изменение климата, миграция и развитие
theme-regional_processes = Региональные консультативные процессы и взаимосвязь миграции и развития
theme-protection_empowerment = Защита мигрантов и расширение их прав и возможностей
theme-policy_coherence_data = Согласованность политики, данные и исследования
theme-diaspora_engagement = Вовлечение диаспор в процесс развития
theme-children = Защита детей-мигрантов, в том числе несопровождаемых детей
theme-migration_profiles = Миграционные профили и данные о миграции
theme-remittances = Денежные переводы и доступность финансовых услуг
theme-labour_mobility = Трудовая мобильность, подбор кадров по квалификации и признание квалификации
theme-health = Здоровье мигрантов
theme-social_protection = Социальная защита и сохранение прав на пособия при переезде
theme-return_reintegration = Возвращение и реинтеграция, циркулярная миграция
theme-trafficking = Торговля людьми и незаконный ввоз мигрантов

region-africa = Африка
region-americas = Америка
region-asia = Азия
region-europe = Европа
region-oceania = Океания

engagement-roundtable_co_chair = Председатель круглого стола
engagement-roundtable_team = Группа круглого стола
engagement-contribution = Вклад

person-role-visitor = Посетитель
person-role-observer = Наблюдатель
person-role-member = Член
person-role-delegate = Делегат
person-role-facilitator = Координатор
person-role-reviewer = Рецензент
person-role-administrator = Администратор

need-state-open = Открыта
need-state-partly_met = Покрыта частично
need-state-met = Покрыта
need-extent-partly = Покрывает частично
need-extent-fully = Покрывает
need-met-by-fully = Покрывает { $organisation }
need-met-by-partly = Частично покрывает { $organisation }
