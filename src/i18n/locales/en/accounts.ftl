# Account flows: invitations, joining, registration, address confirmation, password reset.
# Keys are the same in the six languages; a unit test checks it.

## Sign-in page and account page

login-forgot-password = Forgot your password?
login-create-account = Create an account
login-error-unverified = Confirm your address first: open the link in the e-mail we sent you when you created your account. No e-mail? Use “Forgot your password?” to receive a new link.
account-invite = Invite someone

## Invitations (/invitations/new)

invite-title = Invite someone
invite-lead = The person you invite receives an e-mail with a link to choose a password. The link works once, for { $count ->
        [one] { $count } day
       *[other] { $count } days
    }.
invite-field-role = Role
invite-field-organisation = Organisation
invite-organisation-hint-delegate = A delegate represents a government.
invite-organisation-hint-member = A member belongs to an organisation of any kind.
invite-organisation-hint-none = Facilitators and reviewers belong to no organisation: choose “None”.
invite-organisation-none = None
invite-organisation-choose = Choose an organisation
invite-organisations-governments = Governments
invite-organisations-others = Other organisations
invite-field-language = Language of the invitation
invite-submit = Send the invitation
invite-sent = Invitation sent to { $name } ({ $email }).
invite-error-email = Enter the e-mail address of the person you invite, such as name@example.org.
invite-error-exists = An account with this e-mail address already exists.
invite-error-role = Choose a role.
invite-error-organisation-missing = Choose the organisation of the person you invite.
invite-error-organisation-government = A delegate represents a government: choose a government.
invite-error-organisation-unexpected = Facilitators and reviewers belong to no organisation: choose “None”.
invite-error-organisation-unknown = This organisation does not exist. Choose one from the list.

## Joining (/join/…)

join-title = Join the Platform for Partnerships
join-lead = You have received an invitation. Check your name and choose a password to start using your account.
join-submit = Join and sign in

## Registration (/register)

register-title = Create an account
register-lead = With an account you can follow projects, themes and organisations, and ask questions. Governments, organisations and the GFMD structures join by invitation from the GFMD Support Unit.
register-submit = Create the account
register-have-account = Already have an account? Sign in
register-error-throttled = Too many accounts have been created from your network. Wait an hour, then try again.
register-sent = We have sent a message to { $email }. Open the link it contains to confirm your address and start using your account. The link works once, for { $count ->
        [one] { $count } day
       *[other] { $count } days
    }.
register-sent-hint = No message after a few minutes? Look in your spam folder, check the address and register again.
mail-sent-title = Check your e-mail

## Password reset (/password/…)

forgot-title = Forgot your password?
forgot-lead = Enter the e-mail address of your account. We will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If an account uses { $email }, we have sent it a link to choose a new password. The link works once, for { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    }.
forgot-sent-hint = No message after a few minutes? Look in your spam folder and check the address, then ask again.
forgot-error-throttled = Too many requests for a new password. Wait an hour, then try again.
reset-title = Choose a new password
reset-lead = Choose a new password for { $email }. All your other sessions will be signed out.
reset-submit = Save the password and sign in

## Links from e-mails that cannot be used

link-unknown-title = This link is not valid
link-unknown-advice = Check that you opened the whole link from the e-mail: if it was split across two lines, copy both parts into the address bar.
link-expired-title = This link has expired
link-used-title = This link has already been used
link-invitation-expired = Invitation links work for a limited time. To receive a new link, use “Forgot your password?” with the address the invitation was sent to.
link-invitation-used = This invitation has already been accepted. Sign in with your e-mail address and the password you chose.
link-verification-expired = To receive a new link, use “Forgot your password?”: choosing a new password also confirms your address.
link-verification-used = Your address is already confirmed. Sign in with your e-mail address and your password.
link-reset-expired = Links to choose a new password work for a limited time. Ask for a new one with “Forgot your password?”.
link-reset-used = This link has already been used to choose a new password. Sign in, or ask for a new link with “Forgot your password?”.
