# Suivi, notifications, préférences, désabonnement, flux.

nav-notifications = { $count ->
    [0] Notifications
    [one] Notifications (1 non lue)
   *[other] Notifications ({ $count } non lues)
}

follow-follow = Suivre
follow-unfollow = Ne plus suivre
follow-you-follow = Vous suivez ceci.
follow-sign-in = Se connecter pour suivre
follow-feed = Flux Atom
follow-feed-project = Actualités de ce projet (Atom)
follow-feed-theme = Actualités des projets de ce thème (Atom)
follow-feed-organisation = Actualités de cette organisation et de ses projets (Atom)
feed-all-projects = Actualités de tous les projets

following-title = Ce que vous suivez
following-intro = Les actualités de ce que vous suivez vous parviennent comme le disent vos préférences de notification.
following-preferences-link = Préférences de notification
following-none = Vous ne suivez encore rien. Utilisez le bouton Suivre sur la page d'un projet, d'un thème ou d'une organisation.
following-kind-project = Projet
following-kind-theme = Thème
following-kind-organisation = Organisation

notifications-title = Notifications
notifications-unread = { $count ->
    [0] Aucune notification non lue.
    [one] Une notification non lue.
   *[other] { $count } notifications non lues.
}
notifications-read-all = Tout marquer comme lu
notifications-none = Aucune notification pour l'instant. Suivez des projets, des thèmes ou des organisations pour recevoir leurs actualités.
notifications-new = Nouveau
notifications-mark-read = Marquer comme lu
notifications-reason-owner = Votre gouvernement porte ce projet.
notifications-reason-concerned = Cela concerne votre organisation.
notifications-reason-partner = Votre organisation est partenaire de ce projet.
notifications-reason-facilitator = Vous êtes facilitateur ou facilitatrice.
notifications-reason-reviewer = Vous êtes évaluateur ou évaluatrice.
notifications-reason-follower = Vous suivez ce projet, l'un de ses thèmes ou l'une de ses organisations.

preferences-title = Préférences de notification
preferences-intro = Pour chaque type d'actualité, choisissez comment vous en êtes informé : un courriel immédiat, un résumé quotidien, un résumé hebdomadaire, ou pas du tout. Sauf avec « Désactivé », elle apparaît aussi dans vos notifications sur ce site.
preferences-digest-time = Les résumés arrivent à 7 h dans votre fuseau horaire ({ $zone }) ; les résumés hebdomadaires le lundi.
preferences-change-zone = Changer de fuseau horaire
preferences-mandatory = Les messages sur les projets de votre propre gouvernement et sur les mises en relation et réunions de votre propre organisation arrivent toujours, même avec « Désactivé » : vous en avez besoin pour agir. « Désactivé » signifie alors un courriel immédiat.
preferences-save = Enregistrer les préférences
preferences-saved = Vos préférences de notification sont enregistrées.
preferences-error-choice = Choisissez comment être informé de : { $kind }.

delivery-immediately = Immédiatement
delivery-daily = Résumé quotidien
delivery-weekly = Résumé hebdomadaire
delivery-off = Désactivé

event-kind-project_submitted = Projets soumis à évaluation
event-kind-review_decision = Décisions d'évaluation
event-kind-stage_changed = Changements d'étape
event-kind-update_posted = Points d'avancement
event-kind-milestone_reached = Jalons atteints
event-kind-partner_added = Nouveaux partenaires
event-kind-question_asked = Questions posées
event-kind-question_answered = Réponses aux questions
event-kind-introduction_proposed = Mises en relation proposées
event-kind-introduction_accepted = Mises en relation acceptées
event-kind-introduction_declined = Mises en relation refusées
event-kind-introduction_expiring = Mises en relation sur le point d'expirer
event-kind-interest_expressed = Intérêts exprimés
event-kind-meeting_proposed = Réunions proposées
event-kind-meeting_changed = Réunions modifiées
event-kind-update_overdue = Points d'avancement en retard
event-kind-co_owner_invited = Invitations à copiloter
event-kind-join_requested = Demandes d'adhésion

event-project_submitted = { $project } a été soumis à évaluation.
event-review_decision = Une décision d'évaluation a été prise sur { $project } : { $detail }.
event-stage_changed = { $project } est passé à l'étape : { $detail }.
event-update_posted = { $project } a publié un point d'avancement : { $detail }
event-milestone_reached = { $project } a atteint un jalon : { $detail }
event-partner_added = { $organisation } a rejoint { $project } en tant que : { $detail }.
event-question_asked = Une question a été posée sur { $project } : { $detail }
event-question_answered = Une question sur { $project } a reçu une réponse : { $detail }
event-introduction_proposed = Une mise en relation entre { $project } et { $organisation } a été proposée.
event-introduction_accepted = La mise en relation entre { $project } et { $organisation } a été acceptée.
event-introduction_declined = La mise en relation entre { $project } et { $organisation } a été refusée.
event-introduction_expiring = La mise en relation entre { $project } et { $organisation } expire bientôt sans réponse.
event-interest_expressed = { $organisation } souhaite participer à { $project }.
event-meeting_proposed = Une réunion sur { $project } avec { $organisation } a été proposée.
event-meeting_changed = Une réunion sur { $project } a été modifiée : { $detail }
event-update_overdue = { $project } n'a publié aucun point d'avancement depuis longtemps.
event-co_owner_invited = { $organisation } est invité à copiloter { $project }.
event-join_requested = { $organisation } demande à rejoindre { $project } comme copropriétaire.
event-other = Il y a du nouveau sur { $project }.
event-some-project = un projet
event-some-organisation = une organisation

unsubscribe-title = Se désabonner
unsubscribe-done-title = Désabonnement effectué
unsubscribe-kind = Ce lien arrête vos courriels sur : { $kind }.
unsubscribe-kind-done = Vous ne recevrez plus de courriels sur : { $kind }.
unsubscribe-digest-daily = Ce lien arrête votre résumé quotidien.
unsubscribe-digest-daily-done = Vous ne recevrez plus le résumé quotidien.
unsubscribe-digest-weekly = Ce lien arrête votre résumé hebdomadaire.
unsubscribe-digest-weekly-done = Vous ne recevrez plus le résumé hebdomadaire.
unsubscribe-confirm = Se désabonner
unsubscribe-mandatory = Les messages sur les projets de votre propre gouvernement et sur les mises en relation et réunions de votre organisation continuent d'arriver.
unsubscribe-preferences = Choisir ce dont vous êtes informé

field-time-zone = Fuseau horaire
account-time-zone-hint = Les résumés quotidiens et hebdomadaires arrivent à 7 h dans ce fuseau horaire.
account-error-time-zone = Choisissez un fuseau horaire dans la liste.

email-reason-owner = Vous recevez ce message parce que votre gouvernement porte ce projet.
email-reason-concerned = Vous recevez ce message parce qu'il concerne votre organisation.
email-reason-partner = Vous recevez ce message parce que votre organisation est partenaire de ce projet.
email-reason-facilitator = Vous recevez ce message parce que vous êtes facilitateur ou facilitatrice.
email-reason-reviewer = Vous recevez ce message parce que vous êtes évaluateur ou évaluatrice.
email-reason-follower = Vous recevez ce message parce que vous suivez ce projet, l'un de ses thèmes ou l'une de ses organisations.
email-notify-see = Voir sur la plateforme
email-notify-mandatory = Les messages sur vos propres projets et mises en relation ne peuvent pas être désactivés.
email-notify-unsubscribe = Ne plus recevoir de courriels sur : { $kind }
email-notify-preferences = Choisir ce dont vous êtes informé
email-digest-subject-daily = { $count ->
    [one] Votre résumé quotidien : 1 actualité
   *[other] Votre résumé quotidien : { $count } actualités
}
email-digest-subject-weekly = { $count ->
    [one] Votre résumé hebdomadaire : 1 actualité
   *[other] Votre résumé hebdomadaire : { $count } actualités
}
email-digest-intro-daily = { $count ->
    [one] Voici ce qui s'est passé depuis votre dernier résumé, par projet, du plus récent au plus ancien (1 actualité).
   *[other] Voici ce qui s'est passé depuis votre dernier résumé, par projet, du plus récent au plus ancien ({ $count } actualités).
}
email-digest-intro-weekly = { $count ->
    [one] Voici ce qui s'est passé cette semaine, par projet, du plus récent au plus ancien (1 actualité).
   *[other] Voici ce qui s'est passé cette semaine, par projet, du plus récent au plus ancien ({ $count } actualités).
}
email-digest-other = Autres actualités
email-digest-unsubscribe-daily = Arrêter le résumé quotidien
email-digest-unsubscribe-weekly = Arrêter le résumé hebdomadaire
email-notify-unfollow = Ne plus suivre { $name }
email-digest-unfollow = Ne plus suivre ce projet
unsubscribe-unfollow = Ce lien arrête votre suivi de : { $name }.
unsubscribe-unfollow-done = Vous ne suivez plus : { $name }.
