## Administration (/admin) and the public history of a project: English.
## Every key here must exist in every other language's admin.ftl, in the same order
## (a unit test in src/web/routes/admin/mod.rs checks it).

## Index
admin-title = Administration
admin-lead = Manage people's access, keep the directory of organisations clean, see who changed what, and watch over outgoing mail.
admin-people-title = People
admin-people-intro = Change a person's role and organisation, deactivate or reactivate an account.
admin-people-count = { $count ->
    [one] { $count } person has an account
   *[other] { $count } people have an account
}
admin-organisations-title = Organisations
admin-organisations-intro = Add organisations, correct their details and merge duplicates.
admin-audit-title = Audit log
admin-audit-intro = Every change made on the platform: who made it, when, and what it was before and after.
admin-mail-title = Mail
admin-mail-intro = Messages waiting, sent and given up on, and sending again those that failed.
admin-mail-dead-count = { $count ->
    [0] No message has been given up on
    [one] { $count } message has been given up on
   *[other] { $count } messages have been given up on
}

## Shared words
admin-none = None
admin-yes = Yes
admin-no = No
admin-role = Role
admin-organisation = Organisation
admin-status = Status
admin-status-active = Active
admin-status-deactivated = Deactivated
admin-verified = Address verified
admin-language = Language
admin-created = Account created
admin-actions = Actions
admin-edit = Edit
admin-merge = Merge
admin-choose = Choose…
admin-optional = Optional.
admin-save = Save changes
admin-cancel = Cancel
admin-done-unchanged = Nothing has changed: the values were already these.
admin-governments = Governments
admin-other-organisations = Other organisations

## People
admin-people-filters = Filter people
admin-people-filter-q = Name or e-mail address
admin-people-found = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
admin-people-none = Nobody matches these filters.
admin-people-caption = People, by name
admin-person-done-role = The role is changed.
admin-person-done-deactivated = The account is deactivated and every session of this person has been ended.
admin-person-done-reactivated = The account is active again. The person can sign in.
admin-person-role-heading = Role and organisation
admin-person-self-role = You cannot change your own role. Ask another administrator.
admin-person-organisation-hint = A delegate belongs to a government, a member to any organisation. Other roles belong to none: the organisation is then left out.
admin-person-role-submit = Change role
admin-person-access-heading = Access
admin-person-active-text = This account is active: the person can sign in.
admin-person-self-deactivate = You cannot deactivate your own account.
admin-person-deactivate-hint = The person is signed out everywhere at once and can no longer sign in, until the account is reactivated.
admin-person-deactivate = Deactivate this account
admin-person-deactivated-text = This account is deactivated: the person cannot sign in.
admin-person-reactivate = Reactivate this account
admin-person-audit-about = Changes to this person
admin-person-audit-by = Changes made by this person
admin-person-error-self-role = You cannot change your own role. Ask another administrator.
admin-person-error-role = Choose a role.
admin-person-error-not-government = A delegate represents a government. Choose a government.
admin-person-error-government = Choose the government this delegate represents.
admin-person-error-organisation = Choose the organisation this member belongs to.
admin-person-error-last-administrator = This is the last active administrator. Give another person the administrator role first.
admin-person-error-self-deactivate = You cannot deactivate your own account. Ask another administrator.

## Organisations
admin-organisations-filters = Search organisations
admin-organisations-caption = Organisations, by name
admin-organisation-new = Add an organisation
admin-org-name = Name
admin-org-code = Code
admin-org-code-hint = A country code such as MX for a national government; otherwise a short prefix, a colon and a name, such as org:IOM or cs:ICMC.
admin-org-acronym = Acronym
admin-org-kind = Kind of organisation
admin-org-country = Country
admin-org-country-hint = Required for a government.
admin-org-region = Region
admin-org-description = Description
admin-org-website = Web site
admin-org-website-hint = Optional. A full address starting with https:// or http://.
admin-org-lang = Language of the name and description
admin-organisation-edit-title = Edit { $name }
admin-organisation-new-title = New organisation
admin-organisation-public-page = Public page
admin-organisation-merge-link = Merge into another organisation
admin-organisation-audit-link = Changes to this organisation
admin-organisation-create = Create the organisation
admin-organisation-done-created = The organisation is created.
admin-organisation-done-saved = Your changes are saved.
admin-organisation-done-merged = The duplicate is merged into this organisation and deleted.
admin-org-error-code = Enter a code such as org:IOM, or a country code such as MX for a government.
admin-org-error-code-country = Only a government's code can be a country code. Use a code such as org:ABC.
admin-org-error-code-taken = Another organisation already has this code. Choose another code, or merge the two organisations.
admin-org-error-name = Enter the name, up to 300 characters.
admin-org-error-acronym = Enter an acronym of at most 30 characters, or leave it empty.
admin-org-error-kind = Choose the kind of organisation.
admin-org-error-country = Choose a country from the list.
admin-org-error-country-government = Choose the country of this government.
admin-org-error-country-code = The country must be the one the code names.
admin-org-error-region = Choose a region from the list.
admin-org-error-description = Shorten the description to at most 10,000 characters.
admin-org-error-website = Enter a web address starting with https:// or http://, such as https://www.iom.int.
admin-org-error-lang = Choose one of the six languages.

## Merging duplicates
admin-merge-title = Merge { $name } into another organisation
admin-merge-lead = Use this when the same organisation is recorded twice. Everything attached to this record moves to the organisation you keep, then this record is deleted.
admin-merge-moves = What moves
admin-merge-partners = { $count ->
    [one] { $count } project partnership
   *[other] { $count } project partnerships
}
admin-merge-engagements = { $count ->
    [one] { $count } engagement in the GFMD
   *[other] { $count } engagements in the GFMD
}
admin-merge-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
admin-merge-warning = A partnership the kept organisation already has in the same project and role is not repeated. This cannot be undone.
admin-merge-keep = Organisation to keep
admin-merge-keep-hint = The record that stays; this one is deleted.
admin-merge-submit = Merge and delete this record
admin-merge-error-keep = Choose the organisation to keep.
admin-merge-error-same = Choose another organisation than the one being merged.
admin-merge-error-delegates = This record has delegates, who must belong to a government. Keep a government, or change their role first.

## Audit log
admin-audit-filters = Filter the audit log
admin-audit-who = Who
admin-audit-what = What
admin-audit-subject-type = Concerning
admin-audit-from = From
admin-audit-to = To
admin-audit-date-hint = For example 2026-11-29.
admin-audit-found = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
admin-audit-none = No entry matches these filters.
admin-audit-caption = Changes, most recent first
admin-audit-when = When
admin-audit-subject = Subject
admin-audit-before = Before
admin-audit-after = After
admin-audit-system = The system
admin-audit-public = Public
admin-audit-error-person = Choose a person from the list.
admin-audit-error-subject = This link to the audit log is broken. Start again from the audit log.
admin-audit-error-date = Enter a date as year-month-day, such as 2026-11-29.
admin-audit-error-range = The “From” date must be on or before the “To” date.
audit-subject-person = Person
audit-subject-organisation = Organisation
audit-subject-project = Project
audit-subject-question = Question
audit-subject-mail = Mail
audit-action-person-role_changed = Role changed
audit-action-person-notifications_changed = Notification preferences changed
audit-action-person-deactivated = Account deactivated
audit-action-person-reactivated = Account reactivated
audit-action-person-profile_changed = Name or language changed
audit-action-person-password_changed = Password changed
audit-action-person-created = Account created
audit-action-person-invited = Person invited
audit-action-person-password_reset_requested = Password reset requested
audit-action-person-registered = Account registered
audit-action-organisation-created = Organisation created
audit-action-organisation-updated = Organisation changed
audit-action-organisation-merged = Duplicate organisation merged
audit-action-organisation-profile_updated = Partnership profile changed
audit-action-project-partner_merged = Partner records merged
audit-action-project-partner_added = Partner added
audit-action-project-partner_removed = Partner removed
audit-action-project-stage_changed = Stage changed
audit-action-project-update_posted = Update posted
audit-action-project-milestone_added = Milestone added
audit-action-project-milestone_reached = Milestone reached
audit-action-question-asked = Question asked
audit-action-question-answered = Question answered
audit-action-question-hidden = Question hidden by a facilitator
audit-action-answer-hidden = Answer hidden by a facilitator
audit-action-mail-retried = Mail queued again

## Mail
admin-mail-counts-caption = Messages by status
admin-mail-status = Status
admin-mail-messages = Messages
admin-mail-status-pending = Waiting to be sent
admin-mail-status-sending = Being sent
admin-mail-status-sent = Sent
admin-mail-status-dead = Given up on
admin-mail-dead-heading = Messages given up on
admin-mail-dead-intro = After a permanent refusal or too many failed attempts, a message is given up on. Once the cause is fixed, queue it again: it is sent with a fresh count of attempts.
admin-mail-dead-none = No message has been given up on.
admin-mail-dead-caption = Messages given up on, most recent first
admin-mail-retry-all = Queue every message given up on again
admin-mail-number = Number
admin-mail-recipient = Recipient
admin-mail-kind = Kind
admin-mail-attempts = Attempts
admin-mail-given-up = Given up on
admin-mail-last-error = Last error
admin-mail-no-error = No error was recorded.
admin-mail-retry = Queue again
admin-mail-retry-number = message { $number }
admin-mail-requeued = { $count ->
    [0] No message needed queueing again.
    [one] { $count } message is queued again.
   *[other] { $count } messages are queued again.
}
admin-mail-error-which = Choose a message to queue again.
admin-mail-error-gone = This message is no longer given up on: it may have been queued again already.

## The public history of a project
project-history = History
project-history-none = No change to this project has been recorded yet.
audit-action-resource-added = Resource added
audit-action-resource-removed = Resource removed
audit-subject-resource = Resource
audit-action-project-proposed = Project proposed
audit-action-project-edited = Proposal edited
audit-action-project-submitted = Submitted for review
audit-action-project-endorsed = Endorsed by the reviewers
audit-action-project-changes_requested = Changes requested by the reviewers
audit-action-project-declined = Declined by the reviewers
audit-action-project-withdrawn = Withdrawn by its owners
audit-action-project-co_owner_invited = Government invited as co-owner
audit-action-project-co_owner_declined = Co-owner invitation declined
audit-action-project-join_requested = Request to join as co-owner
audit-action-project-join_declined = Request to join declined
audit-action-person-joined_by_introduction = Joined through an introduction link
audit-action-contact-added = Contact point added
audit-action-contact-changed = Contact point changed
audit-action-contact-removed = Contact point removed
audit-action-person-calendar_feed_renewed = Calendar feed: new address
audit-action-person-calendar_feed_off = Calendar feed turned off
audit-action-project-needs_met = Needs met
