## Ход проекта: этапы, новости, контрольные точки, партнеры (задача 5)
progress-heading = Ход реализации
progress-overdue = Новости просрочены.
progress-overdue-detail = { $count ->
    [one] Действующий проект должен публиковать новости не реже чем раз в { $count } день.
    [few] Действующий проект должен публиковать новости не реже чем раз в { $count } дня.
    [many] Действующий проект должен публиковать новости не реже чем раз в { $count } дней.
   *[other] Действующий проект должен публиковать новости не реже чем раз в { $count } дня.
}
progress-manage-link = Управлять этапом, новостями, контрольными точками и партнерами
progress-follow-up-link = Мониторинг всех проектов
progress-milestones = Контрольные точки
progress-milestones-none = Контрольные точки пока не заданы.
progress-due = срок
progress-reached = достигнута
progress-not-reached = еще не достигнута
progress-updates = Новости
progress-updates-none = Новостей пока нет.
progress-done-stage = Проект переведен на новый этап.
progress-done-update = Ваша новость опубликована.
progress-done-milestone = Контрольная точка добавлена.
progress-done-reached = Контрольная точка отмечена как достигнутая.
progress-done-partner-added = Партнер добавлен.
progress-done-partner-removed = Партнер удален.
progress-error-stage = Выберите этап, на который переходит проект.
progress-error-same-stage = Проект уже находится на этом этапе: выберите другой.
progress-error-date = Введите дату в виде 2026-03-31.
progress-error-date-future = Дата не может быть позже сегодняшней.
progress-error-date-before-last = Последняя смена этапа датирована { $date }: дата не может быть раньше.
progress-error-date-range = Введите дату между 1990 и 2100 годами.
progress-error-too-long = { $count ->
    [one] Сократите текст до { $count } символа.
    [few] Сократите текст до { $count } символов.
    [many] Сократите текст до { $count } символов.
   *[other] Сократите текст до { $count } символа.
}
progress-error-update-empty = Напишите, что произошло после последней новости.
progress-error-milestone-empty = Укажите, в чем состоит контрольная точка.
progress-error-organisation = Выберите организацию из найденных.
progress-error-role = Выберите роль партнера.
progress-error-already-partner = Эта организация уже является партнером в этой роли.
progress-error-question-empty = Напишите ваш вопрос.
progress-error-answer-empty = Напишите ответ.
progress-error-reason-empty = Укажите, почему это скрывается; причина будет показана вместо текста.

## Страница управления
manage-title = Управление проектом
manage-stage = Этап
manage-new-stage = Новый этап
manage-choose = Выберите…
manage-stage-date = Дата перехода
manage-date-hint = Сегодняшняя, если не указано иное; не может быть позже сегодняшней.
manage-stage-note = Примечание (необязательно): что произошло
manage-stage-submit = Сменить этап
manage-update = Опубликовать новость
manage-update-text = Что произошло
manage-plain-text-hint = Простой текст; веб-адреса, начинающиеся с http:// или https://, становятся ссылками.
manage-update-date = Дата новости
manage-update-submit = Опубликовать новость
manage-milestone-add = Добавить контрольную точку
manage-milestone-title = Контрольная точка
manage-milestone-due = Срок
manage-milestone-submit = Добавить контрольную точку
manage-mark-reached = Отметить как достигнутую
manage-partner-add = Добавить партнера
manage-partner-search = Найти организацию по названию или коду
manage-partner-find = Найти
manage-partner-none-found = Ни одна организация не соответствует этим словам.
manage-partner-organisation = Организация
manage-partner-role = Роль
manage-partner-submit = Добавить партнера
manage-partner-remove = Удалить

## Список мониторинга
follow-up-title = Мониторинг проектов
follow-up-lead-own = Действующие проекты вашего правительства; первыми — те, о которых дольше всего нет новостей.
follow-up-lead-all = Все действующие проекты; первыми — те, о которых дольше всего нет новостей.
follow-up-none = Действующих проектов нет.
follow-up-overdue-count = { $count ->
    [0] Просроченных новостей нет.
    [one] Новости просрочены у { $count } проекта.
    [few] Новости просрочены у { $count } проектов.
    [many] Новости просрочены у { $count } проектов.
   *[other] Новости просрочены у { $count } проекта.
}
follow-up-caption = Действующие проекты и их последняя новость
follow-up-project = Проект
follow-up-stage = Этап
follow-up-last-update = Последняя новость
follow-up-flag = Новости
follow-up-never = пока нет
follow-up-up-to-date = в срок

## Вопросы и комментарии
questions-heading = Вопросы и комментарии
questions-none = Вопросов пока нет.
questions-hidden = Скрыто координатором:
questions-answered-by = Ответ от
questions-answer = Ответить на этот вопрос
questions-correct-answer = Исправить ответ
questions-send-answer = Опубликовать ответ
questions-hide-question-reason = Причина скрытия этого вопроса
questions-hide-question = Скрыть вопрос
questions-hide-answer-reason = Причина скрытия этого ответа
questions-hide-answer = Скрыть ответ
questions-ask-label = Ваш вопрос или комментарий
questions-ask-hint = Простой текст, публикуется с вашим именем. Веб-адреса становятся ссылками.
questions-ask = Опубликовать
questions-sign-in = Войдите, чтобы задать вопрос

## Рекомендации ГФМР
outcomes-title = Рекомендации ГФМР
outcomes-lead = Рекомендации круглых столов ГФМР 2010 года в Пуэрто-Вальярте по сессиям, с проектами, которые выполняют каждую из них.
outcomes-all-link = Все рекомендации ГФМР и их выполнение
outcomes-followed-count = { $count ->
    [0] пока ни один проект ее не выполняет
    [one] выполняется { $count } проектом
    [few] выполняется { $count } проектами
    [many] выполняется { $count } проектами
   *[other] выполняется { $count } проекта
}
outcome-title = Рекомендация
outcome-projects = Проекты, выполняющие ее
outcome-projects-none = Пока ни один общедоступный проект не выполняет эту рекомендацию.

# Какие потребности покрывает партнёр (issue 13, пункт 5)
needs-title = Какие потребности покрывает { $organisation }?
needs-lead = Укажите для каждой потребности проекта, покрывает ли её этот партнёр. На странице проекта каждая потребность отмечена как открытая, частично покрытая или покрытая, и фасилитаторы перестают искать партнёров для покрытых потребностей.
needs-answer-none = { $organisation } её не покрывает
needs-answer-partly = { $organisation } покрывает её частично
needs-answer-fully = { $organisation } её покрывает
needs-submit = Сохранить
needs-error = Выберите ответ для каждой потребности: покрывает ли её { $organisation } полностью, частично или нет.
manage-partner-needs = Покрываемые потребности
progress-done-needs = Сохранено. На странице проекта видно, какие потребности покрыты; проект, все потребности которого покрыты, уходит из очереди фасилитаторов.
