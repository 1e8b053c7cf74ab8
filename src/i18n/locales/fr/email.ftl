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
