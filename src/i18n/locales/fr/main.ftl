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
footer-brokering-outcomes = Résultats des mises en relation

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

## Comptes
sign-in = Se connecter
sign-out = Se déconnecter
login-title = Connexion
login-submit = Se connecter
login-error-email = Saisissez votre adresse électronique, par exemple nom@example.org.
login-error-password-empty = Saisissez votre mot de passe.
login-error-wrong = L’adresse électronique ou le mot de passe est incorrect. Vérifiez les deux et réessayez.
login-error-throttled = Trop de tentatives de connexion. Attendez 15 minutes, puis réessayez.
field-email = Adresse électronique
field-password = Mot de passe
field-name = Nom
field-language = Langue de l’interface et des courriels
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
password-hint = Au moins 10 caractères. Quelques mots sans lien entre eux forment un mot de passe solide.
password-error-length = Choisissez un mot de passe de 10 à 128 caractères.
form-error-summary = Il y a un problème
form-error-title-prefix = Erreur :
account-title = Votre compte
account-role = Rôle
account-organisation = Organisation
account-no-organisation = Aucune
account-profile = Nom et langue
account-save = Enregistrer
account-saved = Vos modifications ont été enregistrées.
account-password = Mot de passe
account-change-password = Changer le mot de passe
account-password-changed = Votre mot de passe a été changé. Vos autres sessions ont été fermées.
account-error-name = Saisissez un nom de 1 à 100 caractères.
account-error-language = Choisissez l’une des six langues.
account-error-current = Votre mot de passe actuel est incorrect.
demo-heading = Essayer la plateforme
demo-lead = Ceci est une démonstration. Connectez-vous en un clic sous l’identité de l’une de ces personnes pour voir ce que permet chaque rôle.
demo-sign-in-as = Se connecter avec le rôle { $role }
error-403-title = Vous ne pouvez pas effectuer cette action
error-403-advice = Si vous pensez que vous devriez pouvoir le faire, contactez l’Unité d’appui du FMMD.
error-429-title = Trop de demandes
error-429-advice = Attendez quelques minutes, puis réessayez.
error-forbidden = Votre rôle ne permet pas cette action.
error-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
