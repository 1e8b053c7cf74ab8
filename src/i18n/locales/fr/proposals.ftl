# Propositions, brouillons, copropriétaires, vérification des doublons et examen (ticket 5, points 1 à 3).
# Les clés sont les mêmes dans les six langues ; un test unitaire le vérifie.

nav-mine = Mes projets
nav-review = Examen

## Le formulaire de proposition

proposal-new-title = Proposer un projet
proposal-edit-title = Modifier la proposition
proposal-on-behalf = Vous proposez ce projet au nom de { $government }.
proposal-lead = Seul le titre est nécessaire pour enregistrer un brouillon. Pour envoyer la proposition à l’examen, remplissez tous les champs qui ne sont pas marqués facultatifs.
proposal-field-title = Titre
proposal-field-summary = Résumé
proposal-hint-summary = L’objet du projet, en quelques phrases (4 000 caractères au plus).
proposal-field-objectives = Objectifs
proposal-field-expected-results = Résultats attendus
proposal-hint-lines = Un par ligne.
proposal-field-themes = Thèmes
proposal-field-countries = Pays concernés
proposal-hint-countries = Choisissez-en un ou plusieurs : maintenez Ctrl (Cmd sur Mac) pour en choisir plusieurs. Indiquez des pays, des régions ou les deux.
proposal-field-regions = Régions concernées
proposal-field-needs = Besoins du projet
proposal-hint-needs = Un besoin par ligne : sa nature et, si c’est utile, quelques mots. Laissez vides les lignes inutilisées ; enregistrez le brouillon pour obtenir d’autres lignes.
proposal-need-kind = Besoin { $count } : nature
proposal-need-description = Besoin { $count } : description (facultative)
proposal-need-none = Aucun besoin sur cette ligne
proposal-field-timeframe = Calendrier
proposal-hint-dates = Dates au format année-mois-jour, par exemple 2027-03-01.
proposal-field-start = Début
proposal-field-end = Fin
proposal-field-budget = Fourchette budgétaire (facultative)
proposal-hint-budget = En dollars des États-Unis.
proposal-budget-none = Non indiquée
proposal-field-outcomes = Résultats du FMMD auxquels il donne suite (facultatif)
proposal-hint-outcomes = Ouvrez une table ronde pour voir ses recommandations.
proposal-field-stage = Étape actuelle
proposal-hint-stage = Un projet peut entrer sur la plateforme à n’importe quelle étape.
proposal-hint-stage-fixed = Après la première soumission, l’étape change sur la page du projet, avec une note datée.
proposal-field-contact = Contact
proposal-field-contact-name = Personne à contacter
proposal-field-contact-email = Adresse électronique de contact
proposal-field-language = Langue du texte
proposal-hint-language = La langue dans laquelle vous écrivez le titre, le résumé et les autres textes.
proposal-continue = Continuer
proposal-save-draft = Enregistrer le brouillon
proposal-hint-buttons = « Continuer » vérifie la proposition et montre les projets semblables avant que vous la soumettiez. « Enregistrer le brouillon » la garde pour la terminer plus tard.

## Problèmes dans le formulaire

proposal-error-title = Saisissez un titre
proposal-error-title-long = Raccourcissez le titre à 200 caractères au plus
proposal-error-summary = Saisissez un résumé
proposal-error-summary-long = Raccourcissez le résumé à 4 000 caractères au plus
proposal-error-objectives = Saisissez les objectifs
proposal-error-expected-results = Saisissez les résultats attendus
proposal-error-text-long = Raccourcissez ce texte à 10 000 caractères au plus
proposal-error-themes = Choisissez au moins un thème
proposal-error-theme-unknown = Choisissez les thèmes dans la liste
proposal-error-places = Choisissez au moins un pays ou une région
proposal-error-country-unknown = Choisissez les pays dans la liste
proposal-error-region-unknown = Choisissez les régions dans la liste
proposal-error-need-kind = Choisissez la nature de ce besoin, ou videz la ligne
proposal-error-need-unknown = Choisissez la nature du besoin dans la liste
proposal-error-need-long = Raccourcissez la description de ce besoin à 2 000 caractères au plus
proposal-error-start = Saisissez la date de début
proposal-error-end = Saisissez la date de fin
proposal-error-date = Saisissez une date réelle, par exemple 2027-03-01
proposal-error-end-before-start = La date de fin doit être postérieure à la date de début
proposal-error-budget = Choisissez une fourchette budgétaire dans la liste
proposal-error-outcome = Choisissez les résultats du FMMD dans la liste
proposal-error-stage = Choisissez l’étape actuelle
proposal-error-contact-name = Saisissez le nom de la personne à contacter
proposal-error-contact-name-long = Raccourcissez le nom du contact à 200 caractères au plus
proposal-error-contact-email = Saisissez l’adresse électronique du contact, par exemple nom@example.org
proposal-error-language = Choisissez la langue du texte
proposal-error-state = Ce projet ne peut pas être modifié dans son état actuel.
proposal-error-already-owner = Votre gouvernement est déjà propriétaire de ce projet.

## Confirmations

proposal-done-draft_saved = Brouillon enregistré. Vous le retrouverez dans « Mes projets ».
proposal-done-join_requested = Votre demande d’adhésion a été envoyée aux propriétaires du projet.
proposal-done-invitation_accepted = Votre gouvernement est désormais copropriétaire du projet.
proposal-done-invitation_declined = L’invitation a été déclinée.
proposal-done-request_accepted = Le gouvernement qui demandait à rejoindre le projet en est désormais copropriétaire.
proposal-done-request_declined = La demande d’adhésion a été refusée.
proposal-done-co_owner_invited = Invitation envoyée. Un délégué de ce gouvernement la confirme sur la plateforme.
proposal-done-decided = Décision enregistrée. Les propriétaires en ont été informés par courriel.

## Vérification des doublons

check-title = Projets semblables
check-lead = Avant de soumettre, vérifiez si un autre gouvernement mène déjà un projet comparable au vôtre :
check-none = Aucun projet semblable n’a été trouvé. Vous pouvez soumettre votre proposition.
check-found = Ces projets ressemblent au vôtre. Vous pouvez tout de même soumettre votre proposition, ou demander à rejoindre l’un d’eux comme copropriétaire.
check-similarity = Similarité { $count } %
similar-band-same = Très probablement le même projet
similar-band-related = Projet apparenté
check-own-project = Projet de votre gouvernement
check-join = Demander à rejoindre
check-join-hint = Les propriétaires du projet répondent à votre demande ; s’ils l’acceptent, votre gouvernement devient copropriétaire. Votre proposition reste dans vos brouillons.
check-continue-heading = Soumettre votre proposition
check-submit = Soumettre à l’examen
check-back = Retour à la proposition

## Mes projets

mine-title = Mes projets
mine-lead = Les projets de { $government } et ce qui attend votre réponse.
mine-propose = Proposer un projet
mine-invitations = Invitations à copropriété d’un projet
mine-join-requests = Demandes d’adhésion à vos projets
mine-join-request = { $government } demande à rejoindre :
mine-accept = Accepter
mine-decline = Refuser
mine-drafts = Brouillons
mine-drafts-none = Aucun brouillon.
mine-changed = modifié le { $date }
mine-projects = Les projets de votre gouvernement
mine-projects-none = Votre gouvernement n’a encore soumis aucun projet.
mine-col-project = Projet
mine-col-status = État
mine-col-stage = Étape
mine-col-owners = Propriétaires
mine-sent-requests = Vos demandes d’adhésion à d’autres projets

## Copropriétaires

co-owners-title = Copropriétaires
co-owners-current = Propriétaires
co-owners-invited = Invitations
co-owners-invite = Inviter un gouvernement
co-owners-invite-lead = Un délégué du gouvernement invité accepte ou refuse sur la plateforme. Une fois l’invitation acceptée, ce gouvernement est propriétaire du projet avec vous.
co-owners-government = Gouvernement
co-owners-choose = Choisissez un gouvernement
co-owners-send = Envoyer l’invitation
co-owner-error-government = Choisissez un gouvernement dans la liste
co-owner-error-pending = Ce gouvernement est déjà propriétaire ou déjà invité

## Page du projet

project-decision = Décision d’examen
project-expected-results = Résultats attendus
project-timeframe = Calendrier
project-budget = Fourchette budgétaire
project-contact = Contact
project-regions = Régions concernées
project-owner-actions = Pour les propriétaires
project-edit = Modifier la proposition
project-submit = Vérifier et soumettre à l’examen
project-co-owners = Copropriétaires
project-withdraw = Retirer le projet
project-review-link = Examiner ce projet
duplicates-heading = Doublons possibles
duplicates-flag = Probablement un doublon d’un projet existant

## Examen

review-queue-title = Projets à examiner
review-queue-lead = Projets soumis par des gouvernements, en attente d’une décision des structures du FMMD. Les plus anciens viennent en premier.
review-queue-empty = Aucun projet n’attend d’examen.
review-queue-count = { $count ->
        [one] { $count } projet attend un examen.
       *[other] { $count } projets attendent un examen.
    }
review-submitted-on = soumis le { $date }
review-title = Examen
review-open-project = Ouvrir la page du projet
review-decision = Décision
review-comments = Commentaires
review-comments-hint = Obligatoires si vous demandez des modifications (lesquelles) ou si vous refusez (le motif). Les propriétaires les reçoivent par courriel.
review-send = Enregistrer la décision
review-error-decision = Choisissez une décision
review-error-comments = Indiquez ce que les propriétaires doivent modifier
review-error-reason = Indiquez le motif du refus
review-error-comments-long = Raccourcissez les commentaires à 2 000 caractères au plus

## Listes de codes

budget-under_50k = Moins de 50 000 USD
budget-50k_250k = De 50 000 à 250 000 USD
budget-250k_1m = De 250 000 USD à 1 million USD
budget-over_1m = Plus de 1 million USD
decision-endorse = Approuver
decision-request_changes = Demander des modifications
decision-decline = Refuser
answer-pending = En attente de réponse
answer-accepted = Acceptée
answer-declined = Refusée

## Courriel de décision d’examen

email-review-subject-endorse = Approuvé : { $title }
email-review-subject-request_changes = Modifications demandées : { $title }
email-review-subject-decline = Refusé : { $title }
email-review-lead-endorse = Les examinateurs du FMMD ont approuvé le projet de votre gouvernement « { $title } ». L’approbation et sa date figurent désormais sur la page du projet.
email-review-lead-request_changes = Les examinateurs du FMMD demandent des modifications au projet de votre gouvernement « { $title } ». Modifiez la proposition, puis soumettez-la de nouveau.
email-review-lead-decline = Les examinateurs du FMMD ont refusé le projet de votre gouvernement « { $title } ».
email-review-comments = Commentaires de l’examinateur :
email-review-action = Ouvrir le projet :
email-review-link = Ouvrir le projet
