# Matching: reasons, the organisation dashboard, the profile form (issue 6).
match-list-separator = {", "}
match-reason-need_offer = Offers what the project needs: { $items }
match-reason-stage_fit = Offers what projects at the “{ $stage }” stage usually need: { $items }
match-reason-shared_themes = Shared themes: { $items }
match-reason-based_in = Based in { $country }, a country the project concerns
match-reason-interested_in = Works in or is interested in { $country }, a country the project concerns
match-reason-region = Based in or interested in { $region }, where the project takes place
match-reason-profile_text = Its profile uses the same words as the project
match-reason-past_projects = Its past projects resemble this one
match-reason-profile_text-words = Its profile mentions: { $words }
match-reason-past_projects-words = Its past projects mention: { $words }
match-reason-engagement = { $count ->
    [one] Sat on a GFMD roundtable team
   *[other] Sat on { $count } GFMD roundtable teams
}
match-reason-language = Works in { $language }
match-language-en = English
match-language-fr = French
match-language-es = Spanish
match-language-ar = Arabic
match-language-zh = Chinese
match-language-ru = Russian
match-score = Score { $score }

my-organisation-link = My organisation
my-organisation-title = { $name }: dashboard
my-organisation-public-page = Public page of the organisation
my-organisation-edit-profile = Edit the partnership profile
my-organisation-suggestions = Projects you could join
my-organisation-suggestions-hint = Ranked by how well your profile fits each project's needs, themes, countries, stage and words. Each reason shows what it added to the score.
my-organisation-suggestions-empty-profile = No suggestion yet: fill in your profile (what you offer, your themes and countries) so the platform can find projects for you.
my-organisation-suggestions-none = No public project looking for partners fits your profile at the moment.

profile-title = Partnership profile
profile-empty = This organisation has not filled in its partnership profile yet.
profile-offers = What it offers
profile-themes = Thematic interests
profile-regions = Regions of interest
profile-countries = Countries of interest
profile-languages = Working languages
profile-contacts = Contact people
profile-form-title = Partnership profile of { $name }
profile-form-hint = Facilitators and project owners see this profile, and the platform uses it to suggest partnerships. Every part is optional.
profile-offers-hint = Choose a kind for each offer and say in a few words what exactly. Leave a row empty to remove it.
profile-offer-kind = Offer { $number }: kind
profile-offer-text = Offer { $number }: what exactly
profile-offer-none = (none)
profile-countries-hint = Two-letter country codes separated by commas, for example MX, PH, KE.
profile-contacts-hint = People of your organisation whom others may contact about partnerships. Their names appear on the organisation's page.
profile-save = Save the profile
profile-saved = The profile has been saved.
profile-error-offer-kind = Choose the kind of this offer
profile-error-offer-text = Describe this offer in 500 characters or fewer
profile-error-code = Choose from the options shown
profile-error-countries = Enter two-letter country codes (ISO 3166), for example MX, PH, KE
profile-error-contact = Choose contacts among the people of your organisation
