## Administration (/admin) et historique public d'un projet : français.
## Mêmes clés, dans le même ordre, que en/admin.ftl (un test le vérifie).

## Index
admin-title = Administration
admin-lead = Gérer l’accès des personnes, tenir à jour l’annuaire des organisations, voir qui a modifié quoi et surveiller le courrier sortant.
admin-people-title = Personnes
admin-people-intro = Changer le rôle et l’organisation d’une personne, désactiver ou réactiver un compte.
admin-people-count = { $count ->
    [one] { $count } personne a un compte
   *[other] { $count } personnes ont un compte
}
admin-organisations-title = Organisations
admin-organisations-intro = Ajouter des organisations, corriger leurs informations et fusionner les doublons.
admin-audit-title = Journal des modifications
admin-audit-intro = Toutes les modifications faites sur la plateforme : qui les a faites, quand, et ce qui était enregistré avant et après.
admin-mail-title = Courrier
admin-mail-intro = Les messages en attente, envoyés ou abandonnés, et le renvoi de ceux qui ont échoué.
admin-mail-dead-count = { $count ->
    [0] Aucun message n’a été abandonné
    [one] { $count } message a été abandonné
   *[other] { $count } messages ont été abandonnés
}

## Mots communs
admin-none = Aucune
admin-yes = Oui
admin-no = Non
admin-role = Rôle
admin-organisation = Organisation
admin-status = État
admin-status-active = Actif
admin-status-deactivated = Désactivé
admin-verified = Adresse vérifiée
admin-language = Langue
admin-created = Compte créé le
admin-actions = Actions
admin-edit = Modifier
admin-merge = Fusionner
admin-choose = Choisir…
admin-optional = Facultatif.
admin-save = Enregistrer les modifications
admin-cancel = Annuler
admin-done-unchanged = Rien n’a changé : les valeurs étaient déjà celles-ci.
admin-governments = Gouvernements
admin-other-organisations = Autres organisations

## Personnes
admin-people-filters = Filtrer les personnes
admin-people-filter-q = Nom ou adresse électronique
admin-people-found = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
admin-people-none = Personne ne correspond à ces filtres.
admin-people-caption = Personnes, par nom
admin-person-done-role = Le rôle est modifié.
admin-person-done-deactivated = Le compte est désactivé et toutes les sessions de cette personne ont été fermées.
admin-person-done-reactivated = Le compte est de nouveau actif. La personne peut se connecter.
admin-person-role-heading = Rôle et organisation
admin-person-self-role = Vous ne pouvez pas changer votre propre rôle. Demandez-le à un autre administrateur.
admin-person-organisation-hint = Un délégué appartient à un gouvernement, un membre à n’importe quelle organisation. Les autres rôles n’en ont pas : l’organisation n’est alors pas retenue.
admin-person-role-submit = Changer le rôle
admin-person-access-heading = Accès
admin-person-active-text = Ce compte est actif : la personne peut se connecter.
admin-person-self-deactivate = Vous ne pouvez pas désactiver votre propre compte.
admin-person-deactivate-hint = La personne est aussitôt déconnectée partout et ne peut plus se connecter tant que le compte n’est pas réactivé.
admin-person-deactivate = Désactiver ce compte
admin-person-deactivated-text = Ce compte est désactivé : la personne ne peut pas se connecter.
admin-person-reactivate = Réactiver ce compte
admin-person-audit-about = Modifications concernant cette personne
admin-person-audit-by = Modifications faites par cette personne
admin-person-error-self-role = Vous ne pouvez pas changer votre propre rôle. Demandez-le à un autre administrateur.
admin-person-error-role = Choisissez un rôle.
admin-person-error-not-government = Un délégué représente un gouvernement. Choisissez un gouvernement.
admin-person-error-government = Choisissez le gouvernement que représente ce délégué.
admin-person-error-organisation = Choisissez l’organisation à laquelle appartient ce membre.
admin-person-error-last-administrator = C’est le dernier administrateur actif. Donnez d’abord le rôle d’administrateur à une autre personne.
admin-person-error-self-deactivate = Vous ne pouvez pas désactiver votre propre compte. Demandez-le à un autre administrateur.

## Organisations
admin-organisations-filters = Rechercher des organisations
admin-organisations-caption = Organisations, par nom
admin-organisation-new = Ajouter une organisation
admin-org-name = Nom
admin-org-code = Code
admin-org-code-hint = Un code de pays comme MX pour un gouvernement national ; sinon un court préfixe, deux-points et un nom, comme org:IOM ou cs:ICMC.
admin-org-acronym = Sigle
admin-org-kind = Type d’organisation
admin-org-country = Pays
admin-org-country-hint = Obligatoire pour un gouvernement.
admin-org-region = Région
admin-org-description = Description
admin-org-website = Site web
admin-org-website-hint = Facultatif. Une adresse complète commençant par https:// ou http://.
admin-org-lang = Langue du nom et de la description
admin-organisation-edit-title = Modifier { $name }
admin-organisation-new-title = Nouvelle organisation
admin-organisation-public-page = Page publique
admin-organisation-merge-link = Fusionner avec une autre organisation
admin-organisation-audit-link = Modifications concernant cette organisation
admin-organisation-create = Créer l’organisation
admin-organisation-done-created = L’organisation est créée.
admin-organisation-done-saved = Vos modifications sont enregistrées.
admin-organisation-done-merged = Le doublon a été fusionné avec cette organisation, puis supprimé.
admin-org-error-code = Saisissez un code comme org:IOM, ou un code de pays comme MX pour un gouvernement.
admin-org-error-code-country = Seul le code d’un gouvernement peut être un code de pays. Utilisez un code comme org:ABC.
admin-org-error-code-taken = Une autre organisation a déjà ce code. Choisissez un autre code, ou fusionnez les deux organisations.
admin-org-error-name = Saisissez le nom, en 300 caractères au plus.
admin-org-error-acronym = Saisissez un sigle de 30 caractères au plus, ou laissez le champ vide.
admin-org-error-kind = Choisissez le type d’organisation.
admin-org-error-country = Choisissez un pays dans la liste.
admin-org-error-country-government = Choisissez le pays de ce gouvernement.
admin-org-error-country-code = Le pays doit être celui que désigne le code.
admin-org-error-region = Choisissez une région dans la liste.
admin-org-error-description = Raccourcissez la description à 10 000 caractères au plus.
admin-org-error-website = Saisissez une adresse web commençant par https:// ou http://, comme https://www.iom.int.
admin-org-error-lang = Choisissez l’une des six langues.

## Fusion des doublons
admin-merge-title = Fusionner { $name } avec une autre organisation
admin-merge-lead = À utiliser quand une même organisation est enregistrée deux fois. Tout ce qui est rattaché à cette fiche passe à l’organisation conservée, puis cette fiche est supprimée.
admin-merge-moves = Ce qui sera transféré
admin-merge-partners = { $count ->
    [one] { $count } partenariat de projet
   *[other] { $count } partenariats de projet
}
admin-merge-engagements = { $count ->
    [one] { $count } participation au FMMD
   *[other] { $count } participations au FMMD
}
admin-merge-people = { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
}
admin-merge-warning = Un partenariat que l’organisation conservée a déjà dans le même projet et avec le même rôle n’est pas dupliqué. Cette opération est irréversible.
admin-merge-keep = Organisation à conserver
admin-merge-keep-hint = La fiche qui reste ; celle-ci est supprimée.
admin-merge-submit = Fusionner et supprimer cette fiche
admin-merge-error-keep = Choisissez l’organisation à conserver.
admin-merge-error-same = Choisissez une autre organisation que celle qui est fusionnée.
admin-merge-error-delegates = Cette fiche a des délégués, qui doivent appartenir à un gouvernement. Conservez un gouvernement, ou changez d’abord leur rôle.

## Journal des modifications
admin-audit-filters = Filtrer le journal des modifications
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-subject-type = Concernant
admin-audit-from = Du
admin-audit-to = Au
admin-audit-date-hint = Par exemple 2026-11-29.
admin-audit-found = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
admin-audit-none = Aucune entrée ne correspond à ces filtres.
admin-audit-caption = Modifications, les plus récentes d’abord
admin-audit-when = Quand
admin-audit-subject = Objet
admin-audit-before = Avant
admin-audit-after = Après
admin-audit-system = Le système
admin-audit-public = Public
admin-audit-error-person = Choisissez une personne dans la liste.
admin-audit-error-subject = Ce lien vers le journal est incorrect. Repartez du journal des modifications.
admin-audit-error-date = Saisissez une date sous la forme année-mois-jour, comme 2026-11-29.
admin-audit-error-range = La date « Du » doit être antérieure ou égale à la date « Au ».
audit-subject-person = Personne
audit-subject-organisation = Organisation
audit-subject-project = Projet
audit-subject-question = Question
audit-subject-mail = Courrier
audit-action-person-role_changed = Rôle modifié
audit-action-person-notifications_changed = Préférences de notification modifiées
audit-action-person-deactivated = Compte désactivé
audit-action-person-reactivated = Compte réactivé
audit-action-person-profile_changed = Nom ou langue modifiés
audit-action-person-password_changed = Mot de passe modifié
audit-action-person-created = Compte créé
audit-action-person-invited = Personne invitée
audit-action-person-password_reset_requested = Réinitialisation du mot de passe demandée
audit-action-person-registered = Compte enregistré
audit-action-organisation-created = Organisation créée
audit-action-organisation-updated = Organisation modifiée
audit-action-organisation-merged = Doublon d’organisation fusionné
audit-action-organisation-profile_updated = Profil de partenariat modifié
audit-action-project-partner_merged = Fiches de partenaire fusionnées
audit-action-project-partner_added = Partenaire ajouté
audit-action-project-partner_removed = Partenaire retiré
audit-action-project-stage_changed = Changement d’étape
audit-action-project-update_posted = Actualité publiée
audit-action-project-milestone_added = Jalon ajouté
audit-action-project-milestone_reached = Jalon atteint
audit-action-question-asked = Question posée
audit-action-question-answered = Réponse à une question
audit-action-question-hidden = Question masquée par un facilitateur
audit-action-answer-hidden = Réponse masquée par un facilitateur
audit-action-mail-retried = Courrier remis en file d’attente

## Courrier
admin-mail-counts-caption = Messages par état
admin-mail-status = État
admin-mail-messages = Messages
admin-mail-status-pending = En attente d’envoi
admin-mail-status-sending = En cours d’envoi
admin-mail-status-sent = Envoyés
admin-mail-status-dead = Abandonnés
admin-mail-dead-heading = Messages abandonnés
admin-mail-dead-intro = Après un refus définitif ou trop de tentatives échouées, un message est abandonné. Une fois la cause corrigée, remettez-le en file d’attente : il est renvoyé avec un nouveau compte de tentatives.
admin-mail-dead-none = Aucun message n’a été abandonné.
admin-mail-dead-caption = Messages abandonnés, les plus récents d’abord
admin-mail-retry-all = Remettre en file d’attente tous les messages abandonnés
admin-mail-number = Numéro
admin-mail-recipient = Destinataire
admin-mail-kind = Type
admin-mail-attempts = Tentatives
admin-mail-given-up = Abandonné le
admin-mail-last-error = Dernière erreur
admin-mail-no-error = Aucune erreur n’a été enregistrée.
admin-mail-retry = Remettre en file d’attente
admin-mail-retry-number = le message { $number }
admin-mail-requeued = { $count ->
    [0] Aucun message n’était à remettre en file d’attente.
    [one] { $count } message est remis en file d’attente.
   *[other] { $count } messages sont remis en file d’attente.
}
admin-mail-error-which = Choisissez un message à remettre en file d’attente.
admin-mail-error-gone = Ce message n’est plus abandonné : il a peut-être déjà été remis en file d’attente.

## Historique public d'un projet
project-history = Historique
project-history-none = Aucune modification de ce projet n’a encore été enregistrée.
audit-action-resource-added = Ressource ajoutée
audit-action-resource-removed = Ressource retirée
audit-subject-resource = Ressource
audit-action-project-proposed = Projet proposé
audit-action-project-edited = Proposition modifiée
audit-action-project-submitted = Soumis à l’examen
audit-action-project-endorsed = Approuvé par les examinateurs
audit-action-project-changes_requested = Modifications demandées par les examinateurs
audit-action-project-declined = Refusé par les examinateurs
audit-action-project-withdrawn = Retiré par ses propriétaires
audit-action-project-co_owner_invited = Gouvernement invité comme copropriétaire
audit-action-project-co_owner_declined = Invitation à la copropriété déclinée
audit-action-project-join_requested = Demande d’adhésion comme copropriétaire
audit-action-project-join_declined = Demande d’adhésion refusée
audit-action-person-joined_by_introduction = Inscrit par un lien de mise en relation
audit-action-contact-added = Point de contact ajouté
audit-action-contact-changed = Point de contact modifié
audit-action-contact-removed = Point de contact supprimé
audit-action-person-calendar_feed_renewed = Flux d'agenda : nouvelle adresse
audit-action-person-calendar_feed_off = Flux d'agenda désactivé
audit-action-project-needs_met = Besoins couverts
