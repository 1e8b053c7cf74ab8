## Администрирование (/admin) и публичная история проекта: русский.
## Те же ключи и в том же порядке, что и в en/admin.ftl (это проверяет тест).

## Index
admin-title = Администрирование
admin-lead = Управляйте доступом пользователей, поддерживайте справочник организаций в порядке, смотрите, кто что изменил, и следите за исходящей почтой.
admin-people-title = Пользователи
admin-people-intro = Изменение роли и организации пользователя, отключение и повторное включение учётных записей.
admin-people-count = { $count ->
    [one] { $count } пользователь с учётной записью
    [few] { $count } пользователя с учётной записью
    [many] { $count } пользователей с учётной записью
   *[other] { $count } пользователя с учётной записью
}
admin-organisations-title = Организации
admin-organisations-intro = Добавление организаций, исправление сведений о них и объединение дубликатов.
admin-audit-title = Журнал изменений
admin-audit-intro = Все изменения на платформе: кто и когда их внёс, что было до и что стало после.
admin-mail-title = Почта
admin-mail-intro = Письма в очереди, отправленные и недоставленные, а также повторная отправка неудавшихся.
admin-mail-dead-count = { $count ->
    [0] Недоставленных писем нет
    [one] { $count } письмо не доставлено
    [few] { $count } письма не доставлены
    [many] { $count } писем не доставлено
   *[other] { $count } письма не доставлено
}

## Shared words
admin-none = Нет
admin-yes = Да
admin-no = Нет
admin-role = Роль
admin-organisation = Организация
admin-status = Состояние
admin-status-active = Активна
admin-status-deactivated = Отключена
admin-verified = Адрес подтверждён
admin-language = Язык
admin-created = Учётная запись создана
admin-actions = Действия
admin-edit = Изменить
admin-merge = Объединить
admin-choose = Выберите…
admin-optional = Необязательно.
admin-save = Сохранить изменения
admin-cancel = Отмена
admin-done-unchanged = Ничего не изменилось: значения уже были такими.
admin-governments = Правительства
admin-other-organisations = Другие организации

## People
admin-people-filters = Фильтр пользователей
admin-people-filter-q = Имя или адрес электронной почты
admin-people-found = { $count ->
    [one] { $count } пользователь
    [few] { $count } пользователя
    [many] { $count } пользователей
   *[other] { $count } пользователя
}
admin-people-none = Под эти фильтры никто не подходит.
admin-people-caption = Пользователи по имени
admin-person-done-role = Роль изменена.
admin-person-done-deactivated = Учётная запись отключена, все сеансы этого пользователя завершены.
admin-person-done-reactivated = Учётная запись снова активна. Пользователь может войти.
admin-person-role-heading = Роль и организация
admin-person-self-role = Нельзя изменить собственную роль. Обратитесь к другому администратору.
admin-person-organisation-hint = Делегат относится к правительству, член — к любой организации. Остальные роли ни к какой организации не относятся, и выбранная организация тогда не сохраняется.
admin-person-role-submit = Изменить роль
admin-person-access-heading = Доступ
admin-person-active-text = Учётная запись активна: пользователь может войти.
admin-person-self-deactivate = Нельзя отключить собственную учётную запись.
admin-person-deactivate-hint = Пользователь сразу выходит из системы на всех устройствах и не сможет войти, пока учётную запись не включат снова.
admin-person-deactivate = Отключить учётную запись
admin-person-deactivated-text = Учётная запись отключена: пользователь не может войти.
admin-person-reactivate = Включить учётную запись снова
admin-person-audit-about = Изменения, касающиеся этого пользователя
admin-person-audit-by = Изменения, внесённые этим пользователем
admin-person-error-self-role = Нельзя изменить собственную роль. Обратитесь к другому администратору.
admin-person-error-role = Выберите роль.
admin-person-error-not-government = Делегат представляет правительство. Выберите правительство.
admin-person-error-government = Выберите правительство, которое представляет этот делегат.
admin-person-error-organisation = Выберите организацию, членом которой является этот пользователь.
admin-person-error-last-administrator = Это последний активный администратор. Сначала назначьте администратором другого пользователя.
admin-person-error-self-deactivate = Нельзя отключить собственную учётную запись. Обратитесь к другому администратору.

## Organisations
admin-organisations-filters = Поиск организаций
admin-organisations-caption = Организации по названию
admin-organisation-new = Добавить организацию
admin-org-name = Название
admin-org-code = Код
admin-org-code-hint = Код страны, например MX, для национального правительства; в остальных случаях короткий префикс, двоеточие и название, например org:IOM или cs:ICMC.
admin-org-acronym = Сокращение
admin-org-kind = Тип организации
admin-org-country = Страна
admin-org-country-hint = Обязательно для правительства.
admin-org-region = Регион
admin-org-description = Описание
admin-org-website = Сайт
admin-org-website-hint = Необязательно. Полный адрес, начинающийся с https:// или http://.
admin-org-lang = Язык названия и описания
admin-organisation-edit-title = Изменение: { $name }
admin-organisation-new-title = Новая организация
admin-organisation-public-page = Публичная страница
admin-organisation-merge-link = Объединить с другой организацией
admin-organisation-audit-link = Изменения, касающиеся этой организации
admin-organisation-create = Создать организацию
admin-organisation-done-created = Организация создана.
admin-organisation-done-saved = Изменения сохранены.
admin-organisation-done-merged = Дубликат объединён с этой организацией и удалён.
admin-org-error-code = Введите код, например org:IOM, или код страны, например MX, для правительства.
admin-org-error-code-country = Кодом страны может быть только код правительства. Используйте код вида org:ABC.
admin-org-error-code-taken = Этот код уже занят другой организацией. Выберите другой код или объедините две организации.
admin-org-error-name = Введите название длиной не более 300 символов.
admin-org-error-acronym = Введите сокращение длиной не более 30 символов или оставьте поле пустым.
admin-org-error-kind = Выберите тип организации.
admin-org-error-country = Выберите страну из списка.
admin-org-error-country-government = Выберите страну этого правительства.
admin-org-error-country-code = Страна должна совпадать со страной, указанной в коде.
admin-org-error-region = Выберите регион из списка.
admin-org-error-description = Сократите описание до 10 000 символов.
admin-org-error-website = Введите адрес сайта, начинающийся с https:// или http://, например https://www.iom.int.
admin-org-error-lang = Выберите один из шести языков.

## Merging duplicates
admin-merge-title = Объединение { $name } с другой организацией
admin-merge-lead = Используйте эту страницу, если одна и та же организация записана дважды. Всё, что связано с этой записью, переходит к сохраняемой организации, после чего эта запись удаляется.
admin-merge-moves = Что будет перенесено
admin-merge-partners = { $count ->
    [one] { $count } партнёрство в проектах
    [few] { $count } партнёрства в проектах
    [many] { $count } партнёрств в проектах
   *[other] { $count } партнёрства в проектах
}
admin-merge-engagements = { $count ->
    [one] { $count } случай участия в ГФМР
    [few] { $count } случая участия в ГФМР
    [many] { $count } случаев участия в ГФМР
   *[other] { $count } случая участия в ГФМР
}
admin-merge-people = { $count ->
    [one] { $count } пользователь
    [few] { $count } пользователя
    [many] { $count } пользователей
   *[other] { $count } пользователя
}
admin-merge-warning = Партнёрство, которое у сохраняемой организации уже есть в том же проекте и в той же роли, не дублируется. Это действие нельзя отменить.
admin-merge-keep = Сохраняемая организация
admin-merge-keep-hint = Запись, которая останется; эта запись будет удалена.
admin-merge-submit = Объединить и удалить эту запись
admin-merge-error-keep = Выберите организацию, которую нужно сохранить.
admin-merge-error-same = Выберите организацию, отличную от объединяемой.
admin-merge-error-delegates = У этой записи есть делегаты, а они должны относиться к правительству. Сохраните правительство или сначала измените их роль.

## Audit log
admin-audit-filters = Фильтр журнала изменений
admin-audit-who = Кто
admin-audit-what = Что
admin-audit-subject-type = Объект
admin-audit-from = С
admin-audit-to = По
admin-audit-date-hint = Например, 2026-11-29.
admin-audit-found = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
admin-audit-none = Под эти фильтры не подходит ни одна запись.
admin-audit-caption = Изменения, сначала новые
admin-audit-when = Когда
admin-audit-subject = Что изменено
admin-audit-before = До
admin-audit-after = После
admin-audit-system = Система
admin-audit-public = Публично
admin-audit-error-person = Выберите пользователя из списка.
admin-audit-error-subject = Эта ссылка на журнал неверна. Начните заново со страницы журнала изменений.
admin-audit-error-date = Введите дату в формате год-месяц-день, например 2026-11-29.
admin-audit-error-range = Дата «С» должна быть не позже даты «По».
audit-subject-person = Пользователь
audit-subject-organisation = Организация
audit-subject-project = Проект
audit-subject-question = Вопрос
audit-subject-mail = Почта
audit-action-person-role_changed = Роль изменена
audit-action-person-notifications_changed = Настройки уведомлений изменены
audit-action-person-deactivated = Учётная запись отключена
audit-action-person-reactivated = Учётная запись включена снова
audit-action-person-profile_changed = Имя или язык изменены
audit-action-person-password_changed = Пароль изменён
audit-action-person-created = Учётная запись создана
audit-action-person-invited = Приглашение отправлено
audit-action-person-password_reset_requested = Запрошен сброс пароля
audit-action-person-registered = Учётная запись зарегистрирована
audit-action-organisation-created = Организация создана
audit-action-organisation-updated = Организация изменена
audit-action-organisation-merged = Дубликат организации объединён
audit-action-organisation-profile_updated = Профиль партнёрства изменён
audit-action-project-partner_merged = Записи партнёра объединены
audit-action-project-partner_added = Партнёр добавлен
audit-action-project-partner_removed = Партнёр исключён
audit-action-project-stage_changed = Этап изменен
audit-action-project-update_posted = Опубликована новость
audit-action-project-milestone_added = Добавлена контрольная точка
audit-action-project-milestone_reached = Контрольная точка достигнута
audit-action-question-asked = Задан вопрос
audit-action-question-answered = Дан ответ на вопрос
audit-action-question-hidden = Вопрос скрыт координатором
audit-action-answer-hidden = Ответ скрыт координатором
audit-action-mail-retried = Письма снова поставлены в очередь

## Mail
admin-mail-counts-caption = Письма по состоянию
admin-mail-status = Состояние
admin-mail-messages = Писем
admin-mail-status-pending = Ожидают отправки
admin-mail-status-sending = Отправляются
admin-mail-status-sent = Отправлены
admin-mail-status-dead = Не доставлены
admin-mail-dead-heading = Недоставленные письма
admin-mail-dead-intro = После окончательного отказа или слишком многих неудачных попыток письмо перестают отправлять. Устранив причину, поставьте его в очередь снова: оно будет отправлено, а счёт попыток начнётся заново.
admin-mail-dead-none = Недоставленных писем нет.
admin-mail-dead-caption = Недоставленные письма, сначала новые
admin-mail-retry-all = Снова поставить в очередь все недоставленные письма
admin-mail-number = Номер
admin-mail-recipient = Получатель
admin-mail-kind = Тип
admin-mail-attempts = Попытки
admin-mail-given-up = Отправка прекращена
admin-mail-last-error = Последняя ошибка
admin-mail-no-error = Ошибка не записана.
admin-mail-retry = Снова в очередь
admin-mail-retry-number = письмо { $number }
admin-mail-requeued = { $count ->
    [0] Ставить в очередь снова было нечего.
    [one] { $count } письмо снова поставлено в очередь.
    [few] { $count } письма снова поставлены в очередь.
    [many] { $count } писем снова поставлено в очередь.
   *[other] { $count } письма снова поставлено в очередь.
}
admin-mail-error-which = Выберите письмо, которое нужно снова поставить в очередь.
admin-mail-error-gone = Это письмо уже не числится недоставленным: возможно, его уже поставили в очередь снова.

## The public history of a project
project-history = История
project-history-none = Изменения этого проекта ещё не записывались.
audit-action-resource-added = Ресурс добавлен
audit-action-resource-removed = Ресурс удалён
audit-subject-resource = Ресурс
audit-action-project-proposed = Проект предложен
audit-action-project-edited = Предложение изменено
audit-action-project-submitted = Отправлен на рассмотрение
audit-action-project-endorsed = Одобрен экспертами
audit-action-project-changes_requested = Эксперты запросили изменения
audit-action-project-declined = Отклонён экспертами
audit-action-project-withdrawn = Отозван владельцами
audit-action-project-co_owner_invited = Правительство приглашено в совладельцы
audit-action-project-co_owner_declined = Приглашение стать совладельцем отклонено
audit-action-project-join_requested = Запрос на присоединение в качестве совладельца
audit-action-project-join_declined = Запрос на присоединение отклонён
audit-action-person-joined_by_introduction = Присоединился по ссылке знакомства
audit-action-contact-added = Контакт добавлен
audit-action-contact-changed = Контакт изменён
audit-action-contact-removed = Контакт удалён
audit-action-person-calendar_feed_renewed = Лента календаря: новый адрес
audit-action-person-calendar_feed_off = Лента календаря выключена
audit-action-project-needs_met = Покрытые потребности
