# Messages électroniques (templates/email/) et boîte aux lettres de développement (/dev/mailbox).
# Les clés sont les mêmes dans les six langues ; un test unitaire le vérifie.

## Tous les messages

email-brand = Plateforme pour les partenariats
email-greeting = Bonjour,
email-footer-about = La Plateforme pour les partenariats est le service du Forum mondial sur la migration et le développement consacré aux partenariats dans le domaine de la migration et du développement.
email-footer-automatic = Ce message a été envoyé automatiquement ; les réponses ne sont pas lues.

## Le message de test (pfp mail test)

email-test-subject = Message de test de la Plateforme pour les partenariats
email-test-body = Ceci est un message de test, demandé le { $time }. Si vous le lisez, les messages de la plateforme parviennent à cette adresse.
email-test-no-action = Vous n’avez rien à faire.
email-test-link = Ouvrir la plateforme

## La boîte aux lettres de développement (mode démonstration uniquement)

mailbox-title = Boîte aux lettres de développement
mailbox-intro = Tous les messages envoyés par la plateforme tant qu’aucun serveur SMTP n’est configuré (PFP_SMTP_URL non défini). Cette page n’existe qu’en mode démonstration.
mailbox-empty = Aucun message pour l’instant. Pour en mettre un en file d’attente : pfp mail test --to quelquun@example.org
mailbox-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
mailbox-date = Date
mailbox-from = De
mailbox-to = À
mailbox-subject = Objet
mailbox-message-id = Message-ID
mailbox-language = Langue
mailbox-no-subject = (sans objet)
mailbox-text-part = Partie texte
mailbox-no-text-part = Ce message n’a pas de partie texte.
mailbox-open-html = Ouvrir la partie HTML
mailbox-download = Télécharger le message (.eml)
mailbox-back = Tous les messages

## Messages des comptes : invitation, confirmation de l’adresse, tentative d’inscription, réinitialisation du mot de passe

email-greeting-name = Bonjour { $name },
email-link-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
email-link-expiry-days = Ce lien ne fonctionne qu’une fois et expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
email-link-expiry-hours = Ce lien ne fonctionne qu’une fois et expire dans { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }.
email-invitation-subject = Invitation à rejoindre la Plateforme pour les partenariats
email-invitation-invites = { $inviter } vous invite à rejoindre la Plateforme pour les partenariats avec le rôle « { $role } ».
email-invitation-invites-for = { $inviter } vous invite à rejoindre la Plateforme pour les partenariats avec le rôle « { $role } » (organisation : { $organisation }).
email-invitation-action = Pour accepter, choisissez votre mot de passe :
email-invitation-link = Accepter l’invitation
email-invitation-ignore = Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.
email-verification-subject = Confirmez votre adresse pour la Plateforme pour les partenariats
email-verification-action = Merci d’avoir créé un compte sur la Plateforme pour les partenariats. Pour confirmer que cette adresse est bien la vôtre et commencer à utiliser votre compte, ouvrez ce lien :
email-verification-link = Confirmer mon adresse
email-verification-ignore = Si vous n’avez pas créé de compte, ignorez ce message : sans cette confirmation, le compte ne peut pas être utilisé.
email-registration-attempt-subject = Quelqu’un a tenté de créer un compte avec votre adresse
email-registration-attempt-body = Quelqu’un, peut-être vous, a tenté de créer un compte sur la Plateforme pour les partenariats avec cette adresse. Vous avez déjà un compte : aucun nouveau compte n’a été créé.
email-registration-attempt-sign-in = Pour utiliser votre compte, connectez-vous :
email-registration-attempt-reset = Si vous avez oublié votre mot de passe, choisissez-en un nouveau :
email-registration-attempt-ignore = Si ce n’était pas vous, vous pouvez ignorer ce message : rien n’a changé dans votre compte.
email-password-reset-subject = Choisissez un nouveau mot de passe pour la Plateforme pour les partenariats
email-password-reset-action = Nous avons reçu une demande de nouveau mot de passe pour votre compte. Pour en choisir un, ouvrez ce lien :
email-password-reset-link = Choisir un nouveau mot de passe
email-password-reset-ignore = Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
mailbox-attachments = Pièces jointes
mailbox-attachment-unnamed = (sans nom)
mailbox-attachment-bytes = { $count ->
    [one] { $count } octet
   *[other] { $count } octets
}
