# Courtage : la file d'attente des facilitateurs et les candidats, les mises en relation,
# les manifestations d'intérêt, les réunions, et leurs courriels.

brokering-nav = Facilitation
brokering-queue-title = Projets en quête de partenaires
brokering-queue-lead = Projets publics qui expriment des besoins, ceux qui attendent depuis le plus longtemps d'abord : depuis quand leurs besoins ne sont pas satisfaits, puis l'étape la moins avancée, puis ceux qui n'ont jamais fait l'objet d'une mise en relation ou depuis le plus longtemps.
brokering-queue-caption = Projets en quête de partenaires, les plus délaissés d'abord
brokering-queue-count = { $count ->
    [one] { $count } projet cherche des partenaires
   *[other] { $count } projets cherchent des partenaires
}
brokering-queue-empty = Aucun projet public n'exprime de besoin pour le moment.
brokering-project = Projet
brokering-unmet-since = Besoins non satisfaits depuis le
brokering-stage = Étape
brokering-last-introduction = Dernière mise en relation
brokering-never = Jamais
brokering-open-needs = { $count ->
    [one] { $count } besoin ouvert
   *[other] { $count } besoins ouverts
}
brokering-open-introductions = { $count ->
    [one] { $count } mise en relation en attente
   *[other] { $count } mises en relation en attente
}
brokering-open-interests = { $count ->
    [0] Manifestations d'intérêt (aucune en attente)
    [one] Manifestations d'intérêt (une en attente de réponse)
   *[other] Manifestations d'intérêt ({ $count } en attente de réponse)
}
brokering-project-page = La page publique du projet
brokering-candidates-title = Partenaires possibles
brokering-candidates-lead = Classés selon leur adéquation au projet, avec les raisons et ce que chacune apporte au score. Les propriétaires, les partenaires, les organisations déjà mises en relation et celles qui ont décliné récemment sont écartés.
brokering-candidates-none = Aucune organisation ne correspond encore à ce projet. Des profils indiquant offres, thèmes et pays y aident.
brokering-score = score { $score }
brokering-introduce = Mettre en relation
brokering-unreachable = Personne n'est encore joignable dans cette organisation : ajoutez un point de contact (une personne ou une adresse de fonction) pour la mettre en relation.
brokering-introductions = Mises en relation
brokering-introductions-none = Aucune mise en relation pour l'instant.
brokering-meetings = Réunions
brokering-meetings-none = Aucune réunion pour l'instant.
brokering-meeting-propose = Proposer une réunion

brokering-introduce-title = Mettre une organisation en relation
brokering-introduce-lead = Les deux parties reçoivent un courriel avec votre message et des liens pour accepter ou décliner. Quand les deux acceptent, l'organisation devient partenaire dans le rôle proposé et chaque partie reçoit les coordonnées de l'autre.
brokering-organisation = Organisation
brokering-role = Rôle proposé
brokering-message = Message personnel
brokering-message-hint = { $count ->
    [one] Texte simple, { $count } caractère au plus.
   *[other] Texte simple, { $count } caractères au plus.
}
brokering-introduce-send = Envoyer la mise en relation
brokering-cancel = Annuler
brokering-error-role = Choisissez un rôle dans la liste.
brokering-error-empty = Écrivez quelque chose ici.
brokering-error-too-long = { $count ->
    [one] Réduisez ce texte à { $count } caractère.
   *[other] Réduisez ce texte à { $count } caractères.
}
brokering-error-already-partner = Cette organisation participe déjà au projet.
brokering-error-already-open = Une mise en relation de cette organisation avec le projet attend déjà des réponses.
brokering-error-no-project-contact = Personne ne peut répondre pour le projet : aucun gouvernement propriétaire n'a de délégué sur la plateforme.
brokering-error-no-candidate-contact = Personne dans cette organisation n'a encore de compte : invitez un membre avant de la mettre en relation.

brokering-introduction-title = Mise en relation
brokering-accept-title = Accepter la mise en relation
brokering-decline-title = Décliner la mise en relation
brokering-state = État
brokering-state-proposed = En attente de réponses
brokering-state-accepted = Acceptée par les deux parties
brokering-state-declined = Déclinée
brokering-state-expired = Expirée
brokering-side-project = Réponse du projet
brokering-side-candidate = Réponse de l'organisation
brokering-answer-waiting = Pas encore de réponse
brokering-answer-accepted = Acceptée
brokering-answer-declined = Déclinée
brokering-expires = Répondre avant le
brokering-proposed-by = Proposée par
brokering-decline-reason = Motif
brokering-decline-hint = Les deux parties et le facilitateur le liront.
brokering-answer-for-project = Votre réponse, pour le projet
brokering-answer-for-organisation = Votre réponse, pour votre organisation
brokering-accept-explain = Quand les deux parties ont accepté, l'organisation devient partenaire dans le rôle proposé et chaque partie reçoit les coordonnées de l'autre.
brokering-accept = Accepter
brokering-decline = Décliner
brokering-accept-instead = Accepter plutôt
brokering-decline-instead = Décliner plutôt
brokering-you-accepted = Vous avez accepté. L'autre partie n'a pas encore répondu.
brokering-you-declined = Vous avez décliné. Les deux parties en ont été informées.
brokering-now-partners = Les deux parties ont accepté : l'organisation est désormais partenaire, et chaque partie a reçu les coordonnées de l'autre par courriel.
brokering-closed = Cette mise en relation n'attend plus de réponse.
brokering-already-answered = Votre partie a déjà répondu.

brokering-partnering = Partenariat
brokering-see-candidates = Voir les partenaires possibles et les mettre en relation
brokering-interest-heading = Votre organisation souhaite-t-elle devenir partenaire ?
brokering-offer = Ce que votre organisation offre
brokering-interest-send = Prévenir les propriétaires du projet
brokering-interest-pending = Votre organisation a indiqué le { $date } qu'elle souhaite devenir partenaire ; les propriétaires n'ont pas encore répondu.
brokering-interest-partner = Votre organisation participe à ce projet.
brokering-interest-sign-in = Les membres d'organisations peuvent indiquer qu'elles souhaitent devenir partenaires.
brokering-interest-members-only = Les membres et délégués d'organisations peuvent indiquer qu'elles souhaitent devenir partenaires.
brokering-error-offer = Choisissez dans la liste ce que votre organisation offre.
brokering-error-interest-partner = Votre organisation participe déjà à ce projet.
brokering-error-interest-open = Le message précédent de votre organisation attend encore une réponse.
brokering-interest-title = Manifestation d'intérêt
brokering-interests-title = Manifestations d'intérêt
brokering-interests-caption = Organisations souhaitant devenir partenaires, celles en attente d'abord
brokering-interests-none = Aucune organisation n'a encore manifesté d'intérêt.
brokering-interest-state-open = En attente de réponse
brokering-interest-state-accepted = Acceptée
brokering-interest-state-declined = Déclinée
brokering-date = Date
brokering-interest-accept-heading = Accepter : en faire un partenaire
brokering-interest-accept = Accepter
brokering-interest-decline-heading = Décliner
brokering-interest-accepted = Acceptée : l'organisation est désormais partenaire et a reçu vos coordonnées par courriel.
brokering-interest-declined = Déclinée : l'organisation a été informée du motif.

brokering-meeting-new-title = Proposer une réunion
brokering-meeting-edit-title = Modifier la réunion
brokering-meeting-default-title = Réunion sur { $project }
brokering-meeting-organisations = Organisations à inviter (toutes leurs personnes inscrites sur la plateforme sont invitées)
brokering-meeting-title-field = Titre
brokering-meeting-date = Date
brokering-meeting-start = Début
brokering-meeting-end = Fin
brokering-meeting-zone = Fuseau horaire
brokering-meeting-place = Lieu
brokering-meeting-place-hint = Une adresse, ou laissez vide pour une réunion en ligne.
brokering-meeting-online = Lien en ligne
brokering-meeting-agenda = Ordre du jour
brokering-meeting-send = Envoyer les invitations
brokering-meeting-save = Enregistrer et envoyer la mise à jour
brokering-meeting-when = Quand
brokering-meeting-organiser = Proposée par
brokering-meeting-your-answer = Participerez-vous ?
brokering-rsvp-yes = Oui, je participerai
brokering-rsvp-no = Non, je ne pourrai pas participer
brokering-attending-yes = Participera
brokering-attending-no = Ne participera pas
brokering-meeting-answered = Votre réponse est enregistrée.
brokering-meeting-invitees = Invités
brokering-meeting-yes-count = { $count ->
    [0] Personne n'a encore indiqué sa participation.
    [one] { $count } personne participera.
   *[other] { $count } personnes participeront.
}
brokering-meeting-notes = Notes
brokering-meeting-notes-field = Notes de la réunion
brokering-meeting-notes-save = Enregistrer les notes
brokering-meeting-notes-saved = Les notes sont enregistrées.
brokering-meeting-cancel = Annuler la réunion
brokering-meeting-cancelled = Cette réunion est annulée.
brokering-error-organisations = Choisissez au moins une organisation partenaire du projet.
brokering-error-no-invitees = Personne des organisations choisies n'a de compte à inviter.
brokering-error-date = Saisissez la date sous la forme année-mois-jour, par exemple 2027-01-15.
brokering-error-time = Saisissez l'heure sous la forme heures:minutes, par exemple 14:30.
brokering-error-zone = Choisissez un fuseau horaire dans la liste.
brokering-error-order = La réunion doit se terminer après son début.
brokering-error-gap = Cette heure n'existe pas ou existe deux fois dans ce fuseau (changement d'heure) : choisissez-en une autre.
brokering-error-link = Saisissez une adresse web commençant par https:// ou http://.
brokering-error-where = Indiquez un lieu, un lien en ligne, ou les deux.

audit-action-introduction-proposed = Mise en relation proposée
audit-action-introduction-answered = Réponse à une mise en relation
audit-action-introduction-accepted = Mise en relation acceptée
audit-action-introduction-declined = Mise en relation déclinée
audit-action-introduction-expired = Mise en relation expirée
audit-action-interest-expressed = Intérêt manifesté
audit-action-interest-accepted = Intérêt accepté
audit-action-interest-declined = Intérêt décliné
audit-action-meeting-proposed = Réunion proposée
audit-action-meeting-changed = Réunion modifiée
audit-action-meeting-cancelled = Réunion annulée
audit-action-meeting-notes_saved = Notes de réunion enregistrées
audit-subject-introduction = Mise en relation
audit-subject-interest = Manifestation d'intérêt
audit-subject-meeting = Réunion

# Courriels
email-intro-subject = Mise en relation : un partenaire possible pour « { $project } »
email-intro-reminder-subject = Rappel : une mise en relation pour « { $project } » attend votre réponse
email-intro-reminder = Votre partie n'a pas encore répondu à cette mise en relation, qui expirera bientôt.
email-intro-lead-project = { $facilitator }, de l'Unité d'appui du FMMD, propose que { $organisation } rejoigne votre projet « { $project } » en tant que { $role }.
email-intro-lead-candidate = { $facilitator }, de l'Unité d'appui du FMMD, propose que votre organisation, { $organisation }, rejoigne le projet « { $project } » ({ $owners }) en tant que { $role }.
email-intro-message = { $facilitator } écrit :
email-intro-accept = Pour accepter au nom de votre organisation (vous devrez vous connecter) :
email-intro-decline = Pour décliner, en indiquant un motif :
email-intro-accept-button = Accepter
email-intro-decline-button = Décliner
email-intro-sign-in = Chaque partie répond pour sa propre organisation après s'être connectée.
email-intro-expires = Sans les deux réponses, la mise en relation expire le { $date }.
email-intro-outcome-subject-accepted = Nouveau partenariat pour « { $project } »
email-intro-outcome-subject-declined = Mise en relation déclinée : « { $project } »
email-intro-outcome-subject-expired = Mise en relation expirée : « { $project } »
email-intro-outcome-accepted = Les deux parties ont accepté : { $organisation } est désormais partenaire de « { $project } » en tant que { $role }.
email-intro-outcome-declined = La mise en relation de { $organisation } avec « { $project } » a été déclinée.
email-intro-outcome-expired = La mise en relation de { $organisation } avec « { $project } » a expiré avant que les deux parties ne l'acceptent.
email-reason-given = Le motif indiqué :
email-contacts = Vos contacts de l'autre partie :
email-see-project = Voir le projet
email-interest-subject = { $organisation } souhaite devenir partenaire
email-interest-lead = { $person }, de { $organisation }, souhaite devenir partenaire de votre projet « { $project } » et offre : { $offer }.
email-interest-message = Son message :
email-interest-answer = Accepter ou décliner
email-interest-outcome-subject-accepted = Vous êtes désormais partenaire de « { $project } »
email-interest-outcome-subject-declined = Réponse de « { $project } »
email-interest-outcome-accepted = Les propriétaires ont accepté : { $organisation } est désormais partenaire de « { $project } » en tant que { $role }.
email-interest-outcome-declined = Les propriétaires de « { $project } » ont décliné l'offre de partenariat de { $organisation }.
email-meeting-subject-new = Invitation : { $title }
email-meeting-subject-changed = Modifiée : { $title }
email-meeting-subject-cancelled = Annulée : { $title }
email-meeting-lead-new = { $organiser } vous invite à une réunion sur le projet « { $project } ».
email-meeting-lead-changed = { $organiser } a modifié la réunion sur le projet « { $project } ». Merci de répondre à nouveau.
email-meeting-lead-cancelled = { $organiser } a annulé la réunion sur le projet « { $project } ».
email-meeting-when = Quand :
email-meeting-place = Où :
email-meeting-online = En ligne :
email-meeting-agenda = Ordre du jour :
email-meeting-answer = Répondre sur la plateforme
email-meeting-answer-at = Merci d'indiquer sur la plateforme si vous participerez : { $url }
email-meeting-calendar = L'invitation jointe ajoute la réunion à votre agenda.

## Contact points and personal introduction links (issue 13)
email-intro-personal = Ce lien vous est personnel, merci de ne pas le transférer : accepter crée votre compte sur la plateforme dans la même étape, et refuser ne demande aucun compte.
email-intro-accept-personal = Pour accepter au nom de votre organisation (vous choisirez un mot de passe pour votre nouveau compte) :
reply-title = Une mise en relation pour votre organisation
reply-lead = L'Unité d'appui du FMMD suggère que { $organisation } pourrait rejoindre ce projet. Lisez de quoi il s'agit, puis acceptez ou refusez au nom de votre organisation.
reply-has-account = Cette adresse a déjà un compte sur la plateforme. Connectez-vous pour répondre au nom de votre organisation.
reply-sign-in = Se connecter et répondre
reply-accept-heading = Accepter et créer votre compte
reply-accept-explain = Votre compte utilisera l'adresse { $email }, que ce lien a déjà confirmée. Vous serez connecté et pourrez suivre le projet dès lors.
reply-accept-submit = Accepter et créer mon compte
reply-decline-heading = Refuser, sans compte
reply-decline-hint = Le facilitateur et les propriétaires du projet liront votre raison ; aucun compte n'est créé.
reply-home = Aller à la page d'accueil
reply-unknown-title = Ce lien n'est pas valide
reply-unknown-advice = Vérifiez que le lien complet de l'e-mail a été ouvert ; il a pu être coupé en deux. S'il ne fonctionne toujours pas, demandez-en un nouveau au facilitateur ci-dessous.
reply-used-title = Ce lien a déjà été utilisé
reply-used-advice = Une réponse a déjà été donnée avec ce lien. Si vous avez créé un compte, connectez-vous pour voir la mise en relation ; sinon, demandez un nouveau lien au facilitateur ci-dessous.
reply-expired-title = Ce lien a expiré
reply-expired-advice = Le délai pour répondre à cette mise en relation est passé. Si votre organisation est toujours intéressée, écrivez au facilitateur ci-dessous : il peut la proposer à nouveau.
reply-closed-title = Cette mise en relation a déjà reçu une réponse
reply-closed-advice = Une autre personne de votre organisation y a répondu, ou le projet l'a refusée, ou elle a expiré. Rien de plus n'est attendu de vous.
reply-gone-title = Cette mise en relation n'existe plus
reply-gone-advice = L'organisation concernée a depuis été fusionnée avec une autre ou supprimée, ou le projet a été retiré. Écrivez à l'Unité d'appui du FMMD si vous pensez qu'il s'agit d'une erreur.
reply-declined-title = Vous avez refusé la mise en relation
reply-declined-advice = Merci de votre réponse. Le facilitateur et les propriétaires du projet ont reçu votre raison ; aucun compte n'a été créé.
brokering-you-accepted-welcome = Bienvenue : votre compte est prêt et vous avez accepté au nom de votre organisation. Le projet n'a pas encore répondu ; vous serez informé par e-mail.
brokering-now-partners-welcome = Bienvenue : votre compte est prêt. Les deux parties ont accepté : votre organisation est désormais partenaire, et chacune a reçu les coordonnées de l'autre par e-mail.
contact-kind-person = Personne nommée
contact-kind-mailbox = Adresse de fonction
contact-shown-nothing = Non affiché publiquement
contact-shown-name = Nom et fonction affichés
contact-shown-address = Nom, fonction et adresse affichés
contact-error-kind = Choisissez une personne nommée ou une adresse de fonction.
contact-error-name = Saisissez un nom de 1 à 100 caractères.
contact-error-title = Limitez la fonction à 120 caractères.
contact-error-email = Saisissez une adresse e-mail comme partenariats@example.org.
contact-error-lang = Choisissez l'une des six langues.
contact-error-shown = Choisissez ce que la page publique peut afficher.
contacts-title = Points de contact
contacts-lead = Comment joindre l'organisation lorsque personne n'y a encore de compte : une personne nommée ou une adresse de fonction. Les mises en relation leur sont envoyées par e-mail avec un lien personnel.
contacts-none = Aucun point de contact pour l'instant.
contacts-field-lang = Langue des e-mails
contacts-field-shown = Sur la page publique
contacts-actions = Actions
contacts-unreachable = Les e-mails à cette adresse sont rejetés
contacts-remove = Supprimer
contacts-add = Ajouter un point de contact
contacts-field-kind = De qui s'agit-il
contacts-name-hint = Le nom de la personne, ou celui de l'adresse (par exemple « Partenariats UNICEF »).
contacts-field-title = Fonction (facultatif)
contacts-shown-hint = N'affichez que ce que le contact a accepté ; l'adresse reste privée sauf accord.
contacts-add-submit = Ajouter le point de contact
contacts-added = Le point de contact a été ajouté.
contacts-removed = Le point de contact a été supprimé.
contacts-error-duplicate = Cette organisation a déjà un point de contact à cette adresse.
contacts-public-heading = Points de contact
contacts-manage = Gérer les points de contact
brokering-contact-added = Le point de contact a été ajouté : l'organisation peut maintenant être mise en relation.
brokering-add-contact = Ajouter un point de contact
brokering-bounced = Les e-mails au point de contact de cette organisation sont rejetés : corrigez l'adresse ou ajoutez un autre point de contact.
brokering-fit-scale = L'adéquation est notée sur 100 : le meilleur candidat pour ce projet obtient 100.
brokering-fit = adéquation { $fit }/100
brokering-filter-label = Quels candidats
brokering-filter-ready = Peuvent être mis en relation maintenant
brokering-filter-contact = Sans point de contact
brokering-filter-all = Tous
waiting-title = En attente de votre réponse
waiting-lead = Mises en relation, manifestations d'intérêt, invitations à des réunions, invitations et demandes qui attendent votre réponse, échéance la plus proche en premier.
waiting-none = Rien n'attend votre réponse.
waiting-introductions = Mises en relation
waiting-intro-project = { $organisation } proposé pour votre projet
waiting-intro-candidate = Votre organisation est proposée comme partenaire
waiting-answer-on-mine = répondre dans « Mes projets »
nav-waiting = { $count ->
    [0] En attente
   *[other] En attente ({ $count })
}
reply-why = Pourquoi votre organisation
waiting-interests = Manifestations d'intérêt
waiting-interest = { $organisation } souhaite devenir partenaire
waiting-expressed = Exprimée le
waiting-meetings = Invitations à des réunions
waiting-meeting-starts = A lieu le
waiting-sent = Envoyée le
waiting-panel = { $count ->
    [one] 1 élément attend votre réponse
   *[other] { $count } éléments attendent votre réponse
}
waiting-panel-all = Tout ce qui attend votre réponse
calendar-title = Mon flux d'agenda
calendar-lead = Vos réunions sur la plateforme peuvent apparaître dans votre propre agenda (Outlook, Google Agenda, Calendrier Apple, Thunderbird…) : abonnez-vous à votre flux privé ; les modifications et les annulations suivent d'elles-mêmes.
calendar-address = L'adresse de votre flux
calendar-address-once = Copiez maintenant cette adresse dans votre agenda (« S'abonner à un agenda » ou « Ajouter un agenda à partir d'une URL »). Elle n'est affichée qu'une seule fois : si vous la perdez, créez-en une nouvelle.
calendar-address-label = Adresse de votre flux d'agenda
calendar-subscribe = M'abonner dans mon agenda
calendar-address-secret = Toute personne qui connaît cette adresse peut voir vos réunions : ne la partagez pas. Vous pouvez en créer une nouvelle à tout moment ; l'ancienne cesse alors de fonctionner.
calendar-state = Votre flux
calendar-on-since = Votre flux est activé ; son adresse a été créée le { $date }.
calendar-last-read = Un agenda l'a lu pour la dernière fois le { $date }.
calendar-is-off = Votre flux est désactivé.
calendar-on = Activer mon flux d'agenda
calendar-renew = Créer une nouvelle adresse
calendar-off = Désactiver le flux
calendar-renew-hint = Une nouvelle adresse remplace l'ancienne : utilisez-la si l'adresse a été partagée par erreur ou si vous l'avez perdue.
calendar-done-renewed = Votre flux d'agenda a une nouvelle adresse. Toute adresse antérieure ne fonctionne plus.
calendar-done-off = Votre flux d'agenda est désactivé. Son adresse ne fonctionne plus.
calendar-meeting-ics = Ajouter à mon agenda (.ics)
calendar-feed-link = Toutes mes réunions dans mon agenda
calendar-feed-name = Plateforme pour les partenariats : mes réunions
done-submitted = Soumis à l'examen. Les examinateurs ont été prévenus ; vous recevrez leur décision par courriel et dans vos notifications. Tant qu'ils n'ont pas décidé, vous pouvez le retirer.
done-withdrawn = Retiré. Le projet apparaît désormais comme retiré pour tous, et son historique reste public. Il reste dans « Mes projets ».
done-interest = Votre intérêt a été transmis aux propriétaires du projet. Ils répondent sur la plateforme et vous recevrez leur réponse par courriel.
done-introduction_sent = Mise en relation envoyée. Les deux parties l'ont reçue par courriel et la trouvent sous « En attente » ; si les deux acceptent, elles deviennent partenaires et reçoivent les coordonnées l'une de l'autre. Vous serez informé de chaque réponse.
done-meeting_proposed = Réunion proposée. Chaque invité a reçu une invitation avec un fichier d'agenda et répond sur cette page ; les réponses apparaissent ci-dessous.
done-meeting_changed = Réunion modifiée. Chaque invité a reçu la mise à jour ; les agendas qui contiennent la réunion remplacent la version précédente.

## Asking for a new personal link
reply-renew-heading = Demander un nouveau lien au facilitateur
reply-renew-explain = Le facilitateur qui a proposé cette mise en relation reçoit votre demande par e-mail et peut vous envoyer un nouveau lien.
reply-renew-email = Votre adresse e-mail
reply-renew-email-hint = L'adresse à laquelle la mise en relation a été envoyée.
reply-renew-message = Message au facilitateur (facultatif)
reply-renew-submit = Demander un nouveau lien
reply-renew-sent-title = Votre demande a été envoyée
reply-renew-sent-advice = Si cette adresse a reçu une mise en relation de la plateforme, le facilitateur qui l'a proposée a reçu votre demande et vous écrira. Vous n'avez rien d'autre à faire pour l'instant.
email-link-renewal-subject = { $organisation } demande un nouveau lien de mise en relation
email-link-renewal-lead = { $contact } ({ $email }), de { $organisation }, demande un nouveau lien pour répondre à la mise en relation avec « { $project } ».
email-link-renewal-used = Son lien avait déjà été utilisé.
email-link-renewal-expired = Son lien avait expiré avec la mise en relation.
email-link-renewal-closed = La mise en relation était déjà réglée.
email-link-renewal-unknown = Son lien ne s'ouvrait pas (il a pu être coupé en deux) ; la personne a donné son adresse à la place.
email-link-renewal-message = Son message :
email-link-renewal-action = Proposer à nouveau la mise en relation
brokering-merged-from = Cette mise en relation a été faite pour { $merged }, fusionnée depuis avec l'organisation indiquée ci-dessous (la même organisation, saisie deux fois).

waiting-needs = Besoins couverts par de nouveaux partenaires
waiting-need-question = Quels besoins { $organisation } couvre-t-il ?
waiting-partner-since = Partenaire depuis le

## Open data on brokering outcomes (/open-data/brokering)
open-brokering-title = Résultats des mises en relation
open-brokering-lead = Comment se terminent les mises en relation proposées par les facilitateurs : par mois, type d’organisation présentée et thème du projet. Données ouvertes, sans aucune donnée personnelle.
open-brokering-how = Comment le tableau est établi
open-brokering-how-month = Une mise en relation compte dans le mois où elle a été proposée, sous le type de l’organisation présentée et sous chaque thème de son projet : un projet à deux thèmes compte deux fois, les lignes ne s’additionnent donc pas et aucun total n’est donné.
open-brokering-how-public = Seuls les projets publics comptent ; les brouillons non.
open-brokering-how-median = Le nombre médian de jours avant une réponse va de la proposition à la réponse qui l’a close : acceptation des deux parties, ou refus.
open-brokering-how-withheld = Les nombres de 1 ou 2 sont masqués (« moins de 3 ») pour que personne ne puisse savoir quelle organisation a refusé ; quand un résultat d’une ligne est masqué, le plus petit des autres l’est aussi, pour qu’on ne puisse pas le déduire du reste. Une médiane de moins de 3 réponses est masquée.
open-brokering-json = Les mêmes données en JSON (les valeurs masquées valent null)
open-brokering-empty = Aucune mise en relation n’a encore été proposée pour un projet public.
open-brokering-caption = Mises en relation par mois, type d’organisation et thème
open-brokering-month = Mois de la proposition
open-brokering-kind = Type d’organisation
open-brokering-theme = Thème
open-brokering-proposed = Proposées
open-brokering-accepted = Acceptées des deux côtés
open-brokering-declined = Refusées
open-brokering-expired = Expirées
open-brokering-median = Jours médians avant une réponse
open-brokering-no-theme = Sans thème
open-brokering-withheld = moins de 3
