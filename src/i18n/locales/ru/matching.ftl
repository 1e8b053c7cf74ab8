# Подбор партнёров: причины, панель организации, форма профиля (issue 6).
match-list-separator = {", "}
match-reason-need_offer = Предлагает то, что нужно проекту: { $items }
match-reason-stage_fit = Предлагает то, что обычно нужно проектам на этапе «{ $stage }»: { $items }
match-reason-shared_themes = Общие темы: { $items }
match-reason-based_in = Находится в стране «{ $country }», которой касается проект
match-reason-interested_in = Работает в стране «{ $country }» или интересуется ею; проект касается этой страны
match-reason-region = Находится в регионе «{ $region }» или интересуется им; там проходит проект
match-reason-profile_text = В её профиле те же слова, что и в проекте
match-reason-past_projects = Её прошлые проекты похожи на этот
match-reason-profile_text-words = В её профиле упоминается: { $words }
match-reason-past_projects-words = В её прошлых проектах упоминается: { $words }
match-reason-engagement = { $count ->
    [one] Входила в { $count } команду круглого стола ГФМР
    [few] Входила в { $count } команды круглых столов ГФМР
    [many] Входила в { $count } команд круглых столов ГФМР
   *[other] Входила в { $count } команды круглых столов ГФМР
}
match-reason-language = Рабочий язык: { $language }
match-language-en = английский
match-language-fr = французский
match-language-es = испанский
match-language-ar = арабский
match-language-zh = китайский
match-language-ru = русский
match-score = Оценка { $score }

my-organisation-link = Моя организация
my-organisation-title = { $name }: панель
my-organisation-public-page = Публичная страница организации
my-organisation-edit-profile = Изменить профиль партнёрства
my-organisation-suggestions = Проекты, к которым вы могли бы присоединиться
my-organisation-suggestions-hint = Упорядочены по тому, насколько ваш профиль соответствует потребностям, темам, странам, этапу и словам каждого проекта. У каждой причины указано, сколько она добавила к оценке.
my-organisation-suggestions-empty-profile = Предложений пока нет: заполните профиль (что вы предлагаете, ваши темы и страны), чтобы платформа могла подобрать для вас проекты.
my-organisation-suggestions-none = Сейчас нет публичных проектов, ищущих партнёров, которые подходили бы к вашему профилю.

profile-title = Профиль партнёрства
profile-empty = Эта организация ещё не заполнила профиль партнёрства.
profile-offers = Что она предлагает
profile-themes = Тематические интересы
profile-regions = Интересующие регионы
profile-countries = Интересующие страны
profile-languages = Рабочие языки
profile-contacts = Контактные лица
profile-form-title = Профиль партнёрства: { $name }
profile-form-hint = Этот профиль видят координаторы и владельцы проектов, а платформа использует его, чтобы предлагать партнёрства. Все части необязательны.
profile-offers-hint = Выберите вид каждого предложения и в нескольких словах опишите, что именно. Оставьте строку пустой, чтобы удалить её.
profile-offer-kind = Предложение { $number }: вид
profile-offer-text = Предложение { $number }: что именно
profile-offer-none = (нет)
profile-countries-hint = Двухбуквенные коды стран через запятую, например MX, PH, KE.
profile-contacts-hint = Сотрудники вашей организации, к которым можно обращаться по вопросам партнёрства. Их имена видны на странице организации.
profile-save = Сохранить профиль
profile-saved = Профиль сохранён.
profile-error-offer-kind = Выберите вид этого предложения
profile-error-offer-text = Опишите это предложение не более чем в 500 символах
profile-error-code = Выберите один из предложенных вариантов
profile-error-countries = Введите двухбуквенные коды стран (ISO 3166), например MX, PH, KE
profile-error-contact = Выберите контактных лиц среди сотрудников вашей организации
