## Plateforme pour les partenariats : textes de l’interface en français.
## Chaque clé doit exister dans toutes les autres langues (un test le vérifie).

site-name = Plateforme pour les partenariats
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-projects = Projets
nav-organisations = Organisations
nav-themes = Thèmes
nav-about = À propos
language-label = Langue
footer-facilitates = La Plateforme pour les partenariats du Forum mondial sur la migration et le développement facilite les partenariats. Elle ne finance, ne met en œuvre ni ne sélectionne de projets.
footer-open-data = Données ouvertes (JSON)

search = Rechercher
search-projects = Rechercher des projets
themes = Thèmes
owned-by = Porté par
roundtable-session = Séance de table ronde { $session }
pagination = Pages
page-previous = Page précédente
page-next = Page suivante
page-of = Page { $page } sur { $pages }

## Accueil
home-title = Accueil
home-lead = Les gouvernements proposent ici des projets sur la migration et le développement et en suivent l’avancement ; l’Unité d’appui du FMMD les met en relation avec des partenaires en mesure de les aider, et chacun peut suivre leurs progrès.
home-by-stage = Projets par étape
home-totals-projects = { $count ->
    [one] { $count } projet public
   *[other] { $count } projets publics
}
home-totals-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
home-totals-outcomes = { $count ->
    [one] { $count } recommandation du FMMD appelant un suivi
   *[other] { $count } recommandations du FMMD appelant un suivi
}
home-latest = Derniers projets
home-no-projects = Aucun projet n’a encore été publié.
home-all-projects = Tous les projets
home-does = Ce que fait la plateforme
home-does-1 = Rassemble les projets proposés par les gouvernements, avec leurs besoins, à toutes les étapes de leur vie.
home-does-2 = Repère les organisations qui pourraient devenir partenaires d’un projet et explique pourquoi.
home-does-3 = Met en relation les partenaires potentiels par courriel et organise des réunions.
home-does-4 = Partage les idées, les questions et les avancées avec tous ceux qui suivent un projet.
home-does-not = Ce qu’elle ne fait pas
home-does-not-1 = Elle ne finance pas les projets : leur financement relève principalement des États concernés.
home-does-not-2 = Elle ne met pas en œuvre les projets.
home-does-not-3 = Elle ne sélectionne pas les projets : ce sont les structures du FMMD qui les examinent.

## Filtres et listes
filters-label = Filtrer les projets
filter-q = Mots
filter-stage = Étape
filter-theme = Thème
filter-country = Pays
filter-need = Besoin
filter-kind = Type d’organisation
filter-any = Indifférent
filter-apply = Afficher les résultats
filter-clear = Effacer les filtres
projects-title = Projets
projects-found = { $count ->
    [one] { $count } projet
   *[other] { $count } projets
}
projects-none = Aucun projet ne correspond à ces filtres. Essayez avec moins de filtres ou d’autres mots.
organisations-title = Organisations
organisations-found = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
organisations-none = Aucune organisation ne correspond à ces filtres.

## Un projet
project-summary = Résumé
project-objectives = Objectifs et activités
project-origin = Origine
project-timeline = Chronologie des étapes
project-timeline-empty = Aucun changement d’étape n’a encore été enregistré.
project-needs = Besoins du projet
project-needs-none = Aucun besoin n’a été indiqué.
project-outcomes = Recommandations du FMMD auxquelles il donne suite
project-outcomes-none = Ce projet ne donne suite à aucune recommandation du FMMD enregistrée.
project-partners = Porteurs et partenaires
project-partners-none = Aucun partenaire n’a encore été enregistré.
project-no-owner = Le rapport de 2010 ne désigne aucun gouvernement porteur pour ce projet.
project-countries = Pays concernés

## Une organisation
organisation-projects = Projets
organisation-projects-none = Cette organisation ne participe encore à aucun projet public.
organisation-engagements = Participation au FMMD
organisation-engagements-none = Aucune participation n’a été enregistrée.

## Thèmes
themes-title = Thèmes
themes-lead = Les projets et les organisations sont classés selon des thèmes issus des tables rondes et des groupes de travail du FMMD.
theme-no-projects = Aucun projet public ne porte encore sur ce thème.
theme-all-projects = Tous les projets sur ce thème
theme-outcomes = Recommandations du FMMD sur ce thème
theme-outcomes-none = Aucune recommandation du FMMD n’est classée sous ce thème.
outcome-followed-by = Projets qui y donnent suite :

## À propos
about-title = À propos de la plateforme
about-lead = La Plateforme pour les partenariats a été lancée à la quatrième réunion du Forum mondial sur la migration et le développement (Puerto Vallarta, Mexique, novembre 2010) afin de promouvoir des partenariats concrets et orientés vers l’action entre les gouvernements et d’autres acteurs, notamment pour mettre en œuvre les recommandations du FMMD.
about-who-heading = Qui fait quoi
about-who-governments = Gouvernements
about-who-governments-text = Proposent et portent les projets, les mettent en œuvre et sont les principaux responsables de leur financement.
about-who-structures = Structures du FMMD
about-who-structures-text = La présidence en exercice, le Groupe de pilotage et les groupes de travail ad hoc examinent et sélectionnent les projets.
about-who-support-unit = L’Unité d’appui du FMMD
about-who-support-unit-text = Gère la plateforme et met en relation les partenaires potentiels ; elle ne sélectionne ni ne met en œuvre de projets.
about-who-partners = Partenaires
about-who-partners-text = Les organisations internationales, la société civile, les organisations de la diaspora, les fondations, les milieux universitaires et le secteur privé soutiennent, mettent en œuvre et financent des projets.
about-who-observers = Observateurs
about-who-observers-text = Chacun peut consulter toutes les pages publiques et suivre l’avancement d’un projet.
about-stages-heading = La vie d’un projet
about-online-offline-heading = En ligne et hors ligne
about-online = En ligne, la plateforme rassemble les idées, les questions et les nouvelles des projets et les partage avec toutes les personnes concernées.
about-offline = Hors ligne, elle organise des réunions entre partenaires effectifs et potentiels.
about-data-heading = Données ouvertes
about-data = Tout ce qui est public sur la plateforme peut aussi être consulté au format JSON, à des fins de recherche et de réutilisation.

## Erreurs
error-status = Code d’erreur { $status }
error-go-home = Aller à la page d’accueil
error-go-projects = Parcourir les projets
error-bad-param = La valeur « { $value } » n’est pas valide pour « { $param } ».
error-400-title = Cette adresse contient une erreur
error-400-advice = Vérifiez l’adresse ou recommencez à partir de la liste.
error-404-title = Page introuvable
error-404-advice = La page a peut-être été déplacée, ou l’adresse est mal saisie.
error-405-title = Cette action n’est pas possible ici
error-405-advice = Revenez en arrière et réessayez à partir de la page elle-même.
error-4xx-title = Impossible de répondre à cette demande
error-4xx-advice = Revenez en arrière et réessayez.
error-500-title = Un problème est survenu de notre côté
error-500-advice = Le problème a été enregistré. Veuillez réessayer dans quelques minutes.
error-503-title = La plateforme est momentanément indisponible
error-503-advice = Sa base de données est inaccessible pour le moment. Veuillez réessayer dans quelques minutes.
