# Подписки, уведомления, настройки, отписка, ленты.

nav-notifications = { $count ->
    [0] Уведомления
    [one] Уведомления ({ $count } непрочитанное)
    [few] Уведомления ({ $count } непрочитанных)
    [many] Уведомления ({ $count } непрочитанных)
   *[other] Уведомления ({ $count } непрочитанного)
}

follow-follow = Следить
follow-unfollow = Не следить
follow-you-follow = Вы следите за этим.
follow-sign-in = Войдите, чтобы следить
follow-feed = Лента Atom
follow-feed-project = Новости этого проекта (Atom)
follow-feed-theme = Новости проектов по этой теме (Atom)
follow-feed-organisation = Новости этой организации и её проектов (Atom)
feed-all-projects = Новости всех проектов

following-title = За чем вы следите
following-intro = Новости того, за чем вы следите, приходят так, как указано в ваших настройках уведомлений.
following-preferences-link = Настройки уведомлений
following-none = Вы пока ни за чем не следите. Нажмите кнопку «Следить» на странице проекта, темы или организации.
following-kind-project = Проект
following-kind-theme = Тема
following-kind-organisation = Организация

notifications-title = Уведомления
notifications-unread = { $count ->
    [0] Непрочитанных уведомлений нет.
    [one] { $count } непрочитанное уведомление.
    [few] { $count } непрочитанных уведомления.
    [many] { $count } непрочитанных уведомлений.
   *[other] { $count } непрочитанного уведомления.
}
notifications-read-all = Отметить все как прочитанные
notifications-none = Уведомлений пока нет. Следите за проектами, темами или организациями, чтобы узнавать их новости.
notifications-new = Новое
notifications-mark-read = Отметить как прочитанное
notifications-reason-owner = Ваше правительство — владелец этого проекта.
notifications-reason-concerned = Это касается вашей организации.
notifications-reason-partner = Ваша организация — партнёр этого проекта.
notifications-reason-facilitator = Вы — координатор.
notifications-reason-reviewer = Вы — рецензент.
notifications-reason-follower = Вы следите за этим проектом, одной из его тем или одной из его организаций.

preferences-title = Настройки уведомлений
preferences-intro = Для каждого вида новостей выберите, как о них узнавать: письмо сразу, ежедневная сводка, еженедельная сводка или никак. Кроме варианта «Выключено», новость также появляется в ваших уведомлениях на сайте.
preferences-digest-time = Сводки приходят в 07:00 по вашему часовому поясу ({ $zone }); еженедельные — по понедельникам.
preferences-change-zone = Изменить часовой пояс
preferences-mandatory = Сообщения о проектах вашего правительства и о знакомствах и встречах вашей организации приходят всегда, даже при варианте «Выключено»: они нужны вам для действий. «Выключено» тогда означает письмо сразу.
preferences-save = Сохранить настройки
preferences-saved = Ваши настройки уведомлений сохранены.
preferences-error-choice = Выберите, как узнавать о новостях: { $kind }.

delivery-immediately = Сразу
delivery-daily = Ежедневная сводка
delivery-weekly = Еженедельная сводка
delivery-off = Выключено

event-kind-project_submitted = Проекты, поданные на рассмотрение
event-kind-review_decision = Решения по рассмотрению
event-kind-stage_changed = Смена этапа
event-kind-update_posted = Отчёты о ходе работ
event-kind-milestone_reached = Достигнутые вехи
event-kind-partner_added = Новые партнёры
event-kind-question_asked = Заданные вопросы
event-kind-question_answered = Ответы на вопросы
event-kind-introduction_proposed = Предложенные знакомства
event-kind-introduction_accepted = Принятые знакомства
event-kind-introduction_declined = Отклонённые знакомства
event-kind-introduction_expiring = Истекающие знакомства
event-kind-interest_expressed = Выраженный интерес
event-kind-meeting_proposed = Предложенные встречи
event-kind-meeting_changed = Изменённые встречи
event-kind-update_overdue = Просроченные отчёты о ходе работ
event-kind-co_owner_invited = Приглашения к совместному владению
event-kind-join_requested = Запросы на присоединение

event-project_submitted = Проект «{ $project }» подан на рассмотрение.
event-review_decision = По проекту «{ $project }» принято решение: { $detail }.
event-stage_changed = Проект «{ $project }» перешёл на этап: { $detail }.
event-update_posted = Проект «{ $project }» опубликовал отчёт о ходе работ: { $detail }
event-milestone_reached = Проект «{ $project }» достиг вехи: { $detail }
event-partner_added = { $organisation } присоединилась к проекту «{ $project }» в роли: { $detail }.
event-question_asked = Задан вопрос о проекте «{ $project }»: { $detail }
event-question_answered = Дан ответ на вопрос о проекте «{ $project }»: { $detail }
event-introduction_proposed = Предложено знакомство проекта «{ $project }» с организацией { $organisation }.
event-introduction_accepted = Знакомство проекта «{ $project }» с организацией { $organisation } принято.
event-introduction_declined = Знакомство проекта «{ $project }» с организацией { $organisation } отклонено.
event-introduction_expiring = Знакомство проекта «{ $project }» с организацией { $organisation } скоро истечёт без ответа.
event-interest_expressed = { $organisation } хочет участвовать в проекте «{ $project }».
event-meeting_proposed = Предложена встреча по проекту «{ $project }» с организацией { $organisation }.
event-meeting_changed = Изменилась встреча по проекту «{ $project }»: { $detail }
event-update_overdue = Проект «{ $project }» давно не публиковал отчётов о ходе работ.
event-co_owner_invited = { $organisation } приглашается стать совладельцем проекта «{ $project }».
event-join_requested = { $organisation } просит присоединиться к проекту «{ $project }» в качестве совладельца.
event-other = Есть новости о проекте «{ $project }».
event-some-project = проект
event-some-organisation = организация

unsubscribe-title = Отписаться
unsubscribe-done-title = Вы отписались
unsubscribe-kind = Эта ссылка прекращает письма о: { $kind }.
unsubscribe-kind-done = Вы больше не будете получать письма о: { $kind }.
unsubscribe-digest-daily = Эта ссылка прекращает ежедневную сводку.
unsubscribe-digest-daily-done = Вы больше не будете получать ежедневную сводку.
unsubscribe-digest-weekly = Эта ссылка прекращает еженедельную сводку.
unsubscribe-digest-weekly-done = Вы больше не будете получать еженедельную сводку.
unsubscribe-confirm = Отписаться
unsubscribe-mandatory = Сообщения о проектах вашего правительства и о знакомствах и встречах вашей организации по-прежнему будут приходить.
unsubscribe-preferences = Выбрать, о чём узнавать

field-time-zone = Часовой пояс
account-time-zone-hint = Ежедневные и еженедельные сводки приходят в 07:00 по этому часовому поясу.
account-error-time-zone = Выберите часовой пояс из списка.

email-reason-owner = Вы получили это письмо, потому что ваше правительство — владелец этого проекта.
email-reason-concerned = Вы получили это письмо, потому что оно касается вашей организации.
email-reason-partner = Вы получили это письмо, потому что ваша организация — партнёр этого проекта.
email-reason-facilitator = Вы получили это письмо, потому что вы — координатор.
email-reason-reviewer = Вы получили это письмо, потому что вы — рецензент.
email-reason-follower = Вы получили это письмо, потому что следите за этим проектом, одной из его тем или одной из его организаций.
email-notify-see = Посмотреть на платформе
email-notify-mandatory = Сообщения о ваших собственных проектах и знакомствах отключить нельзя.
email-notify-unsubscribe = Не получать письма о: { $kind }
email-notify-preferences = Выбрать, о чём узнавать
email-digest-subject-daily = { $count ->
    [one] Ваша ежедневная сводка: { $count } новость
    [few] Ваша ежедневная сводка: { $count } новости
    [many] Ваша ежедневная сводка: { $count } новостей
   *[other] Ваша ежедневная сводка: { $count } новости
}
email-digest-subject-weekly = { $count ->
    [one] Ваша еженедельная сводка: { $count } новость
    [few] Ваша еженедельная сводка: { $count } новости
    [many] Ваша еженедельная сводка: { $count } новостей
   *[other] Ваша еженедельная сводка: { $count } новости
}
email-digest-intro-daily = { $count ->
    [one] Вот что произошло после вашей прошлой сводки, по проектам, сначала новое ({ $count } новость).
    [few] Вот что произошло после вашей прошлой сводки, по проектам, сначала новое ({ $count } новости).
    [many] Вот что произошло после вашей прошлой сводки, по проектам, сначала новое ({ $count } новостей).
   *[other] Вот что произошло после вашей прошлой сводки, по проектам, сначала новое ({ $count } новости).
}
email-digest-intro-weekly = { $count ->
    [one] Вот что произошло за неделю, по проектам, сначала новое ({ $count } новость).
    [few] Вот что произошло за неделю, по проектам, сначала новое ({ $count } новости).
    [many] Вот что произошло за неделю, по проектам, сначала новое ({ $count } новостей).
   *[other] Вот что произошло за неделю, по проектам, сначала новое ({ $count } новости).
}
email-digest-other = Другие новости
email-digest-unsubscribe-daily = Прекратить ежедневную сводку
email-digest-unsubscribe-weekly = Прекратить еженедельную сводку
email-notify-unfollow = Перестать следить: { $name }
email-digest-unfollow = Перестать следить за этим проектом
unsubscribe-unfollow = Эта ссылка прекращает ваше слежение за: { $name }.
unsubscribe-unfollow-done = Вы больше не следите за: { $name }.
