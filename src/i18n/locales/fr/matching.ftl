# Mise en relation : raisons, tableau de bord de l'organisation, formulaire de profil (issue 6).
match-list-separator = {", "}
match-reason-need_offer = Offre ce dont le projet a besoin : { $items }
match-reason-stage_fit = Offre ce dont les projets à l'étape « { $stage } » ont d'ordinaire besoin : { $items }
match-reason-shared_themes = Thèmes communs : { $items }
match-reason-based_in = Établie en/au { $country }, un pays concerné par le projet
match-reason-interested_in = Travaille en/au { $country } ou s'y intéresse, un pays concerné par le projet
match-reason-region = Établie dans la région { $region }, ou s'y intéresse, là où se déroule le projet
match-reason-profile_text = Son profil emploie les mêmes mots que le projet
match-reason-past_projects = Ses projets passés ressemblent à celui-ci
match-reason-profile_text-words = Son profil mentionne : { $words }
match-reason-past_projects-words = Ses projets passés mentionnent : { $words }
match-reason-engagement = { $count ->
    [one] A siégé dans une équipe de table ronde du FMMD
   *[other] A siégé dans { $count } équipes de tables rondes du FMMD
}
match-reason-language = Travaille en { $language }
match-language-en = anglais
match-language-fr = français
match-language-es = espagnol
match-language-ar = arabe
match-language-zh = chinois
match-language-ru = russe
match-score = Score { $score }

my-organisation-link = Mon organisation
my-organisation-title = { $name } : tableau de bord
my-organisation-public-page = Page publique de l'organisation
my-organisation-edit-profile = Modifier le profil de partenariat
my-organisation-suggestions = Projets que vous pourriez rejoindre
my-organisation-suggestions-hint = Classés selon l'adéquation de votre profil aux besoins, thèmes, pays, étape et termes de chaque projet. Chaque raison indique ce qu'elle a ajouté au score.
my-organisation-suggestions-empty-profile = Aucune suggestion pour l'instant : remplissez votre profil (ce que vous offrez, vos thèmes et vos pays) pour que la plateforme trouve des projets pour vous.
my-organisation-suggestions-none = Aucun projet public en recherche de partenaires ne correspond à votre profil pour le moment.

profile-title = Profil de partenariat
profile-empty = Cette organisation n'a pas encore rempli son profil de partenariat.
profile-offers = Ce qu'elle offre
profile-themes = Intérêts thématiques
profile-regions = Régions d'intérêt
profile-countries = Pays d'intérêt
profile-languages = Langues de travail
profile-contacts = Personnes de contact
profile-form-title = Profil de partenariat de { $name }
profile-form-hint = Les facilitateurs et les porteurs de projets voient ce profil, et la plateforme s'en sert pour proposer des partenariats. Chaque partie est facultative.
profile-offers-hint = Choisissez un type pour chaque offre et précisez en quelques mots de quoi il s'agit. Laissez une ligne vide pour la supprimer.
profile-offer-kind = Offre { $number } : type
profile-offer-text = Offre { $number } : en quoi elle consiste
profile-offer-none = (aucune)
profile-countries-hint = Codes de pays à deux lettres séparés par des virgules, par exemple MX, PH, KE.
profile-contacts-hint = Personnes de votre organisation que d'autres peuvent contacter au sujet de partenariats. Leur nom apparaît sur la page de l'organisation.
profile-save = Enregistrer le profil
profile-saved = Le profil a été enregistré.
profile-error-offer-kind = Choisissez le type de cette offre
profile-error-offer-text = Décrivez cette offre en 500 caractères au plus
profile-error-code = Choisissez parmi les options proposées
profile-error-countries = Saisissez des codes de pays à deux lettres (ISO 3166), par exemple MX, PH, KE
profile-error-contact = Choisissez les contacts parmi les personnes de votre organisation
