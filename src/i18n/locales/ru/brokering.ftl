# Посредничество: очередь фасилитаторов и кандидаты, знакомства, заявления о
# заинтересованности, встречи и их письма.

brokering-nav = Фасилитация
brokering-queue-title = Проекты, которым нужны партнёры
brokering-queue-lead = Публичные проекты с потребностями, сначала те, что ждут дольше всех: с какого времени их потребности не удовлетворены, затем более ранний этап, затем те, кого ещё не знакомили или знакомили давно.
brokering-queue-caption = Проекты, которым нужны партнёры, сначала самые обделённые вниманием
brokering-queue-count = { $count ->
    [one] { $count } проект ищет партнёров
    [few] { $count } проекта ищут партнёров
    [many] { $count } проектов ищут партнёров
   *[other] { $count } проекта ищут партнёров
}
brokering-queue-empty = Сейчас ни один публичный проект не указывает потребностей.
brokering-project = Проект
brokering-unmet-since = Потребности не удовлетворены с
brokering-stage = Этап
brokering-last-introduction = Последнее знакомство
brokering-never = Никогда
brokering-open-needs = { $count ->
    [one] { $count } открытая потребность
    [few] { $count } открытые потребности
    [many] { $count } открытых потребностей
   *[other] { $count } открытой потребности
}
brokering-open-introductions = { $count ->
    [one] { $count } знакомство ждёт ответа
    [few] { $count } знакомства ждут ответа
    [many] { $count } знакомств ждут ответа
   *[other] { $count } знакомства ждут ответа
}
brokering-open-interests = { $count ->
    [0] Заявления о заинтересованности (ни одно не ждёт ответа)
    [one] Заявления о заинтересованности ({ $count } ждёт ответа)
    [few] Заявления о заинтересованности ({ $count } ждут ответа)
    [many] Заявления о заинтересованности ({ $count } ждут ответа)
   *[other] Заявления о заинтересованности ({ $count } ждут ответа)
}
brokering-project-page = Публичная страница проекта
brokering-candidates-title = Возможные партнёры
brokering-candidates-lead = Упорядочены по тому, насколько каждая организация подходит проекту, с причинами и вкладом каждой из них в оценку. Владельцы, партнёры, уже представленные организации и недавно отказавшиеся не показываются.
brokering-candidates-none = Пока ни одна организация не подходит этому проекту. Помогают профили с предложениями, темами и странами.
brokering-score = оценка { $score }
brokering-introduce = Познакомить
brokering-unreachable = С этой организацией пока нельзя связаться: добавьте контакт (человека или служебный адрес), чтобы её представить.
brokering-introductions = Знакомства
brokering-introductions-none = Знакомств пока нет.
brokering-meetings = Встречи
brokering-meetings-none = Встреч пока нет.
brokering-meeting-propose = Предложить встречу

brokering-introduce-title = Представить организацию
brokering-introduce-lead = Обе стороны получат письмо с вашим сообщением и ссылками, чтобы принять или отклонить знакомство. Когда обе примут его, организация станет партнёром в предложенной роли, а каждая сторона получит контакты другой.
brokering-organisation = Организация
brokering-role = Предлагаемая роль
brokering-message = Личное сообщение
brokering-message-hint = { $count ->
    [one] Простой текст, не более { $count } символа.
    [few] Простой текст, не более { $count } символов.
    [many] Простой текст, не более { $count } символов.
   *[other] Простой текст, не более { $count } символа.
}
brokering-introduce-send = Отправить знакомство
brokering-cancel = Отмена
brokering-error-role = Выберите роль из списка.
brokering-error-empty = Напишите здесь что-нибудь.
brokering-error-too-long = { $count ->
    [one] Сократите текст до { $count } символа.
    [few] Сократите текст до { $count } символов.
    [many] Сократите текст до { $count } символов.
   *[other] Сократите текст до { $count } символа.
}
brokering-error-already-partner = Эта организация уже участвует в проекте.
brokering-error-already-open = Знакомство этой организации с проектом уже ждёт ответов.
brokering-error-no-project-contact = Никто не может ответить за проект: ни у одного правительства-владельца нет делегата на платформе.
brokering-error-no-candidate-contact = Ни у кого в этой организации пока нет учётной записи: пригласите участника, прежде чем её представлять.

brokering-introduction-title = Знакомство
brokering-accept-title = Принять знакомство
brokering-decline-title = Отклонить знакомство
brokering-state = Состояние
brokering-state-proposed = Ждёт ответов
brokering-state-accepted = Принято обеими сторонами
brokering-state-declined = Отклонено
brokering-state-expired = Истекло
brokering-side-project = Ответ проекта
brokering-side-candidate = Ответ организации
brokering-answer-waiting = Ответа пока нет
brokering-answer-accepted = Принято
brokering-answer-declined = Отклонено
brokering-expires = Ответить до
brokering-proposed-by = Предложил(а)
brokering-decline-reason = Причина
brokering-decline-hint = Её прочитают обе стороны и фасилитатор.
brokering-answer-for-project = Ваш ответ от имени проекта
brokering-answer-for-organisation = Ваш ответ от имени вашей организации
brokering-accept-explain = Когда обе стороны примут знакомство, организация станет партнёром в предложенной роли, а каждая сторона получит контакты другой.
brokering-accept = Принять
brokering-decline = Отклонить
brokering-accept-instead = Лучше принять
brokering-decline-instead = Лучше отклонить
brokering-you-accepted = Вы приняли знакомство. Другая сторона ещё не ответила.
brokering-you-declined = Вы отклонили знакомство. Обе стороны уведомлены.
brokering-now-partners = Обе стороны приняли знакомство: организация теперь партнёр, и каждая сторона получила контакты другой по электронной почте.
brokering-closed = Это знакомство больше не ждёт ответов.
brokering-already-answered = Ваша сторона уже ответила.

brokering-partnering = Партнёрство
brokering-see-candidates = Посмотреть возможных партнёров и представить их
brokering-interest-heading = Хочет ли ваша организация стать партнёром?
brokering-offer = Что предлагает ваша организация
brokering-interest-send = Сообщить владельцам проекта
brokering-interest-pending = { $date } ваша организация сообщила, что хочет стать партнёром; владельцы ещё не ответили.
brokering-interest-partner = Ваша организация участвует в этом проекте.
brokering-interest-sign-in = Участники организаций могут сообщить, что хотят стать партнёрами.
brokering-interest-members-only = Участники и делегаты организаций могут сообщить, что хотят стать партнёрами.
brokering-error-offer = Выберите из списка, что предлагает ваша организация.
brokering-error-interest-partner = Ваша организация уже участвует в этом проекте.
brokering-error-interest-open = Предыдущее сообщение вашей организации ещё ждёт ответа.
brokering-interest-title = Заявление о заинтересованности
brokering-interests-title = Заявления о заинтересованности
brokering-interests-caption = Организации, желающие стать партнёрами, сначала ждущие ответа
brokering-interests-none = Пока ни одна организация не заявила о заинтересованности.
brokering-interest-state-open = Ждёт ответа
brokering-interest-state-accepted = Принято
brokering-interest-state-declined = Отклонено
brokering-date = Дата
brokering-interest-accept-heading = Принять: сделать партнёром
brokering-interest-accept = Принять
brokering-interest-decline-heading = Отклонить
brokering-interest-accepted = Принято: организация теперь партнёр и получила ваши контакты по электронной почте.
brokering-interest-declined = Отклонено: организации сообщена причина.

brokering-meeting-new-title = Предложить встречу
brokering-meeting-edit-title = Изменить встречу
brokering-meeting-default-title = Встреча по проекту «{ $project }»
brokering-meeting-organisations = Приглашаемые организации (приглашаются все их сотрудники, зарегистрированные на платформе)
brokering-meeting-title-field = Название
brokering-meeting-date = Дата
brokering-meeting-start = Начало
brokering-meeting-end = Окончание
brokering-meeting-zone = Часовой пояс
brokering-meeting-place = Место
brokering-meeting-place-hint = Адрес; оставьте пустым для встречи онлайн.
brokering-meeting-online = Ссылка для подключения
brokering-meeting-agenda = Повестка дня
brokering-meeting-send = Отправить приглашения
brokering-meeting-save = Сохранить и отправить обновление
brokering-meeting-when = Когда
brokering-meeting-organiser = Предложил(а)
brokering-meeting-your-answer = Вы придёте?
brokering-rsvp-yes = Да, приду
brokering-rsvp-no = Нет, не смогу
brokering-attending-yes = Придёт
brokering-attending-no = Не придёт
brokering-meeting-answered = Ваш ответ записан.
brokering-meeting-invitees = Приглашены
brokering-meeting-yes-count = { $count ->
    [0] Пока никто не подтвердил участие.
    [one] Придёт { $count } человек.
    [few] Придут { $count } человека.
    [many] Придут { $count } человек.
   *[other] Придут { $count } человека.
}
brokering-meeting-notes = Заметки
brokering-meeting-notes-field = Заметки о встрече
brokering-meeting-notes-save = Сохранить заметки
brokering-meeting-notes-saved = Заметки сохранены.
brokering-meeting-cancel = Отменить встречу
brokering-meeting-cancelled = Эта встреча отменена.
brokering-error-organisations = Выберите хотя бы одну организацию-партнёра проекта.
brokering-error-no-invitees = Ни у кого из выбранных организаций нет учётной записи для приглашения.
brokering-error-date = Введите дату в виде год-месяц-день, например 2027-01-15.
brokering-error-time = Введите время в виде часы:минуты, например 14:30.
brokering-error-zone = Выберите часовой пояс из списка.
brokering-error-order = Встреча должна заканчиваться после начала.
brokering-error-gap = Такого времени нет или оно повторяется в этом поясе (перевод часов): выберите другое.
brokering-error-link = Введите веб-адрес, начинающийся с https:// или http://.
brokering-error-where = Укажите место, ссылку для подключения или и то и другое.

audit-action-introduction-proposed = Знакомство предложено
audit-action-introduction-answered = Ответ на знакомство
audit-action-introduction-accepted = Знакомство принято
audit-action-introduction-declined = Знакомство отклонено
audit-action-introduction-expired = Знакомство истекло
audit-action-interest-expressed = Заявлена заинтересованность
audit-action-interest-accepted = Заинтересованность принята
audit-action-interest-declined = Заинтересованность отклонена
audit-action-meeting-proposed = Встреча предложена
audit-action-meeting-changed = Встреча изменена
audit-action-meeting-cancelled = Встреча отменена
audit-action-meeting-notes_saved = Заметки о встрече сохранены
audit-subject-introduction = Знакомство
audit-subject-interest = Заявление о заинтересованности
audit-subject-meeting = Встреча

# Письма
email-intro-subject = Знакомство: возможный партнёр для проекта «{ $project }»
email-intro-reminder-subject = Напоминание: знакомство для проекта «{ $project }» ждёт вашего ответа
email-intro-reminder = Ваша сторона ещё не ответила на это знакомство, а срок скоро истечёт.
email-intro-lead-project = { $facilitator } из Группы поддержки ГФМР предлагает, чтобы { $organisation } присоединилась к вашему проекту «{ $project }» в роли «{ $role }».
email-intro-lead-candidate = { $facilitator } из Группы поддержки ГФМР предлагает, чтобы ваша организация, { $organisation }, присоединилась к проекту «{ $project }» ({ $owners }) в роли «{ $role }».
email-intro-message = { $facilitator } пишет:
email-intro-accept = Чтобы принять от имени вашей организации (потребуется войти):
email-intro-decline = Чтобы отклонить, указав причину:
email-intro-accept-button = Принять
email-intro-decline-button = Отклонить
email-intro-sign-in = Каждая сторона отвечает за свою организацию после входа.
email-intro-expires = Без ответов обеих сторон знакомство истечёт { $date }.
email-intro-outcome-subject-accepted = Новое партнёрство в проекте «{ $project }»
email-intro-outcome-subject-declined = Знакомство отклонено: «{ $project }»
email-intro-outcome-subject-expired = Знакомство истекло: «{ $project }»
email-intro-outcome-accepted = Обе стороны приняли знакомство: { $organisation } теперь партнёр проекта «{ $project }» в роли «{ $role }».
email-intro-outcome-declined = Знакомство { $organisation } с проектом «{ $project }» отклонено.
email-intro-outcome-expired = Знакомство { $organisation } с проектом «{ $project }» истекло, прежде чем обе стороны его приняли.
email-reason-given = Указанная причина:
email-contacts = Ваши контакты на другой стороне:
email-see-project = Открыть проект
email-interest-subject = { $organisation } хочет стать партнёром
email-interest-lead = { $person } ({ $organisation }) хочет стать партнёром вашего проекта «{ $project }» и предлагает: { $offer }.
email-interest-message = Сообщение:
email-interest-answer = Принять или отклонить
email-interest-outcome-subject-accepted = Вы теперь партнёр проекта «{ $project }»
email-interest-outcome-subject-declined = Ответ проекта «{ $project }»
email-interest-outcome-accepted = Владельцы согласились: { $organisation } теперь партнёр проекта «{ $project }» в роли «{ $role }».
email-interest-outcome-declined = Владельцы проекта «{ $project }» отклонили предложение партнёрства от { $organisation }.
email-meeting-subject-new = Приглашение: { $title }
email-meeting-subject-changed = Изменено: { $title }
email-meeting-subject-cancelled = Отменено: { $title }
email-meeting-lead-new = { $organiser } приглашает вас на встречу по проекту «{ $project }».
email-meeting-lead-changed = { $organiser } изменил(а) встречу по проекту «{ $project }». Пожалуйста, ответьте ещё раз.
email-meeting-lead-cancelled = { $organiser } отменил(а) встречу по проекту «{ $project }».
email-meeting-when = Когда:
email-meeting-place = Где:
email-meeting-online = Онлайн:
email-meeting-agenda = Повестка дня:
email-meeting-answer = Ответить на платформе
email-meeting-answer-at = Пожалуйста, сообщите на платформе, придёте ли вы: { $url }
email-meeting-calendar = Приложенное приглашение добавит встречу в ваш календарь.

## Contact points and personal introduction links (issue 13)
email-intro-personal = Эта ссылка предназначена лично вам, пожалуйста, не пересылайте её: при согласии ваша учётная запись на платформе создаётся в том же шаге, а для отказа учётная запись не нужна.
email-intro-accept-personal = Чтобы принять от имени вашей организации (вы выберете пароль для новой учётной записи):
reply-title = Знакомство для вашей организации
reply-lead = Группа поддержки ГФМР предлагает { $organisation } присоединиться к этому проекту. Ознакомьтесь с ним, затем примите или отклоните предложение от имени вашей организации.
reply-has-account = У этого адреса уже есть учётная запись на платформе. Войдите, чтобы ответить от имени вашей организации.
reply-sign-in = Войти и ответить
reply-accept-heading = Принять и создать учётную запись
reply-accept-explain = Ваша учётная запись будет использовать адрес { $email }, уже подтверждённый этой ссылкой. Вы войдёте в систему и сможете следить за проектом.
reply-accept-submit = Принять и создать учётную запись
reply-decline-heading = Отклонить без учётной записи
reply-decline-hint = Координатор и владельцы проекта прочтут вашу причину; учётная запись не создаётся.
reply-home = На главную страницу
reply-unknown-title = Эта ссылка недействительна
reply-unknown-advice = Проверьте, что открыта вся ссылка из письма: она могла разорваться. Если она всё равно не работает, попросите новую у координатора ниже.
reply-used-title = Эта ссылка уже использована
reply-used-advice = По этой ссылке уже был дан ответ. Если вы создали учётную запись, войдите, чтобы увидеть знакомство; иначе попросите новую ссылку у координатора ниже.
reply-expired-title = Срок действия ссылки истёк
reply-expired-advice = Срок ответа на это знакомство истёк. Если ваша организация всё ещё заинтересована, напишите координатору ниже: он может предложить его снова.
reply-closed-title = На это знакомство уже ответили
reply-closed-advice = На него ответил кто-то другой из вашей организации, либо сторона проекта отклонила его, либо истёк срок. От вас больше ничего не требуется.
reply-gone-title = Этого знакомства больше нет
reply-gone-advice = Организация, которой оно было адресовано, с тех пор объединена с другой или удалена, либо проект отозван. Напишите в Группу поддержки ГФМР, если считаете это ошибкой.
reply-declined-title = Вы отклонили знакомство
reply-declined-advice = Спасибо за ответ. Координатор и владельцы проекта получили вашу причину; учётная запись не создана.
brokering-you-accepted-welcome = Добро пожаловать: ваша учётная запись готова, и вы приняли предложение от имени организации. Сторона проекта ещё не ответила; вы узнаете об этом по электронной почте.
brokering-now-partners-welcome = Добро пожаловать: ваша учётная запись готова. Обе стороны согласились, теперь ваша организация — партнёр, и каждая сторона получила контакты другой по электронной почте.
contact-kind-person = Конкретное лицо
contact-kind-mailbox = Служебный адрес
contact-shown-nothing = Не показывается публично
contact-shown-name = Показываются имя и должность
contact-shown-address = Показываются имя, должность и адрес
contact-error-kind = Выберите конкретное лицо или служебный адрес.
contact-error-name = Введите имя длиной от 1 до 100 символов.
contact-error-title = Должность — не более 120 символов.
contact-error-email = Введите адрес электронной почты, например partnerships@example.org.
contact-error-lang = Выберите один из шести языков.
contact-error-shown = Выберите, что может показывать публичная страница.
contacts-title = Контактные лица
contacts-lead = Как связаться с организацией, пока ни у кого из неё нет учётной записи: конкретное лицо или служебный адрес. Знакомства приходят им по электронной почте с личной ссылкой.
contacts-none = Контактов пока нет.
contacts-field-lang = Язык писем
contacts-field-shown = На публичной странице
contacts-actions = Действия
contacts-unreachable = Письма на этот адрес возвращаются
contacts-remove = Удалить
contacts-add = Добавить контакт
contacts-field-kind = Кто это
contacts-name-hint = Имя человека или название адреса (например, «Партнёрства ЮНИСЕФ»).
contacts-field-title = Должность или функция (необязательно)
contacts-shown-hint = Показывайте только то, на что контакт согласился; адрес остаётся скрытым без согласия.
contacts-add-submit = Добавить контакт
contacts-added = Контакт добавлен.
contacts-removed = Контакт удалён.
contacts-error-duplicate = У этой организации уже есть контакт с этим адресом.
contacts-public-heading = Контактные лица
contacts-manage = Управлять контактами
brokering-contact-added = Контакт добавлен: теперь организацию можно представить.
brokering-add-contact = Добавить контакт
brokering-bounced = Письма на контакт этой организации возвращаются: исправьте адрес или добавьте другой контакт.
brokering-fit-scale = Соответствие оценивается из 100: лучший кандидат для этого проекта получает 100.
brokering-fit = соответствие { $fit }/100
brokering-filter-label = Какие кандидаты
brokering-filter-ready = Можно представить сейчас
brokering-filter-contact = Нужен контакт
brokering-filter-all = Все
waiting-title = Ждёт вашего ответа
waiting-lead = Знакомства, заявления о заинтересованности, приглашения на встречи, приглашения и запросы, которые ждут вашего ответа; сначала с ближайшим сроком.
waiting-none = Ничего не ждёт вашего ответа.
waiting-introductions = Знакомства
waiting-intro-project = { $organisation } предложена для вашего проекта
waiting-intro-candidate = Ваша организация предложена в партнёры
waiting-answer-on-mine = ответить в разделе «Мои проекты»
nav-waiting = { $count ->
    [0] Ждёт ответа
   *[other] Ждёт ответа ({ $count })
}
reply-why = Почему ваша организация
waiting-interests = Заявления о заинтересованности
waiting-interest = { $organisation } хочет стать партнёром
waiting-expressed = Подано
waiting-meetings = Приглашения на встречи
waiting-meeting-starts = Состоится
waiting-sent = Отправлено
waiting-panel = { $count ->
    [one] { $count } дело ждёт вашего ответа
    [few] { $count } дела ждут вашего ответа
   *[many] { $count } дел ждут вашего ответа
}
waiting-panel-all = Всё, что ждёт вашего ответа
calendar-title = Мой календарь-подписка
calendar-lead = Ваши встречи на платформе могут отображаться в вашем собственном календаре (Outlook, Google Календарь, Календарь Apple, Thunderbird…): подпишитесь на свою личную ленту, и изменения и отмены будут приходить сами.
calendar-address = Адрес вашей ленты
calendar-address-once = Скопируйте этот адрес в программу календаря сейчас («Подписаться на календарь» или «Добавить календарь по URL»). Он показывается только один раз: если вы его потеряете, создайте новый.
calendar-address-label = Адрес вашей ленты календаря
calendar-subscribe = Подписаться в моей программе календаря
calendar-address-secret = Любой, у кого есть этот адрес, видит ваши встречи: не передавайте его. Вы можете в любой момент создать новый адрес; старый тогда перестанет работать.
calendar-state = Ваша лента
calendar-on-since = Ваша лента включена; её адрес создан { $date }.
calendar-last-read = Последний раз календарь читал её { $date }.
calendar-is-off = Ваша лента выключена.
calendar-on = Включить мою ленту календаря
calendar-renew = Создать новый адрес
calendar-off = Выключить ленту
calendar-renew-hint = Новый адрес отменяет старый: воспользуйтесь этим, если адрес был передан по ошибке или утерян.
calendar-done-renewed = У вашей ленты календаря новый адрес. Прежние адреса больше не работают.
calendar-done-off = Ваша лента календаря выключена. Её адрес больше не работает.
calendar-meeting-ics = Добавить в мой календарь (.ics)
calendar-feed-link = Все мои встречи в моём календаре
calendar-feed-name = Платформа для партнёрств: мои встречи
done-submitted = Отправлено на рассмотрение. Рецензенты уведомлены; их решение придёт вам по электронной почте и в уведомлениях. Пока решение не принято, вы можете отозвать проект.
done-withdrawn = Отозвано. Теперь проект для всех отмечен как отозванный, а его история остаётся открытой. Он остаётся в разделе «Мои проекты».
done-interest = Ваша заинтересованность передана владельцам проекта. Они отвечают на платформе, а их ответ придёт вам по электронной почте.
done-introduction_sent = Знакомство отправлено. Обе стороны получили его по электронной почте и видят в разделе «Ждёт ответа»; если обе согласятся, они станут партнёрами и получат контакты друг друга. Вы узнаете о каждом ответе.
done-meeting_proposed = Встреча предложена. Каждый приглашённый получил приглашение с файлом календаря и отвечает на этой странице; ответы появятся ниже.
done-meeting_changed = Встреча изменена. Каждый приглашённый получил обновление; календари, где она уже есть, заменят прежнюю версию.

## Asking for a new personal link
reply-renew-heading = Попросить новую ссылку у координатора
reply-renew-explain = Координатор, предложивший это знакомство, получит вашу просьбу по электронной почте и сможет прислать новую ссылку.
reply-renew-email = Ваш адрес электронной почты
reply-renew-email-hint = Адрес, на который пришло знакомство.
reply-renew-message = Сообщение координатору (необязательно)
reply-renew-submit = Попросить новую ссылку
reply-renew-sent-title = Ваша просьба отправлена
reply-renew-sent-advice = Если на этот адрес приходило знакомство от платформы, координатор, который его предложил, получил вашу просьбу и напишет вам. Больше ничего делать не нужно.
email-link-renewal-subject = { $organisation } просит новую ссылку на знакомство
email-link-renewal-lead = { $contact } ({ $email }) из организации «{ $organisation }» просит новую ссылку, чтобы ответить на знакомство с проектом «{ $project }».
email-link-renewal-used = Ссылка уже была использована.
email-link-renewal-expired = Срок ссылки истёк вместе со знакомством.
email-link-renewal-closed = Знакомство уже было решено.
email-link-renewal-unknown = Ссылка не открывалась (возможно, разорвалась); вместо неё указан адрес.
email-link-renewal-message = Сообщение:
email-link-renewal-action = Предложить знакомство снова
brokering-merged-from = Это знакомство было предложено организации «{ $merged }», которая с тех пор объединена с указанной ниже (та же организация, внесённая дважды).

waiting-needs = Потребности, покрытые новыми партнёрами
waiting-need-question = Какие потребности покрывает { $organisation }?
waiting-partner-since = Партнёр с

## Open data on brokering outcomes (/open-data/brokering)
open-brokering-title = Итоги знакомств
open-brokering-lead = Чем заканчиваются знакомства, которые предлагают фасилитаторы: по месяцам, видам представленных организаций и темам проектов. Открытые данные без персональных данных.
open-brokering-how = Как составлена таблица
open-brokering-how-month = Знакомство учитывается в месяце, когда оно было предложено, в виде представленной организации и в каждой теме её проекта: проект с двумя темами учитывается дважды, поэтому строки не складываются и итоги не приводятся.
open-brokering-how-public = Учитываются только публичные проекты, черновики — нет.
open-brokering-how-median = Медиана дней до ответа отсчитывается от предложения до ответа, которым оно завершилось: согласия обеих сторон или отказа.
open-brokering-how-withheld = Числа 1 и 2 скрыты («меньше 3»), чтобы никто не мог узнать, какая организация отказалась; если в строке скрыт один итог, скрывается и наименьший из остальных, чтобы его нельзя было вычислить. Медиана по менее чем 3 ответам скрыта.
open-brokering-json = Те же данные в формате JSON (скрытые значения — null)
open-brokering-empty = Для публичных проектов ещё не предложено ни одного знакомства.
open-brokering-caption = Знакомства по месяцам, видам организаций и темам
open-brokering-month = Месяц предложения
open-brokering-kind = Вид организации
open-brokering-theme = Тема
open-brokering-proposed = Предложено
open-brokering-accepted = Принято обеими сторонами
open-brokering-declined = Отклонено
open-brokering-expired = Истекло
open-brokering-median = Медиана дней до ответа
open-brokering-no-theme = Без темы
open-brokering-withheld = меньше 3
