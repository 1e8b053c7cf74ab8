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
