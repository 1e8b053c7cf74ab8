## Avancement d’un projet : étapes, actualités, jalons, partenaires (ticket 5)
progress-heading = Avancement
progress-overdue = Actualité en retard.
progress-overdue-detail = { $count ->
    [one] Un projet en cours doit publier une actualité au moins chaque jour.
   *[other] Un projet en cours doit publier une actualité au moins tous les { $count } jours.
}
progress-manage-link = Gérer l’étape, les actualités, les jalons et les partenaires
progress-follow-up-link = Suivi de tous les projets
progress-milestones = Jalons
progress-milestones-none = Aucun jalon n’a encore été fixé.
progress-due = échéance
progress-reached = atteint le
progress-not-reached = pas encore atteint
progress-updates = Actualités
progress-updates-none = Aucune actualité n’a encore été publiée.
progress-done-stage = Le projet est passé à sa nouvelle étape.
progress-done-update = Votre actualité est publiée.
progress-done-milestone = Le jalon est ajouté.
progress-done-reached = Le jalon est marqué comme atteint.
progress-done-partner-added = Le partenaire est ajouté.
progress-done-partner-removed = Le partenaire est retiré.
progress-error-stage = Choisissez l’étape à laquelle le projet passe.
progress-error-same-stage = Le projet est déjà à cette étape : choisissez-en une autre.
progress-error-date = Saisissez une date comme 2026-03-31.
progress-error-date-future = La date ne peut pas être postérieure à aujourd’hui.
progress-error-date-before-last = Le dernier changement d’étape est daté du { $date } : la date ne peut pas être antérieure.
progress-error-date-range = Saisissez une date entre 1990 et 2100.
progress-error-too-long = { $count ->
    [one] Raccourcissez le texte à { $count } caractère.
   *[other] Raccourcissez le texte à { $count } caractères au plus.
}
progress-error-update-empty = Décrivez ce qui s’est passé depuis la dernière actualité.
progress-error-milestone-empty = Indiquez en quoi consiste le jalon.
progress-error-organisation = Choisissez l’organisation parmi celles trouvées.
progress-error-role = Choisissez le rôle du partenaire.
progress-error-already-partner = Cette organisation est déjà partenaire dans ce rôle.
progress-error-question-empty = Écrivez votre question.
progress-error-answer-empty = Écrivez la réponse.
progress-error-reason-empty = Indiquez pourquoi ce contenu est masqué ; la raison s’affiche à sa place.

## La page des gestionnaires
manage-title = Gérer le projet
manage-stage = Étape
manage-new-stage = Nouvelle étape
manage-choose = Choisir…
manage-stage-date = Date du changement
manage-date-hint = Aujourd’hui, sauf indication contraire ; elle ne peut pas être postérieure à aujourd’hui.
manage-stage-note = Note (facultative) : ce qui s’est passé
manage-stage-submit = Changer d’étape
manage-update = Publier une actualité
manage-update-text = Ce qui s’est passé
manage-plain-text-hint = Texte brut ; les adresses web commençant par http:// ou https:// deviennent des liens.
manage-update-date = Date de l’actualité
manage-update-submit = Publier l’actualité
manage-milestone-add = Ajouter un jalon
manage-milestone-title = Jalon
manage-milestone-due = Échéance
manage-milestone-submit = Ajouter le jalon
manage-mark-reached = Marquer comme atteint
manage-partner-add = Ajouter un partenaire
manage-partner-search = Chercher une organisation par son nom ou son code
manage-partner-find = Chercher
manage-partner-none-found = Aucune organisation ne correspond à ces mots.
manage-partner-organisation = Organisation
manage-partner-role = Rôle
manage-partner-submit = Ajouter le partenaire
manage-partner-remove = Retirer

## Liste de suivi
follow-up-title = Suivi des projets
follow-up-lead-own = Les projets en cours de votre gouvernement, ceux sans nouvelles depuis le plus longtemps en premier.
follow-up-lead-all = Tous les projets en cours, ceux sans nouvelles depuis le plus longtemps en premier.
follow-up-none = Aucun projet en cours.
follow-up-overdue-count = { $count ->
    [0] Aucune actualité n’est en retard.
    [one] L’actualité d’un projet est en retard.
   *[other] Les actualités de { $count } projets sont en retard.
}
follow-up-caption = Projets en cours et leur dernière actualité
follow-up-project = Projet
follow-up-stage = Étape
follow-up-last-update = Dernière actualité
follow-up-flag = Actualité
follow-up-never = aucune pour l’instant
follow-up-up-to-date = à jour

## Questions et commentaires
questions-heading = Questions et commentaires
questions-none = Aucune question n’a encore été posée.
questions-hidden = Masqué par un facilitateur :
questions-answered-by = Réponse de
questions-answer = Répondre à cette question
questions-correct-answer = Corriger la réponse
questions-send-answer = Publier la réponse
questions-hide-question-reason = Raison du masquage de cette question
questions-hide-question = Masquer la question
questions-hide-answer-reason = Raison du masquage de cette réponse
questions-hide-answer = Masquer la réponse
questions-ask-label = Votre question ou commentaire
questions-ask-hint = Texte brut, affiché publiquement avec votre nom. Les adresses web deviennent des liens.
questions-ask = Publier
questions-sign-in = Connectez-vous pour poser une question

## Recommandations du FMMD
outcomes-title = Recommandations du FMMD
outcomes-lead = Les recommandations des tables rondes du FMMD 2010 à Puerto Vallarta, par session, avec les projets qui donnent suite à chacune.
outcomes-all-link = Toutes les recommandations du FMMD et leur suivi
outcomes-followed-count = { $count ->
    [0] aucun projet n’y donne encore suite
    [one] un projet y donne suite
   *[other] { $count } projets y donnent suite
}
outcome-title = Recommandation
outcome-projects = Projets qui y donnent suite
outcome-projects-none = Aucun projet public ne donne encore suite à cette recommandation.

# Besoins couverts par un partenaire (issue 13, point 5)
needs-title = Quels besoins { $organisation } couvre-t-il ?
needs-lead = Indiquez pour chaque besoin du projet si ce partenaire le couvre. La page du projet montre chaque besoin comme ouvert, couvert en partie ou couvert, et les facilitateurs cessent de chercher des partenaires pour les besoins couverts.
needs-answer-none = { $organisation } ne le couvre pas
needs-answer-partly = { $organisation } en couvre une partie
needs-answer-fully = { $organisation } le couvre
needs-submit = Enregistrer
needs-error = Choisissez une réponse pour chaque besoin : { $organisation } le couvre, en couvre une partie, ou non.
manage-partner-needs = Besoins couverts
progress-done-needs = Enregistré. La page du projet montre quels besoins sont couverts ; un projet dont tous les besoins sont couverts quitte la file des facilitateurs.
