# Following, notifications, preferences, unsubscribe, feeds (src/notify, src/web/routes/following.rs, src/web/routes/notifications.rs).

nav-notifications = { $count ->
    [0] Notifications
    [one] Notifications (1 unread)
   *[other] Notifications ({ $count } unread)
}

follow-follow = Follow
follow-unfollow = Unfollow
follow-you-follow = You follow this.
follow-sign-in = Sign in to follow
follow-feed = Atom feed
follow-feed-project = News of this project (Atom)
follow-feed-theme = News of the projects on this theme (Atom)
follow-feed-organisation = News of this organisation and its projects (Atom)
feed-all-projects = News of all projects

following-title = What you follow
following-intro = News of what you follow reaches you in the way your notification preferences say.
following-preferences-link = Notification preferences
following-none = You follow nothing yet. Use the Follow button on the page of a project, a theme or an organisation.
following-kind-project = Project
following-kind-theme = Theme
following-kind-organisation = Organisation

notifications-title = Notifications
notifications-unread = { $count ->
    [0] No unread notifications.
    [one] One unread notification.
   *[other] { $count } unread notifications.
}
notifications-read-all = Mark all as read
notifications-none = No notifications yet. Follow projects, themes or organisations to hear of their news.
notifications-new = New
notifications-mark-read = Mark as read
notifications-reason-owner = Your government owns this project.
notifications-reason-concerned = This concerns your organisation.
notifications-reason-partner = Your organisation is a partner of this project.
notifications-reason-facilitator = You are a facilitator.
notifications-reason-reviewer = You are a reviewer.
notifications-reason-follower = You follow this project, one of its themes or one of its organisations.

preferences-title = Notification preferences
preferences-intro = For each kind of news, choose how you hear of it: an e-mail at once, a daily digest, a weekly digest, or not at all. Whatever you choose except "Off", it also appears in your notifications on this site.
preferences-digest-time = Digests arrive at 07:00 in your time zone ({ $zone }); weekly digests on Mondays.
preferences-change-zone = Change your time zone
preferences-mandatory = Messages about your own government's projects and about introductions and meetings of your own organisation always arrive, even if you choose "Off": you need them to act. "Off" then means an e-mail at once.
preferences-save = Save preferences
preferences-saved = Your notification preferences are saved.
preferences-error-choice = Choose how to hear of: { $kind }.

delivery-immediately = At once
delivery-daily = Daily digest
delivery-weekly = Weekly digest
delivery-off = Off

event-kind-project_submitted = Projects submitted for review
event-kind-review_decision = Review decisions
event-kind-stage_changed = Stage changes
event-kind-update_posted = Progress updates
event-kind-milestone_reached = Milestones reached
event-kind-partner_added = New partners
event-kind-question_asked = Questions asked
event-kind-question_answered = Questions answered
event-kind-introduction_proposed = Introductions proposed
event-kind-introduction_accepted = Introductions accepted
event-kind-introduction_declined = Introductions declined
event-kind-introduction_expiring = Introductions about to expire
event-kind-interest_expressed = Interest expressed
event-kind-meeting_proposed = Meetings proposed
event-kind-meeting_changed = Meetings changed
event-kind-update_overdue = Overdue progress updates
event-kind-co_owner_invited = Invitations to co-own
event-kind-join_requested = Requests to join

event-project_submitted = { $project } was submitted for review.
event-review_decision = A review decision was made on { $project }: { $detail }.
event-stage_changed = { $project } moved to the stage: { $detail }.
event-update_posted = { $project } posted a progress update: { $detail }
event-milestone_reached = { $project } reached a milestone: { $detail }
event-partner_added = { $organisation } joined { $project } as { $detail }.
event-question_asked = A question was asked about { $project }: { $detail }
event-question_answered = A question about { $project } was answered: { $detail }
event-introduction_proposed = An introduction between { $project } and { $organisation } was proposed.
event-introduction_accepted = The introduction between { $project } and { $organisation } was accepted.
event-introduction_declined = The introduction between { $project } and { $organisation } was declined.
event-introduction_expiring = The introduction between { $project } and { $organisation } expires soon without an answer.
event-interest_expressed = { $organisation } would like to take part in { $project }.
event-meeting_proposed = A meeting about { $project } with { $organisation } was proposed.
event-meeting_changed = A meeting about { $project } changed: { $detail }
event-update_overdue = { $project } has had no progress update for a long time.
event-co_owner_invited = { $organisation } is invited to co-own { $project }.
event-join_requested = { $organisation } asks to join { $project } as a co-owner.
event-other = There is news about { $project }.
event-some-project = a project
event-some-organisation = an organisation

unsubscribe-title = Unsubscribe
unsubscribe-done-title = Unsubscribed
unsubscribe-kind = This link stops your e-mails about: { $kind }.
unsubscribe-kind-done = You will no longer receive e-mails about: { $kind }.
unsubscribe-digest-daily = This link stops your daily digest.
unsubscribe-digest-daily-done = You will no longer receive the daily digest.
unsubscribe-digest-weekly = This link stops your weekly digest.
unsubscribe-digest-weekly-done = You will no longer receive the weekly digest.
unsubscribe-confirm = Unsubscribe
unsubscribe-mandatory = Messages about your own government's projects and your own organisation's introductions and meetings still arrive.
unsubscribe-preferences = Choose what you hear about

field-time-zone = Time zone
account-time-zone-hint = Daily and weekly digests arrive at 07:00 in this time zone.
account-error-time-zone = Choose a time zone from the list.

email-reason-owner = You receive this because your government owns this project.
email-reason-concerned = You receive this because it concerns your organisation.
email-reason-partner = You receive this because your organisation is a partner of this project.
email-reason-facilitator = You receive this because you are a facilitator.
email-reason-reviewer = You receive this because you are a reviewer.
email-reason-follower = You receive this because you follow this project, one of its themes or one of its organisations.
email-notify-see = See it on the platform
email-notify-mandatory = Messages about your own projects and introductions cannot be turned off.
email-notify-unsubscribe = Stop e-mails about: { $kind }
email-notify-preferences = Choose what you hear about
email-digest-subject-daily = { $count ->
    [one] Your daily digest: 1 piece of news
   *[other] Your daily digest: { $count } pieces of news
}
email-digest-subject-weekly = { $count ->
    [one] Your weekly digest: 1 piece of news
   *[other] Your weekly digest: { $count } pieces of news
}
email-digest-intro-daily = { $count ->
    [one] Here is what happened since your last digest, by project, newest first (1 piece of news).
   *[other] Here is what happened since your last digest, by project, newest first ({ $count } pieces of news).
}
email-digest-intro-weekly = { $count ->
    [one] Here is what happened this week, by project, newest first (1 piece of news).
   *[other] Here is what happened this week, by project, newest first ({ $count } pieces of news).
}
email-digest-other = Other news
email-digest-unsubscribe-daily = Stop the daily digest
email-digest-unsubscribe-weekly = Stop the weekly digest
email-notify-unfollow = Stop following { $name }
email-digest-unfollow = Stop following this project
unsubscribe-unfollow = This link stops you following: { $name }.
unsubscribe-unfollow-done = You no longer follow: { $name }.
