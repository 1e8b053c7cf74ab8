# Brokering: the facilitator's queue and candidates, introductions, expressions of
# interest, meetings, and their emails.

brokering-nav = Facilitation
brokering-queue-title = Projects that need partners
brokering-queue-lead = Public projects with needs, those waiting longest first: since when their needs have gone unmet, then the earlier stage, then those never or least recently introduced.
brokering-queue-caption = Projects that need partners, the most neglected first
brokering-queue-count = { $count ->
    [one] One project needs partners
   *[other] { $count } projects need partners
}
brokering-queue-empty = No public project lists needs at the moment.
brokering-project = Project
brokering-unmet-since = Needs unmet since
brokering-stage = Stage
brokering-last-introduction = Last introduction
brokering-never = Never
brokering-open-needs = { $count ->
    [one] one open need
   *[other] { $count } open needs
}
brokering-open-introductions = { $count ->
    [one] one introduction waiting
   *[other] { $count } introductions waiting
}
brokering-open-interests = { $count ->
    [0] Expressions of interest (none waiting)
    [one] Expressions of interest (one waiting for an answer)
   *[other] Expressions of interest ({ $count } waiting for an answer)
}
brokering-project-page = The project's public page
brokering-candidates-title = Possible partners
brokering-candidates-lead = Ranked by how well each organisation fits the project, with the reasons and what each contributed to the score. Owners, partners, organisations already introduced and those that declined recently are left out.
brokering-candidates-none = No organisation fits this project yet. Profiles with offers, themes and countries help.
brokering-score = score { $score }
brokering-introduce = Introduce
brokering-unreachable = Nobody can be reached at this organisation yet: add a contact point (a person or a role mailbox) to introduce it.
brokering-introductions = Introductions
brokering-introductions-none = No introduction yet.
brokering-meetings = Meetings
brokering-meetings-none = No meeting yet.
brokering-meeting-propose = Propose a meeting

brokering-introduce-title = Introduce an organisation
brokering-introduce-lead = Both sides receive an email with your message and links to accept or decline. When both accept, the organisation becomes a partner in the role you propose, and each side receives the other's contacts.
brokering-organisation = Organisation
brokering-role = Proposed role
brokering-message = Personal message
brokering-message-hint = { $count ->
    [one] Plain text, up to one character.
   *[other] Plain text, up to { $count } characters.
}
brokering-introduce-send = Send the introduction
brokering-cancel = Cancel
brokering-error-role = Choose a role from the list.
brokering-error-empty = Write something here.
brokering-error-too-long = { $count ->
    [one] Shorten this to one character.
   *[other] Shorten this to { $count } characters.
}
brokering-error-already-partner = This organisation already takes part in the project.
brokering-error-already-open = An introduction of this organisation to the project is already waiting for answers.
brokering-error-no-project-contact = Nobody can answer for the project: it has no owning government with a delegate on the platform.
brokering-error-no-candidate-contact = Nobody at this organisation has an account yet: invite a member before introducing it.

brokering-introduction-title = Introduction
brokering-accept-title = Accept the introduction
brokering-decline-title = Decline the introduction
brokering-state = State
brokering-state-proposed = Waiting for answers
brokering-state-accepted = Accepted by both sides
brokering-state-declined = Declined
brokering-state-expired = Expired
brokering-side-project = The project's answer
brokering-side-candidate = The organisation's answer
brokering-answer-waiting = Not answered yet
brokering-answer-accepted = Accepted
brokering-answer-declined = Declined
brokering-expires = Answer by
brokering-proposed-by = Proposed by
brokering-decline-reason = Reason
brokering-decline-hint = Both sides and the facilitator will read it.
brokering-answer-for-project = Your answer, for the project
brokering-answer-for-organisation = Your answer, for your organisation
brokering-accept-explain = When both sides have accepted, the organisation becomes a partner in the proposed role and each side receives the other's contacts.
brokering-accept = Accept
brokering-decline = Decline
brokering-accept-instead = Accept instead
brokering-decline-instead = Decline instead
brokering-you-accepted = You accepted. The other side has not answered yet.
brokering-you-declined = You declined. Both sides have been told.
brokering-now-partners = Both sides accepted: the organisation is now a partner, and each side has the other's contacts by email.
brokering-closed = This introduction is no longer waiting for answers.
brokering-already-answered = Your side has already answered.

brokering-partnering = Partnering
brokering-see-candidates = See possible partners and introduce them
brokering-interest-heading = Would your organisation like to partner?
brokering-offer = What your organisation offers
brokering-interest-send = Tell the project's owners
brokering-interest-pending = Your organisation said it would like to partner on { $date }; the owners have not answered yet.
brokering-interest-partner = Your organisation takes part in this project.
brokering-interest-sign-in = Members of organisations can say they would like to partner.
brokering-interest-members-only = Members and delegates of organisations can say they would like to partner.
brokering-error-offer = Choose what your organisation offers from the list.
brokering-error-interest-partner = Your organisation already takes part in this project.
brokering-error-interest-open = Your organisation's earlier message is still waiting for an answer.
brokering-interest-title = Expression of interest
brokering-interests-title = Expressions of interest
brokering-interests-caption = Organisations that would like to partner, those waiting first
brokering-interests-none = No organisation has expressed interest yet.
brokering-interest-state-open = Waiting for an answer
brokering-interest-state-accepted = Accepted
brokering-interest-state-declined = Declined
brokering-date = Date
brokering-interest-accept-heading = Accept: make it a partner
brokering-interest-accept = Accept
brokering-interest-decline-heading = Decline
brokering-interest-accepted = Accepted: the organisation is now a partner and has your contacts by email.
brokering-interest-declined = Declined: the organisation has been told why.

brokering-meeting-new-title = Propose a meeting
brokering-meeting-edit-title = Change the meeting
brokering-meeting-default-title = Meeting on { $project }
brokering-meeting-organisations = Organisations to invite (everyone of them on the platform is invited)
brokering-meeting-title-field = Title
brokering-meeting-date = Date
brokering-meeting-start = Starts at
brokering-meeting-end = Ends at
brokering-meeting-zone = Time zone
brokering-meeting-place = Place
brokering-meeting-place-hint = An address, or leave empty for an online meeting.
brokering-meeting-online = Online link
brokering-meeting-agenda = Agenda
brokering-meeting-send = Send the invitations
brokering-meeting-save = Save and send the update
brokering-meeting-when = When
brokering-meeting-organiser = Proposed by
brokering-meeting-your-answer = Will you attend?
brokering-rsvp-yes = Yes, I will attend
brokering-rsvp-no = No, I cannot attend
brokering-attending-yes = Attending
brokering-attending-no = Not attending
brokering-meeting-answered = Your answer is recorded.
brokering-meeting-invitees = Invited
brokering-meeting-yes-count = { $count ->
    [0] Nobody has said they will attend yet.
    [one] One person will attend.
   *[other] { $count } people will attend.
}
brokering-meeting-notes = Notes
brokering-meeting-notes-field = Notes of the meeting
brokering-meeting-notes-save = Save the notes
brokering-meeting-notes-saved = The notes are saved.
brokering-meeting-cancel = Cancel the meeting
brokering-meeting-cancelled = This meeting is cancelled.
brokering-error-organisations = Choose at least one partner organisation of the project.
brokering-error-no-invitees = Nobody of the chosen organisations has an account to invite.
brokering-error-date = Enter the date as year-month-day, for example 2027-01-15.
brokering-error-time = Enter the time as hours:minutes, for example 14:30.
brokering-error-zone = Choose a time zone from the list.
brokering-error-order = The meeting must end after it starts.
brokering-error-gap = This time does not exist or happens twice in that time zone (the clocks change): choose another.
brokering-error-link = Enter a web address starting with https:// or http://.
brokering-error-where = Give a place, an online link, or both.

audit-action-introduction-proposed = Introduction proposed
audit-action-introduction-answered = Introduction answered
audit-action-introduction-accepted = Introduction accepted
audit-action-introduction-declined = Introduction declined
audit-action-introduction-expired = Introduction expired
audit-action-interest-expressed = Interest expressed
audit-action-interest-accepted = Interest accepted
audit-action-interest-declined = Interest declined
audit-action-meeting-proposed = Meeting proposed
audit-action-meeting-changed = Meeting changed
audit-action-meeting-cancelled = Meeting cancelled
audit-action-meeting-notes_saved = Meeting notes saved
audit-subject-introduction = Introduction
audit-subject-interest = Expression of interest
audit-subject-meeting = Meeting

# Emails
email-intro-subject = Introduction: a possible partner for “{ $project }”
email-intro-reminder-subject = Reminder: an introduction for “{ $project }” is waiting for your answer
email-intro-reminder = Your side has not answered this introduction yet, and it will expire soon.
email-intro-lead-project = { $facilitator } of the GFMD Support Unit suggests that { $organisation } could join your project “{ $project }” as { $role }.
email-intro-lead-candidate = { $facilitator } of the GFMD Support Unit suggests that your organisation, { $organisation }, could join the project “{ $project }” ({ $owners }) as { $role }.
email-intro-message = { $facilitator } writes:
email-intro-accept = To accept for your organisation (you will be asked to sign in):
email-intro-decline = To decline, with a reason:
email-intro-accept-button = Accept
email-intro-decline-button = Decline
email-intro-sign-in = Each side answers for its own organisation after signing in.
email-intro-expires = Without both answers, the introduction expires on { $date }.
email-intro-outcome-subject-accepted = New partnership for “{ $project }”
email-intro-outcome-subject-declined = Introduction declined: “{ $project }”
email-intro-outcome-subject-expired = Introduction expired: “{ $project }”
email-intro-outcome-accepted = Both sides accepted: { $organisation } is now a partner of “{ $project }” as { $role }.
email-intro-outcome-declined = The introduction of { $organisation } to “{ $project }” was declined.
email-intro-outcome-expired = The introduction of { $organisation } to “{ $project }” expired before both sides accepted it.
email-reason-given = The reason given:
email-contacts = Your contacts on the other side:
email-see-project = See the project
email-interest-subject = { $organisation } would like to partner
email-interest-lead = { $person } of { $organisation } would like to partner in your project “{ $project }”, offering: { $offer }.
email-interest-message = Their message:
email-interest-answer = Accept or decline
email-interest-outcome-subject-accepted = You are now a partner of “{ $project }”
email-interest-outcome-subject-declined = Answer from “{ $project }”
email-interest-outcome-accepted = The owners accepted: { $organisation } is now a partner of “{ $project }” as { $role }.
email-interest-outcome-declined = The owners of “{ $project }” declined { $organisation }'s offer to partner.
email-meeting-subject-new = Invitation: { $title }
email-meeting-subject-changed = Changed: { $title }
email-meeting-subject-cancelled = Cancelled: { $title }
email-meeting-lead-new = { $organiser } invites you to a meeting about the project “{ $project }”.
email-meeting-lead-changed = { $organiser } changed the meeting about the project “{ $project }”. Please answer again.
email-meeting-lead-cancelled = { $organiser } cancelled the meeting about the project “{ $project }”.
email-meeting-when = When:
email-meeting-place = Where:
email-meeting-online = Online:
email-meeting-agenda = Agenda:
email-meeting-answer = Answer on the platform
email-meeting-answer-at = Please say on the platform whether you will attend: { $url }
email-meeting-calendar = The attached invitation adds the meeting to your calendar.

## Contact points and personal introduction links (issue 13)
email-intro-personal = This link is personal to you, so please do not forward it: accepting creates your account on the platform in the same step, and declining needs no account.
email-intro-accept-personal = To accept for your organisation (you will choose a password for your new account):
reply-title = An introduction for your organisation
reply-lead = The GFMD Support Unit suggests that { $organisation } could join this project. Read what it is about, then accept or decline for your organisation.
reply-has-account = This address already has an account on the platform. Sign in to answer for your organisation.
reply-sign-in = Sign in and answer
reply-accept-heading = Accept, and create your account
reply-accept-explain = Your account will use the address { $email }, which this link has already confirmed. You will be signed in and can follow the project from then on.
reply-accept-submit = Accept and create my account
reply-decline-heading = Decline, without an account
reply-decline-hint = The facilitator and the project's owners read your reason; no account is created.
reply-home = Go to the home page
reply-unknown-title = This link is not valid
reply-unknown-advice = Check that the whole link from the e-mail was opened; it may have been cut in two. If it still does not work, ask the facilitator for a new one below.
reply-used-title = This link has already been used
reply-used-advice = An answer was already given with it. If you created an account, sign in to see the introduction; otherwise ask the facilitator for a new link below.
reply-expired-title = This link has expired
reply-expired-advice = The time to answer this introduction has passed. If your organisation is still interested, ask the facilitator below: they can propose it again.
reply-closed-title = This introduction has already been answered
reply-closed-advice = Someone else of your organisation answered it, or the project's side declined it, or it expired. Nothing more is needed from you.
reply-gone-title = This introduction no longer exists
reply-gone-advice = The organisation it was for has since been merged into another or removed, or the project was withdrawn. Write to the GFMD Support Unit if you think this is a mistake.
reply-declined-title = You declined the introduction
reply-declined-advice = Thank you for answering. The facilitator and the project's owners have your reason; no account was created.
brokering-you-accepted-welcome = Welcome: your account is ready and you accepted for your organisation. The project's side has not answered yet; you will hear by e-mail.
brokering-now-partners-welcome = Welcome: your account is ready. Both sides accepted, so your organisation is now a partner, and each side has the other's contacts by e-mail.
contact-kind-person = Named person
contact-kind-mailbox = Role mailbox
contact-shown-nothing = Not shown publicly
contact-shown-name = Name and title shown
contact-shown-address = Name, title and address shown
contact-error-kind = Choose a named person or a role mailbox.
contact-error-name = Enter a name of 1 to 100 characters.
contact-error-title = Keep the title to 120 characters.
contact-error-email = Enter an e-mail address such as partnerships@example.org.
contact-error-lang = Choose one of the six languages.
contact-error-shown = Choose what the public page may show.
contacts-title = Contact points
contacts-lead = How the organisation is reached when nobody of it has an account yet: a named person or a role mailbox. Introductions go to them by e-mail with a personal link.
contacts-none = No contact point yet.
contacts-field-lang = Language of e-mails to it
contacts-field-shown = On the public page
contacts-actions = Actions
contacts-unreachable = Mail to this address bounces
contacts-remove = Remove
contacts-add = Add a contact point
contacts-field-kind = Who it is
contacts-name-hint = The person's name, or the mailbox's (for example “UNICEF Partnerships”).
contacts-field-title = Title or function (optional)
contacts-shown-hint = Show only what the contact agreed to; the address stays private unless they agreed.
contacts-add-submit = Add the contact point
contacts-added = The contact point was added.
contacts-removed = The contact point was removed.
contacts-error-duplicate = This organisation already has a contact point at this address.
contacts-public-heading = Contact points
contacts-manage = Keep the contact points
brokering-contact-added = The contact point was added: the organisation can be introduced now.
brokering-add-contact = Add a contact point
brokering-bounced = Mail to this organisation's contact point bounces: correct the address or add another contact point.
brokering-fit-scale = Fit is out of 100: the best candidate for this project scores 100.
brokering-fit = fit { $fit }/100
brokering-filter-label = Which candidates
brokering-filter-ready = Can be introduced now
brokering-filter-contact = Need a contact point
brokering-filter-all = All
waiting-title = Waiting for your answer
waiting-lead = Introductions, expressions of interest, meeting invitations, invitations and requests waiting for your answer, soonest deadline first.
waiting-none = Nothing is waiting for your answer.
waiting-introductions = Introductions
waiting-intro-project = { $organisation } proposed for your project
waiting-intro-candidate = Your organisation is proposed as a partner
waiting-answer-on-mine = answer on “My projects”
nav-waiting = { $count ->
    [0] Waiting for you
   *[other] Waiting for you ({ $count })
}
reply-why = Why your organisation
waiting-interests = Expressions of interest
waiting-interest = { $organisation } would like to partner
waiting-expressed = Expressed on
waiting-meetings = Meeting invitations
waiting-meeting-starts = Takes place on
waiting-sent = Sent on
waiting-panel = { $count ->
    [one] 1 thing waits for your answer
   *[other] { $count } things wait for your answer
}
waiting-panel-all = Everything waiting for your answer
calendar-title = My calendar feed
calendar-lead = Your meetings on the platform can appear in your own calendar (Outlook, Google Calendar, Apple Calendar, Thunderbird…): subscribe to your private feed, and changes and cancellations follow by themselves.
calendar-address = Your feed's address
calendar-address-once = Copy this address into your calendar program now (“Subscribe to a calendar” or “Add calendar from URL”). It is shown only this once: if you lose it, make a new one.
calendar-address-label = Address of your calendar feed
calendar-subscribe = Subscribe in my calendar program
calendar-address-secret = Anyone with this address can see your meetings: do not share it. You can make a new one at any time; the old one then stops working.
calendar-state = Your feed
calendar-on-since = Your feed is on; its address was made on { $date }.
calendar-last-read = A calendar last read it on { $date }.
calendar-is-off = Your feed is off.
calendar-on = Turn on my calendar feed
calendar-renew = Make a new address
calendar-off = Turn the feed off
calendar-renew-hint = A new address stops the old one: use it if the address was shared by mistake or you lost it.
calendar-done-renewed = Your calendar feed has a new address. Any earlier address no longer works.
calendar-done-off = Your calendar feed is off. Its address no longer works.
calendar-meeting-ics = Add to my calendar (.ics)
calendar-feed-link = All my meetings in my calendar
calendar-feed-name = Platform for Partnerships: my meetings
done-submitted = Submitted for review. The reviewers have been told; you will hear their decision by e-mail and in your notifications. Until they decide, you can withdraw it.
done-withdrawn = Withdrawn. The project now shows as withdrawn to everyone, and its history stays public. It stays under “My projects”.
done-interest = Your interest has been sent to the project's owners. They answer on the platform, and you will hear their answer by e-mail.
done-introduction_sent = Introduction sent. Both sides have received it by e-mail and find it under “Waiting for you”; when both accept, they become partners and receive each other's contact. You will hear each answer.
done-meeting_proposed = Meeting proposed. Every invitee has received an invitation with a calendar file and answers on this page; their answers appear below.
done-meeting_changed = Meeting changed. Every invitee has received the update; calendars that hold the meeting replace the earlier version.

## Asking for a new personal link
reply-renew-heading = Ask the facilitator for a new link
reply-renew-explain = The facilitator who proposed this introduction receives your request by e-mail and can send you a new link.
reply-renew-email = Your e-mail address
reply-renew-email-hint = The address the introduction was sent to.
reply-renew-message = Message to the facilitator (optional)
reply-renew-submit = Ask for a new link
reply-renew-sent-title = Your request has been sent
reply-renew-sent-advice = If this address received an introduction from the platform, the facilitator who proposed it has your request and will write to you. Nothing more is needed from you now.
email-link-renewal-subject = { $organisation } asks for a new introduction link
email-link-renewal-lead = { $contact } ({ $email }) of { $organisation } asks for a new link to answer the introduction to “{ $project }”.
email-link-renewal-used = Their link had already been used.
email-link-renewal-expired = Their link had expired with the introduction.
email-link-renewal-closed = The introduction had already been settled.
email-link-renewal-unknown = Their link did not open (it may have been cut in two); they gave their address instead.
email-link-renewal-message = Their message:
email-link-renewal-action = Propose the introduction again
brokering-merged-from = This introduction was made for { $merged }, which has since been merged into the organisation named below (the same organisation, entered twice).

waiting-needs = Needs met by new partners
waiting-need-question = Which needs does { $organisation } meet?
waiting-partner-since = Partner since

## Open data on brokering outcomes (/open-data/brokering)
open-brokering-title = Brokering outcomes
open-brokering-lead = How the introductions the facilitators propose end: per month, kind of organisation introduced and theme of the project. Open data, with no personal data.
open-brokering-how = How the table is made
open-brokering-how-month = An introduction counts in the month it was proposed, under the kind of the organisation introduced and under each theme of its project: a project with two themes counts twice, so rows do not add up and no totals are given.
open-brokering-how-public = Only public projects count; drafts do not.
open-brokering-how-median = The median days to an answer runs from the proposal to the answer that ended it: acceptance by both sides, or a decline.
open-brokering-how-withheld = Counts of 1 or 2 are withheld (“fewer than 3”) so that nobody can tell which organisation declined; when one outcome of a row is withheld, the smallest other one is withheld too, so that it cannot be worked out from the rest. A median of fewer than 3 answers is withheld.
open-brokering-json = The same data as JSON (withheld values are null)
open-brokering-empty = No introduction has been proposed to a public project yet.
open-brokering-caption = Introductions by month, kind of organisation and theme
open-brokering-month = Month proposed
open-brokering-kind = Kind of organisation
open-brokering-theme = Theme
open-brokering-proposed = Proposed
open-brokering-accepted = Accepted by both
open-brokering-declined = Declined
open-brokering-expired = Expired
open-brokering-median = Median days to an answer
open-brokering-no-theme = No theme
open-brokering-withheld = fewer than 3
