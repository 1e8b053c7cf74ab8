# Email messages (templates/email/) and the development mailbox (/dev/mailbox).
# Keys are the same in the six languages; a unit test checks it.

## Every message

email-brand = Platform for Partnerships
email-greeting = Hello,
email-footer-about = The Platform for Partnerships is the Global Forum on Migration and Development's service for migration-and-development partnerships.
email-footer-automatic = This message was sent automatically; replies to it are not read.

## The test message (pfp mail test)

email-test-subject = Test message from the Platform for Partnerships
email-test-body = This is a test message, requested on { $time }. If you are reading it, mail from the platform reaches this address.
email-test-no-action = You do not need to do anything.
email-test-link = Open the platform

## The development mailbox (demo mode only)

mailbox-title = Development mailbox
mailbox-intro = Every message the platform has sent while no SMTP server is configured (PFP_SMTP_URL unset). This page exists only in demo mode.
mailbox-empty = No messages yet. Queue one with: pfp mail test --to someone@example.org
mailbox-count = { $count ->
    [one] 1 message
   *[other] { $count } messages
}
mailbox-date = Date
mailbox-from = From
mailbox-to = To
mailbox-subject = Subject
mailbox-message-id = Message-ID
mailbox-language = Language
mailbox-no-subject = (no subject)
mailbox-text-part = Text part
mailbox-no-text-part = This message has no text part.
mailbox-open-html = Open the HTML part
mailbox-download = Download the message (.eml)
mailbox-back = All messages
