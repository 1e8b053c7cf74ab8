## Progress of a project: stages, updates, milestones, partners (issue 5)
progress-heading = Progress
progress-overdue = Update overdue.
progress-overdue-detail = { $count ->
    [one] An active project is expected to post an update at least every day.
   *[other] An active project is expected to post an update at least every { $count } days.
}
progress-manage-link = Manage stage, updates, milestones and partners
progress-follow-up-link = Follow-up of all projects
progress-milestones = Milestones
progress-milestones-none = No milestone has been set yet.
progress-due = due
progress-reached = reached on
progress-not-reached = not reached yet
progress-updates = Updates
progress-updates-none = No update has been posted yet.
progress-done-stage = The project has moved to its new stage.
progress-done-update = Your update is published.
progress-done-milestone = The milestone is added.
progress-done-reached = The milestone is marked as reached.
progress-done-partner-added = The partner is added.
progress-done-partner-removed = The partner is removed.
progress-error-stage = Choose the stage the project moves to.
progress-error-same-stage = The project is already at this stage: choose another one.
progress-error-date = Enter a date such as 2026-03-31.
progress-error-date-future = The date cannot be later than today.
progress-error-date-before-last = The last stage change is dated { $date }: the date cannot be earlier.
progress-error-date-range = Enter a date between 1990 and 2100.
progress-error-too-long = { $count ->
    [one] Shorten the text to { $count } character.
   *[other] Shorten the text to { $count } characters at most.
}
progress-error-update-empty = Write what has happened since the last update.
progress-error-milestone-empty = Say what the milestone is.
progress-error-organisation = Choose the organisation among those found.
progress-error-role = Choose the partner's role.
progress-error-already-partner = This organisation is already a partner in this role.
progress-error-question-empty = Write your question.
progress-error-answer-empty = Write the answer.
progress-error-reason-empty = Say why this is hidden; the reason is shown in its place.

## The managers' page
manage-title = Manage the project
manage-stage = Stage
manage-new-stage = New stage
manage-choose = Choose…
manage-stage-date = Date of the change
manage-date-hint = Today unless you say otherwise; it cannot be later than today.
manage-stage-note = Note (optional): what happened
manage-stage-submit = Change the stage
manage-update = Post an update
manage-update-text = What has happened
manage-plain-text-hint = Plain text; web addresses starting with http:// or https:// become links.
manage-update-date = Date of the update
manage-update-submit = Publish the update
manage-milestone-add = Add a milestone
manage-milestone-title = Milestone
manage-milestone-due = Due date
manage-milestone-submit = Add the milestone
manage-mark-reached = Mark as reached
manage-partner-add = Add a partner
manage-partner-search = Find an organisation by name or code
manage-partner-find = Search
manage-partner-none-found = No organisation matches these words.
manage-partner-organisation = Organisation
manage-partner-role = Role
manage-partner-submit = Add the partner
manage-partner-remove = Remove

## Follow-up list
follow-up-title = Follow-up of projects
follow-up-lead-own = Your government's active projects, those without news for longest first.
follow-up-lead-all = All active projects, those without news for longest first.
follow-up-none = No active project.
follow-up-overdue-count = { $count ->
    [0] No update is overdue.
    [one] One project's update is overdue.
   *[other] { $count } projects' updates are overdue.
}
follow-up-caption = Active projects and their last update
follow-up-project = Project
follow-up-stage = Stage
follow-up-last-update = Last update
follow-up-flag = Update
follow-up-never = none yet
follow-up-up-to-date = up to date

## Questions and comments
questions-heading = Questions and comments
questions-none = No question has been asked yet.
questions-hidden = Hidden by a facilitator:
questions-answered-by = Answer from
questions-answer = Answer this question
questions-correct-answer = Correct the answer
questions-send-answer = Publish the answer
questions-hide-question-reason = Reason for hiding this question
questions-hide-question = Hide the question
questions-hide-answer-reason = Reason for hiding this answer
questions-hide-answer = Hide the answer
questions-ask-label = Your question or comment
questions-ask-hint = Plain text, shown publicly with your name. Web addresses become links.
questions-ask = Publish
questions-sign-in = Sign in to ask a question

## GFMD recommendations
outcomes-title = GFMD recommendations
outcomes-lead = The recommendations of the roundtables of the GFMD 2010 in Puerto Vallarta, by session, with the projects that follow each one up.
outcomes-all-link = All GFMD recommendations and their follow-up
outcomes-followed-count = { $count ->
    [0] no project follows it up yet
    [one] followed up by one project
   *[other] followed up by { $count } projects
}
outcome-title = Recommendation
outcome-projects = Projects following it up
outcome-projects-none = No public project follows up this recommendation yet.

# Which needs a partner meets (issue 13, point 5)
needs-title = Which needs does { $organisation } meet?
needs-lead = Say for each need of the project whether this partner meets it. The project page shows each need as open, partly met or met, and facilitators stop looking for partners for needs that are met.
needs-answer-none = { $organisation } does not meet it
needs-answer-partly = { $organisation } meets part of it
needs-answer-fully = { $organisation } meets it
needs-submit = Save
needs-error = Choose one answer for each need: whether { $organisation } meets it, meets part of it, or not.
manage-partner-needs = Needs it meets
progress-done-needs = Saved. The project page shows which needs are met; a project whose needs are all met leaves the facilitators' queue.
