## Platform for Partnerships: English interface text.
## Every key here must exist in every other language (a test checks it).

site-name = Platform for Partnerships
skip-to-content = Skip to main content
nav-label = Main
nav-projects = Projects
nav-organisations = Organisations
nav-themes = Themes
nav-about = About
language-label = Language
footer-facilitates = The Platform for Partnerships of the Global Forum on Migration and Development facilitates partnerships. It does not fund, implement or select projects.
footer-open-data = Open data (JSON)
footer-brokering-outcomes = Brokering outcomes

search = Search
search-projects = Search projects
themes = Themes
owned-by = Owned by
roundtable-session = Roundtable session { $session }
pagination = Pages
page-previous = Previous page
page-next = Next page
page-of = Page { $page } of { $pages }

## Home
home-title = Home
home-lead = Governments propose and track migration-and-development projects here; the GFMD Support Unit links them with partners who can help, and anyone can follow their progress.
home-by-stage = Projects by stage
home-totals-projects = { $count ->
    [one] { $count } public project
   *[other] { $count } public projects
}
home-totals-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
home-totals-outcomes = { $count ->
    [one] { $count } GFMD recommendation to follow up
   *[other] { $count } GFMD recommendations to follow up
}
home-latest = Latest projects
home-no-projects = No project has been published yet.
home-all-projects = All projects
home-does = What the platform does
home-does-1 = Gathers projects proposed by governments, with what they need, at any stage of their life.
home-does-2 = Finds organisations that could partner in a project and explains why.
home-does-3 = Introduces prospective partners to each other by email, and arranges meetings.
home-does-4 = Shares ideas, questions and progress with everyone who follows a project.
home-does-not = What it does not do
home-does-not-1 = It does not fund projects: funding is mainly the responsibility of the states concerned.
home-does-not-2 = It does not implement projects.
home-does-not-3 = It does not select projects: GFMD structures review them.

## Filters and lists
filters-label = Filter projects
filter-q = Words
filter-stage = Stage
filter-theme = Theme
filter-country = Country
filter-need = Need
filter-kind = Kind of organisation
filter-any = Any
filter-apply = Show results
filter-clear = Clear filters
projects-title = Projects
projects-found = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
projects-none = No project matches these filters. Try fewer filters or other words.
organisations-title = Organisations
organisations-found = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
organisations-none = No organisation matches these filters.

## A project
project-summary = Summary
project-objectives = Objectives and activities
project-origin = Origin
project-timeline = Stage timeline
project-timeline-empty = No stage change has been recorded yet.
project-needs = What the project needs
project-needs-none = No need has been listed.
project-outcomes = GFMD recommendations it follows up
project-outcomes-none = This project does not follow up a recorded GFMD recommendation.
project-partners = Owners and partners
project-partners-none = No partner has been recorded yet.
project-no-owner = The 2010 report names no owning government for this project.
project-countries = Countries concerned

## An organisation
organisation-projects = Projects
organisation-projects-none = This organisation takes part in no public project yet.
organisation-engagements = Part in the GFMD
organisation-engagements-none = No engagement has been recorded.

## Themes
themes-title = Themes
themes-lead = Projects and organisations are tagged with themes drawn from the GFMD roundtables and working groups.
theme-no-projects = No public project has this theme yet.
theme-all-projects = All projects with this theme
theme-outcomes = GFMD recommendations on this theme
theme-outcomes-none = No GFMD recommendation is filed under this theme.
outcome-followed-by = Followed up by:

## About
about-title = About the platform
about-lead = The Platform for Partnerships was launched at the fourth meeting of the Global Forum on Migration and Development (Puerto Vallarta, Mexico, November 2010) to promote practical, action-oriented partnerships between governments and other actors, especially to carry out GFMD recommendations.
about-who-heading = Who does what
about-who-governments = Governments
about-who-governments-text = Propose, own and implement projects, and bear the main responsibility for funding them.
about-who-structures = GFMD structures
about-who-structures-text = The Chair-in-Office, the Steering Group and the ad hoc working groups review and select projects.
about-who-support-unit = The GFMD Support Unit
about-who-support-unit-text = Runs the platform and links prospective partners; it neither selects nor implements projects.
about-who-partners = Partners
about-who-partners-text = International organisations, civil society, diaspora organisations, foundations, academia and the private sector support, implement and fund projects.
about-who-observers = Observers
about-who-observers-text = Anyone may read every public page and follow a project's progress.
about-stages-heading = The life of a project
about-online-offline-heading = Online and offline
about-online = Online, the platform gathers ideas, questions and updates on projects and shares them with everyone concerned.
about-offline = Offline, it arranges meetings between actual and potential partners.
about-data-heading = Open data
about-data = Everything public on the platform can also be read as JSON, for research and reuse.

## Errors
error-status = Error code { $status }
error-go-home = Go to the home page
error-go-projects = Browse the projects
error-bad-param = The value “{ $value }” is not valid for “{ $param }”.
error-400-title = This address contains a mistake
error-400-advice = Check the address or start again from the list.
error-404-title = Page not found
error-404-advice = The page may have moved, or the address may be mistyped.
error-405-title = This action is not possible here
error-405-advice = Go back and try again from the page itself.
error-4xx-title = This request cannot be answered
error-4xx-advice = Go back and try again.
error-500-title = Something went wrong on our side
error-500-advice = The problem has been recorded. Please try again in a few minutes.
error-503-title = The platform is briefly unavailable
error-503-advice = Its database cannot be reached just now. Please try again in a few minutes.

## Accounts
sign-in = Sign in
sign-out = Sign out
login-title = Sign in
login-submit = Sign in
login-error-email = Enter your e-mail address, such as name@example.org.
login-error-password-empty = Enter your password.
login-error-wrong = The e-mail address or the password is not right. Check both and try again.
login-error-throttled = Too many attempts to sign in. Wait 15 minutes, then try again.
field-email = E-mail address
field-password = Password
field-name = Name
field-language = Language of the interface and of e-mails
field-current-password = Current password
field-new-password = New password
password-hint = At least 10 characters. A few unrelated words make a strong password.
password-error-length = Choose a password of 10 to 128 characters.
form-error-summary = There is a problem
form-error-title-prefix = Error:
account-title = Your account
account-role = Role
account-organisation = Organisation
account-no-organisation = None
account-profile = Name and language
account-save = Save
account-saved = Your changes are saved.
account-password = Password
account-change-password = Change password
account-password-changed = Your password is changed. Other sessions have been signed out.
account-error-name = Enter a name of 1 to 100 characters.
account-error-language = Choose one of the six languages.
account-error-current = Your current password is not right.
demo-heading = Try the platform
demo-lead = This is a demonstration. Sign in with one click as one of these people to see what each role can do.
demo-sign-in-as = Sign in as { $role }
error-403-title = You cannot do this
error-403-advice = If you think you should be able to, contact the GFMD Support Unit.
error-429-title = Too many requests
error-429-advice = Wait a few minutes, then try again.
error-forbidden = Your role does not allow this action.
error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
