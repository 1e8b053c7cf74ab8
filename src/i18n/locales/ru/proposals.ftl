# Предложения, черновики, совладельцы, проверка на дубликаты и рассмотрение (задача 5, пункты 1–3).
# Ключи одинаковы во всех шести языках; это проверяет модульный тест.

nav-mine = Мои проекты
nav-review = Рассмотрение

## Форма предложения

proposal-new-title = Предложить проект
proposal-edit-title = Изменить предложение
proposal-on-behalf = Вы предлагаете этот проект от имени: { $government }.
proposal-lead = Чтобы сохранить черновик, достаточно названия. Чтобы отправить предложение на рассмотрение, заполните все поля, не отмеченные как необязательные.
proposal-field-title = Название
proposal-field-summary = Краткое описание
proposal-hint-summary = О чём проект, в нескольких предложениях (не более 4000 символов).
proposal-field-objectives = Цели
proposal-field-expected-results = Ожидаемые результаты
proposal-hint-lines = По одному в строке.
proposal-field-themes = Темы
proposal-field-countries = Страны, которых касается проект
proposal-hint-countries = Выберите одну или несколько: удерживайте Ctrl (Cmd на Mac), чтобы выбрать несколько. Укажите страны, регионы или и то и другое.
proposal-field-regions = Регионы, которых касается проект
proposal-field-needs = Потребности проекта
proposal-hint-needs = Одна потребность в строке: её вид и, если нужно, несколько слов. Неиспользуемые строки оставьте пустыми; сохраните черновик, чтобы получить ещё строки.
proposal-need-kind = Потребность { $count }: вид
proposal-need-description = Потребность { $count }: описание (необязательно)
proposal-need-none = В этой строке нет потребности
proposal-field-timeframe = Сроки
proposal-hint-dates = Даты в формате год-месяц-день, например 2027-03-01.
proposal-field-start = Начало
proposal-field-end = Окончание
proposal-field-budget = Диапазон бюджета (необязательно)
proposal-hint-budget = В долларах США.
proposal-budget-none = Не указан
proposal-field-outcomes = Итоги ГФМР, по которым проект принимает меры (необязательно)
proposal-hint-outcomes = Откройте заседание круглого стола, чтобы увидеть его рекомендации.
proposal-field-stage = Текущий этап
proposal-hint-stage = Проект может войти на платформу на любом этапе.
proposal-hint-stage-fixed = После первой отправки этап меняется на странице проекта, с датированной заметкой.
proposal-field-contact = Контакт
proposal-field-contact-name = Контактное лицо
proposal-field-contact-email = Контактный адрес электронной почты
proposal-field-language = Язык текста
proposal-hint-language = Язык, на котором вы пишете название, описание и другие тексты.
proposal-continue = Продолжить
proposal-save-draft = Сохранить черновик
proposal-hint-buttons = «Продолжить» проверяет предложение и показывает похожие проекты до отправки. «Сохранить черновик» сохраняет его, чтобы закончить позже.

## Ошибки в форме

proposal-error-title = Введите название
proposal-error-title-long = Сократите название до 200 символов или меньше
proposal-error-summary = Введите краткое описание
proposal-error-summary-long = Сократите описание до 4000 символов или меньше
proposal-error-objectives = Введите цели
proposal-error-expected-results = Введите ожидаемые результаты
proposal-error-text-long = Сократите этот текст до 10 000 символов или меньше
proposal-error-themes = Выберите хотя бы одну тему
proposal-error-theme-unknown = Выберите темы из списка
proposal-error-places = Выберите хотя бы одну страну или регион
proposal-error-country-unknown = Выберите страны из списка
proposal-error-region-unknown = Выберите регионы из списка
proposal-error-need-kind = Выберите вид этой потребности или очистите строку
proposal-error-need-unknown = Выберите вид потребности из списка
proposal-error-need-long = Сократите описание этой потребности до 2000 символов или меньше
proposal-error-start = Введите дату начала
proposal-error-end = Введите дату окончания
proposal-error-date = Введите существующую дату, например 2027-03-01
proposal-error-end-before-start = Дата окончания должна быть позже даты начала
proposal-error-budget = Выберите диапазон бюджета из списка
proposal-error-outcome = Выберите итоги ГФМР из списка
proposal-error-stage = Выберите текущий этап
proposal-error-contact-name = Введите имя контактного лица
proposal-error-contact-name-long = Сократите имя контактного лица до 200 символов или меньше
proposal-error-contact-email = Введите адрес электронной почты контактного лица, например name@example.org
proposal-error-language = Выберите язык текста
proposal-error-state = Этот проект нельзя изменить в его текущем состоянии.
proposal-error-already-owner = Ваше правительство уже является владельцем этого проекта.

## Подтверждения

proposal-done-draft_saved = Черновик сохранён. Он доступен в разделе «Мои проекты».
proposal-done-join_requested = Ваш запрос на присоединение отправлен владельцам проекта.
proposal-done-invitation_accepted = Ваше правительство теперь совладелец проекта.
proposal-done-invitation_declined = Приглашение отклонено.
proposal-done-request_accepted = Правительство, попросившее присоединиться, теперь совладелец.
proposal-done-request_declined = Запрос на присоединение отклонён.
proposal-done-co_owner_invited = Приглашение отправлено. Делегат этого правительства подтвердит его на платформе.
proposal-done-decided = Решение записано. Владельцы уведомлены по электронной почте.

## Проверка на дубликаты

check-title = Похожие проекты
check-lead = Перед отправкой проверьте, не ведёт ли уже другое правительство проект, похожий на ваш:
check-none = Похожих проектов не найдено. Вы можете отправить предложение.
check-found = Эти проекты похожи на ваш. Вы всё же можете отправить предложение или попросить присоединиться к одному из них как совладелец.
check-similarity = Сходство { $count } %
similar-band-same = Почти наверняка тот же проект
similar-band-related = Похожий проект
check-own-project = Проект вашего правительства
check-join = Попросить присоединиться
check-join-hint = Владельцы проекта ответят на ваш запрос; если они согласятся, ваше правительство станет совладельцем. Ваше предложение останется в черновиках.
check-continue-heading = Отправить предложение
check-submit = Отправить на рассмотрение
check-back = Вернуться к предложению

## Мои проекты

mine-title = Мои проекты
mine-lead = Проекты правительства: { $government }, и то, что ждёт вашего ответа.
mine-propose = Предложить проект
mine-invitations = Приглашения стать совладельцем проекта
mine-join-requests = Запросы на присоединение к вашим проектам
mine-join-request = { $government } просит присоединиться к проекту:
mine-accept = Принять
mine-decline = Отклонить
mine-drafts = Черновики
mine-drafts-none = Черновиков нет.
mine-changed = изменено { $date }
mine-projects = Проекты вашего правительства
mine-projects-none = Ваше правительство ещё не отправило ни одного проекта.
mine-col-project = Проект
mine-col-status = Статус
mine-col-stage = Этап
mine-col-owners = Владельцы
mine-sent-requests = Ваши запросы на присоединение к другим проектам

## Совладельцы

co-owners-title = Совладельцы
co-owners-current = Владельцы
co-owners-invited = Приглашения
co-owners-invite = Пригласить правительство
co-owners-invite-lead = Делегат приглашённого правительства принимает или отклоняет приглашение на платформе. После подтверждения это правительство владеет проектом вместе с вами.
co-owners-government = Правительство
co-owners-choose = Выберите правительство
co-owners-send = Отправить приглашение
co-owner-error-government = Выберите правительство из списка
co-owner-error-pending = Это правительство уже является владельцем или уже приглашено

## Страница проекта

project-decision = Решение по итогам рассмотрения
project-expected-results = Ожидаемые результаты
project-timeframe = Сроки
project-budget = Диапазон бюджета
project-contact = Контакт
project-regions = Регионы, которых касается проект
project-owner-actions = Для владельцев
project-edit = Изменить предложение
project-submit = Проверить и отправить на рассмотрение
project-co-owners = Совладельцы
project-withdraw = Отозвать проект
project-review-link = Рассмотреть этот проект
duplicates-heading = Возможные дубликаты
duplicates-flag = Вероятно, дубликат существующего проекта

## Рассмотрение

review-queue-title = Проекты на рассмотрении
review-queue-lead = Проекты, отправленные правительствами и ожидающие решения структур ГФМР. Сначала самые давние.
review-queue-empty = Нет проектов, ожидающих рассмотрения.
review-queue-count = { $count ->
        [one] { $count } проект ждёт рассмотрения.
        [few] { $count } проекта ждут рассмотрения.
        [many] { $count } проектов ждут рассмотрения.
       *[other] { $count } проекта ждут рассмотрения.
    }
review-submitted-on = отправлен { $date }
review-title = Рассмотрение
review-open-project = Открыть страницу проекта
review-decision = Решение
review-comments = Комментарии
review-comments-hint = Обязательны, если вы просите изменений (каких) или отклоняете проект (причина). Владельцы получат их по электронной почте.
review-send = Записать решение
review-error-decision = Выберите решение
review-error-comments = Укажите, что владельцам следует изменить
review-error-reason = Укажите причину отклонения
review-error-comments-long = Сократите комментарии до 2000 символов или меньше

## Списки кодов

budget-under_50k = Менее 50 000 долл. США
budget-50k_250k = От 50 000 до 250 000 долл. США
budget-250k_1m = От 250 000 долл. США до 1 млн долл. США
budget-over_1m = Более 1 млн долл. США
decision-endorse = Одобрить
decision-request_changes = Запросить изменения
decision-decline = Отклонить
answer-pending = Ожидает ответа
answer-accepted = Принято
answer-declined = Отклонено

## Письмо о решении

email-review-subject-endorse = Одобрено: { $title }
email-review-subject-request_changes = Запрошены изменения: { $title }
email-review-subject-decline = Отклонено: { $title }
email-review-lead-endorse = Эксперты ГФМР одобрили проект вашего правительства «{ $title }». Одобрение и его дата теперь указаны на странице проекта.
email-review-lead-request_changes = Эксперты ГФМР просят внести изменения в проект вашего правительства «{ $title }». Измените предложение и отправьте его снова.
email-review-lead-decline = Эксперты ГФМР отклонили проект вашего правительства «{ $title }».
email-review-comments = Комментарии эксперта:
email-review-action = Открыть проект:
email-review-link = Открыть проект
