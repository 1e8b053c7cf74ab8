# Proposals, drafts, co-owners, the duplicate check and review (issue 5, points 1-3).
# Keys are the same in the six languages; a unit test checks it.

nav-mine = My projects
nav-review = Review

## The proposal form (/projects/new, /projects/{id}/edit)

proposal-new-title = Propose a project
proposal-edit-title = Edit the proposal
proposal-on-behalf = You propose this project on behalf of { $government }.
proposal-lead = Only the title is needed to save a draft. To send the proposal to review, fill in every field not marked optional.
proposal-field-title = Title
proposal-field-summary = Summary
proposal-hint-summary = What the project is about, in a few sentences (at most 4,000 characters).
proposal-field-objectives = Objectives
proposal-field-expected-results = Expected results
proposal-hint-lines = One per line.
proposal-field-themes = Themes
proposal-field-countries = Countries concerned
proposal-hint-countries = Choose one or more: hold Ctrl (Cmd on a Mac) to choose several. Give countries, regions or both.
proposal-field-regions = Regions concerned
proposal-field-needs = What the project needs
proposal-hint-needs = One need per row: its kind and, if useful, a few words. Leave unused rows empty; save the draft to get more rows.
proposal-need-kind = Need { $count }: kind
proposal-need-description = Need { $count }: description (optional)
proposal-need-none = No need on this row
proposal-field-timeframe = Timeframe
proposal-hint-dates = Dates as year-month-day, for example 2027-03-01.
proposal-field-start = Start
proposal-field-end = End
proposal-field-budget = Budget range (optional)
proposal-hint-budget = In US dollars.
proposal-budget-none = Not stated
proposal-field-outcomes = GFMD outcomes it follows up (optional)
proposal-hint-outcomes = Open a roundtable session to see its recommendations.
proposal-field-stage = Current stage
proposal-hint-stage = A project may enter the platform at any stage.
proposal-hint-stage-fixed = After the first submission, the stage moves on the project's page, with a dated note.
proposal-field-contact = Contact
proposal-field-contact-name = Contact person
proposal-field-contact-email = Contact e-mail address
proposal-field-language = Language of the text
proposal-hint-language = The language you write the title, summary and other texts in.
proposal-continue = Continue
proposal-save-draft = Save draft
proposal-hint-buttons = “Continue” checks the proposal and shows similar projects before you submit it. “Save draft” keeps it to finish later.

## Problems with the form

proposal-error-title = Enter a title
proposal-error-title-long = Shorten the title to 200 characters or fewer
proposal-error-summary = Enter a summary
proposal-error-summary-long = Shorten the summary to 4,000 characters or fewer
proposal-error-objectives = Enter the objectives
proposal-error-expected-results = Enter the expected results
proposal-error-text-long = Shorten this text to 10,000 characters or fewer
proposal-error-themes = Choose at least one theme
proposal-error-theme-unknown = Choose themes from the list
proposal-error-places = Choose at least one country or region
proposal-error-country-unknown = Choose countries from the list
proposal-error-region-unknown = Choose regions from the list
proposal-error-need-kind = Choose the kind of this need, or empty the row
proposal-error-need-unknown = Choose the kind of need from the list
proposal-error-need-long = Shorten the description of this need to 2,000 characters or fewer
proposal-error-start = Enter the start date
proposal-error-end = Enter the end date
proposal-error-date = Enter a real date, for example 2027-03-01
proposal-error-end-before-start = The end date must be after the start date
proposal-error-budget = Choose a budget range from the list
proposal-error-outcome = Choose GFMD outcomes from the list
proposal-error-stage = Choose the current stage
proposal-error-contact-name = Enter the name of the contact person
proposal-error-contact-name-long = Shorten the contact's name to 200 characters or fewer
proposal-error-contact-email = Enter the contact's e-mail address, such as name@example.org
proposal-error-language = Choose the language of the text
proposal-error-state = This project cannot be changed in its current state.
proposal-error-already-owner = Your government already owns this project.

## Confirmations after a step

proposal-done-draft_saved = Draft saved. You can come back to it from “My projects”.
proposal-done-join_requested = Your request to join has been sent to the project's owners.
proposal-done-invitation_accepted = Your government is now a co-owner of the project.
proposal-done-invitation_declined = The invitation has been declined.
proposal-done-request_accepted = The government that asked to join is now a co-owner.
proposal-done-request_declined = The request to join has been declined.
proposal-done-co_owner_invited = Invitation sent. A delegate of that government confirms it on the platform.
proposal-done-decided = Decision recorded. The owners have been told by e-mail.

## Duplicate check (/projects/{id}/check)

check-title = Similar projects
check-lead = Before you submit, see whether another government already runs a project like yours:
check-none = No similar project was found. You can submit your proposal.
check-found = These projects resemble yours. You can submit your proposal anyway, or ask to join one of them as co-owner.
check-similarity = Similarity { $count } %
similar-band-same = Very likely the same project
similar-band-related = Related project
check-own-project = Your government's project
check-join = Ask to join
check-join-hint = The owners of the project answer your request; if they accept, your government becomes a co-owner. Your proposal stays in your drafts.
check-continue-heading = Submit your proposal
check-submit = Submit for review
check-back = Back to the proposal

## My projects (/projects/mine)

mine-title = My projects
mine-lead = Projects of { $government }, and what waits for your answer.
mine-propose = Propose a project
mine-invitations = Invitations to co-own a project
mine-join-requests = Requests to join your projects
mine-join-request = { $government } asks to join:
mine-accept = Accept
mine-decline = Decline
mine-drafts = Drafts
mine-drafts-none = No draft.
mine-changed = last changed on { $date }
mine-projects = Your government's projects
mine-projects-none = Your government owns no submitted project yet.
mine-col-project = Project
mine-col-status = Status
mine-col-stage = Stage
mine-col-owners = Owners
mine-sent-requests = Your requests to join other projects

## Co-owners (/projects/{id}/co-owners)

co-owners-title = Co-owners
co-owners-current = Owners
co-owners-invited = Invitations
co-owners-invite = Invite a government
co-owners-invite-lead = A delegate of the government you invite confirms or declines on the platform. Once confirmed, it owns the project with you.
co-owners-government = Government
co-owners-choose = Choose a government
co-owners-send = Send the invitation
co-owner-error-government = Choose a government from the list
co-owner-error-pending = That government is already an owner or already invited

## Project page additions

project-decision = Review decision
project-expected-results = Expected results
project-timeframe = Timeframe
project-budget = Budget range
project-contact = Contact
project-regions = Regions concerned
project-owner-actions = For the owners
project-edit = Edit the proposal
project-submit = Check and submit for review
project-co-owners = Co-owners
project-withdraw = Withdraw the project
project-review-link = Review this project
duplicates-heading = Possible duplicates
duplicates-flag = Likely duplicate of an existing project

## Review (/review)

review-queue-title = Review queue
review-queue-lead = Projects submitted by governments, waiting for a decision by the GFMD structures. The oldest come first.
review-queue-empty = No project is waiting for review.
review-queue-count = { $count ->
        [one] { $count } project waits for review.
       *[other] { $count } projects wait for review.
    }
review-submitted-on = submitted on { $date }
review-title = Review
review-open-project = Open the project's page
review-decision = Decision
review-comments = Comments
review-comments-hint = Required when you ask for changes (what to change) or decline (the reason). The owners receive them by e-mail.
review-send = Record the decision
review-error-decision = Choose a decision
review-error-comments = Say what the owners should change
review-error-reason = Give the reason for declining
review-error-comments-long = Shorten the comments to 2,000 characters or fewer

## Code lists

budget-under_50k = Under 50,000 USD
budget-50k_250k = 50,000 to 250,000 USD
budget-250k_1m = 250,000 to 1 million USD
budget-over_1m = Over 1 million USD
decision-endorse = Endorse
decision-request_changes = Request changes
decision-decline = Decline
answer-pending = Waiting for an answer
answer-accepted = Accepted
answer-declined = Declined

## Review decision e-mail

email-review-subject-endorse = Endorsed: { $title }
email-review-subject-request_changes = Changes requested: { $title }
email-review-subject-decline = Declined: { $title }
email-review-lead-endorse = The GFMD reviewers have endorsed your government's project “{ $title }”. The endorsement and its date now show on the project's page.
email-review-lead-request_changes = The GFMD reviewers ask for changes to your government's project “{ $title }”. Edit the proposal, then submit it again.
email-review-lead-decline = The GFMD reviewers have declined your government's project “{ $title }”.
email-review-comments = The reviewer's comments:
email-review-action = Open the project:
email-review-link = Open the project
