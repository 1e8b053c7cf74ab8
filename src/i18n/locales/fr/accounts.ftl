# Parcours des comptes : invitations, adhésion, inscription, confirmation de l’adresse,
# réinitialisation du mot de passe. Les clés sont les mêmes dans les six langues ; un test
# unitaire le vérifie.

## Page de connexion et page du compte

login-forgot-password = Mot de passe oublié ?
login-create-account = Créer un compte
login-error-unverified = Confirmez d’abord votre adresse : ouvrez le lien du courriel que nous vous avons envoyé lors de la création de votre compte. Pas de courriel ? Utilisez « Mot de passe oublié ? » pour recevoir un nouveau lien.
account-invite = Inviter une personne

## Invitations (/invitations/new)

invite-title = Inviter une personne
invite-lead = La personne invitée reçoit un courriel contenant un lien pour choisir son mot de passe. Ce lien ne fonctionne qu’une fois, pendant { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }.
invite-field-role = Rôle
invite-field-organisation = Organisation
invite-organisation-hint-delegate = Un délégué représente un gouvernement.
invite-organisation-hint-member = Un membre appartient à une organisation de tout type.
invite-organisation-hint-none = Les facilitateurs et les examinateurs n’appartiennent à aucune organisation : choisissez « Aucune ».
invite-organisation-none = Aucune
invite-organisation-choose = Choisissez une organisation
invite-organisations-governments = Gouvernements
invite-organisations-others = Autres organisations
invite-field-language = Langue de l’invitation
invite-submit = Envoyer l’invitation
invite-sent = Invitation envoyée à { $name } ({ $email }).
invite-error-email = Saisissez l’adresse électronique de la personne invitée, par exemple nom@example.org.
invite-error-exists = Un compte existe déjà avec cette adresse électronique.
invite-error-role = Choisissez un rôle.
invite-error-organisation-missing = Choisissez l’organisation de la personne invitée.
invite-error-organisation-government = Un délégué représente un gouvernement : choisissez un gouvernement.
invite-error-organisation-unexpected = Les facilitateurs et les examinateurs n’appartiennent à aucune organisation : choisissez « Aucune ».
invite-error-organisation-unknown = Cette organisation n’existe pas. Choisissez-en une dans la liste.

## Adhésion (/join/…)

join-title = Rejoindre la Plateforme pour les partenariats
join-lead = Vous avez reçu une invitation. Vérifiez votre nom et choisissez un mot de passe pour commencer à utiliser votre compte.
join-submit = Rejoindre la plateforme et se connecter

## Inscription (/register)

register-title = Créer un compte
register-lead = Un compte vous permet de suivre des projets, des thèmes et des organisations, et de poser des questions. Les gouvernements, les organisations et les structures du FMMD rejoignent la plateforme sur invitation de l’Unité d’appui du FMMD.
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ? Connectez-vous
register-error-throttled = Trop de comptes ont été créés depuis votre réseau. Attendez une heure, puis réessayez.
register-sent = Nous avons envoyé un message à { $email }. Ouvrez le lien qu’il contient pour confirmer votre adresse et commencer à utiliser votre compte. Ce lien ne fonctionne qu’une fois, pendant { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }.
register-sent-hint = Aucun message après quelques minutes ? Regardez dans vos courriels indésirables, vérifiez l’adresse et inscrivez-vous à nouveau.
mail-sent-title = Consultez votre messagerie

## Réinitialisation du mot de passe (/password/…)

forgot-title = Mot de passe oublié ?
forgot-lead = Saisissez l’adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
forgot-sent = Si un compte utilise l’adresse { $email }, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Ce lien ne fonctionne qu’une fois, pendant { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }.
forgot-sent-hint = Aucun message après quelques minutes ? Regardez dans vos courriels indésirables et vérifiez l’adresse, puis refaites la demande.
forgot-error-throttled = Trop de demandes de nouveau mot de passe. Attendez une heure, puis réessayez.
reset-title = Choisir un nouveau mot de passe
reset-lead = Choisissez un nouveau mot de passe pour { $email }. Toutes vos autres sessions seront fermées.
reset-submit = Enregistrer le mot de passe et se connecter

## Liens de courriels inutilisables

link-unknown-title = Ce lien n’est pas valide
link-unknown-advice = Vérifiez que vous avez ouvert le lien complet du courriel : s’il est coupé sur deux lignes, copiez les deux parties dans la barre d’adresse.
link-expired-title = Ce lien a expiré
link-used-title = Ce lien a déjà été utilisé
link-invitation-expired = Les liens d’invitation ne fonctionnent que pendant une durée limitée. Pour recevoir un nouveau lien, utilisez « Mot de passe oublié ? » avec l’adresse à laquelle l’invitation a été envoyée.
link-invitation-used = Cette invitation a déjà été acceptée. Connectez-vous avec votre adresse électronique et le mot de passe que vous avez choisi.
link-verification-expired = Pour recevoir un nouveau lien, utilisez « Mot de passe oublié ? » : choisir un nouveau mot de passe confirme aussi votre adresse.
link-verification-used = Votre adresse est déjà confirmée. Connectez-vous avec votre adresse électronique et votre mot de passe.
link-reset-expired = Les liens pour choisir un nouveau mot de passe ne fonctionnent que pendant une durée limitée. Demandez-en un nouveau avec « Mot de passe oublié ? ».
link-reset-used = Ce lien a déjà servi à choisir un nouveau mot de passe. Connectez-vous, ou demandez un nouveau lien avec « Mot de passe oublié ? ».
