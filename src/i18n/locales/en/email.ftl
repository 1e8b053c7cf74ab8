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

## Account messages: invitation, address confirmation, registration attempt, password reset

email-greeting-name = Hello { $name },
email-link-fallback = If the button does not work, copy this address into your browser:
email-link-expiry-days = This link works once and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
email-link-expiry-hours = This link works once and expires in { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }.
email-invitation-subject = You are invited to the Platform for Partnerships
email-invitation-invites = { $inviter } invites you to join the Platform for Partnerships as { $role }.
email-invitation-invites-for = { $inviter } invites you to join the Platform for Partnerships as { $role } for { $organisation }.
email-invitation-action = To accept, choose your password:
email-invitation-link = Accept the invitation
email-invitation-ignore = If you did not expect this invitation, you can ignore this message.
email-verification-subject = Confirm your address for the Platform for Partnerships
email-verification-action = Thank you for creating an account on the Platform for Partnerships. To confirm that this address is yours and start using your account, open this link:
email-verification-link = Confirm my address
email-verification-ignore = If you did not create an account, ignore this message: without this confirmation the account cannot be used.
email-registration-attempt-subject = Someone tried to create an account with your address
email-registration-attempt-body = Someone, perhaps you, tried to create an account on the Platform for Partnerships with this address. You already have an account, so no new account was created.
email-registration-attempt-sign-in = To use your account, sign in:
email-registration-attempt-reset = If you have forgotten your password, choose a new one:
email-registration-attempt-ignore = If it was not you, you can ignore this message: nothing has changed in your account.
email-password-reset-subject = Choose a new password for the Platform for Partnerships
email-password-reset-action = We received a request to choose a new password for your account. To choose one, open this link:
email-password-reset-link = Choose a new password
email-password-reset-ignore = If you did not ask for this, ignore this message: your password stays as it is.
mailbox-attachments = Attachments
mailbox-attachment-unnamed = (no name)
mailbox-attachment-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
