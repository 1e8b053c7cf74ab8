# Электронные письма (templates/email/) и почтовый ящик для разработки (/dev/mailbox).
# Ключи одинаковы во всех шести языках; это проверяет модульный тест.

## Все письма

email-brand = Платформа для партнерств
email-greeting = Здравствуйте!
email-footer-about = Платформа для партнерств — сервис Глобального форума по миграции и развитию для партнерств в области миграции и развития.
email-footer-automatic = Это письмо отправлено автоматически; ответы на него не читаются.

## Тестовое письмо (pfp mail test)

email-test-subject = Тестовое письмо от Платформы для партнерств
email-test-body = Это тестовое письмо, запрошенное { $time }. Если вы его читаете, письма платформы доходят до этого адреса.
email-test-no-action = Никаких действий от вас не требуется.
email-test-link = Открыть платформу

## Почтовый ящик для разработки (только в демонстрационном режиме)

mailbox-title = Почтовый ящик для разработки
mailbox-intro = Все письма, отправленные платформой, пока не настроен SMTP-сервер (переменная PFP_SMTP_URL не задана). Эта страница существует только в демонстрационном режиме.
mailbox-empty = Писем пока нет. Чтобы поставить письмо в очередь: pfp mail test --to someone@example.org
mailbox-count = { $count ->
    [one] { $count } письмо
    [few] { $count } письма
    [many] { $count } писем
   *[other] { $count } письма
}
mailbox-date = Дата
mailbox-from = От
mailbox-to = Кому
mailbox-subject = Тема
mailbox-message-id = Message-ID
mailbox-language = Язык
mailbox-no-subject = (без темы)
mailbox-text-part = Текстовая часть
mailbox-no-text-part = В этом письме нет текстовой части.
mailbox-open-html = Открыть HTML-часть
mailbox-download = Скачать письмо (.eml)
mailbox-back = Все письма

## Письма об учетных записях: приглашение, подтверждение адреса, попытка регистрации, сброс пароля

email-greeting-name = Здравствуйте, { $name }!
email-link-fallback = Если кнопка не работает, скопируйте этот адрес в браузер:
email-link-expiry-days = Ссылка одноразовая, срок ее действия — { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }.
email-link-expiry-hours = Ссылка одноразовая, срок ее действия — { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часа
    }.
email-invitation-subject = Приглашение на Платформу для партнерств
email-invitation-invites = { $inviter } приглашает вас присоединиться к Платформе для партнерств в роли «{ $role }».
email-invitation-invites-for = { $inviter } приглашает вас присоединиться к Платформе для партнерств в роли «{ $role }» (организация: { $organisation }).
email-invitation-action = Чтобы принять приглашение, выберите пароль:
email-invitation-link = Принять приглашение
email-invitation-ignore = Если вы не ожидали этого приглашения, просто проигнорируйте это письмо.
email-verification-subject = Подтвердите свой адрес на Платформе для партнерств
email-verification-action = Благодарим вас за создание учетной записи на Платформе для партнерств. Чтобы подтвердить, что этот адрес принадлежит вам, и начать пользоваться учетной записью, откройте ссылку:
email-verification-link = Подтвердить адрес
email-verification-ignore = Если вы не создавали учетную запись, проигнорируйте это письмо: без подтверждения ею нельзя пользоваться.
email-registration-attempt-subject = Кто-то пытался создать учетную запись с вашим адресом
email-registration-attempt-body = Кто-то, возможно вы, пытался создать учетную запись на Платформе для партнерств с этим адресом. У вас уже есть учетная запись, поэтому новая не создана.
email-registration-attempt-sign-in = Чтобы воспользоваться учетной записью, войдите:
email-registration-attempt-reset = Если вы забыли пароль, выберите новый:
email-registration-attempt-ignore = Если это были не вы, проигнорируйте это письмо: в вашей учетной записи ничего не изменилось.
email-password-reset-subject = Выбор нового пароля на Платформе для партнерств
email-password-reset-action = Мы получили запрос на выбор нового пароля для вашей учетной записи. Чтобы выбрать его, откройте ссылку:
email-password-reset-link = Выбрать новый пароль
email-password-reset-ignore = Если вы этого не запрашивали, проигнорируйте это письмо: ваш пароль останется прежним.
mailbox-attachments = Вложения
mailbox-attachment-unnamed = (без имени)
mailbox-attachment-bytes = { $count ->
    [one] { $count } байт
    [few] { $count } байта
   *[many] { $count } байт
}
