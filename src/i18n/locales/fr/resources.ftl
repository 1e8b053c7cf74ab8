## Ressources et bibliothèque de ressources (ticket 5, point 6)

nav-resources = Ressources
library-title = Bibliothèque de ressources
library-lead = Documents et liens partagés par les projets et par l’Unité d’appui du FMMD : supports de formation, profils migratoires, rapports, politiques, lignes directrices et données, à rechercher par pays, type et mots.
library-filters-label = Rechercher dans la bibliothèque
library-add = Ajouter une ressource à la bibliothèque
library-found = { $count ->
    [one] { $count } ressource
   *[other] { $count } ressources
}
library-none = Aucune ressource ne correspond à ces filtres. Essayez avec moins de filtres ou d’autres mots.

resource-kind-training_material = Support de formation
resource-kind-migration_profile = Profil migratoire
resource-kind-report = Rapport
resource-kind-policy = Politique
resource-kind-guideline = Lignes directrices
resource-kind-data = Données
resource-kind-presentation = Présentation
resource-kind-other = Autre

resource-document = Document
resource-link = Lien
resource-of-project = Projet :
resource-countries = Pays couverts
resource-countries-none = Sans pays particulier
resource-project = Projet
resource-project-none = Aucun : ressource de la bibliothèque
resource-added = Ajoutée le
resource-download = Télécharger le document
resource-open-link = Ouvrir le lien
resource-remove = Retirer cette ressource

project-resources = Ressources
project-resources-none = Aucun document ni lien n’a encore été partagé.
project-resources-add = Ajouter une ressource

resource-new-title = Ajouter une ressource
resource-new-lead-project = Partagez un document ou un lien avec toutes les personnes qui lisent la page de ce projet. Il figure aussi dans la bibliothèque de ressources.
resource-new-lead-library = Ajoutez à la bibliothèque un document ou un lien qui ne relève d’aucun projet, comme le profil migratoire d’un pays.
resource-field-title = Titre
resource-field-description = Description (facultative)
resource-hint-description = Ce qu’elle contient et à qui elle s’adresse, en 2 000 caractères au plus.
resource-field-kind = Type de ressource
resource-choose-kind = Choisissez un type
resource-field-lang = Langue de la ressource
resource-hint-countries = Choisissez tous les pays couverts (maintenez Ctrl, ou Cmd sur Mac, pour en choisir plusieurs). N’en choisissez aucun si elle ne concerne pas des pays particuliers.
resource-what = Document ou lien
resource-hint-what = Indiquez soit un lien, soit un document, pas les deux.
resource-field-url = Lien (une adresse commençant par http:// ou https://)
resource-field-file = Document
resource-hint-file = { $count ->
    [one] PDF, Word, Excel, PowerPoint, OpenDocument ou une image (PNG, JPEG, GIF, WebP), { $count } mégaoctet au plus.
   *[other] PDF, Word, Excel, PowerPoint, OpenDocument ou une image (PNG, JPEG, GIF, WebP), { $count } mégaoctets au plus.
}
resource-submit = Ajouter la ressource

resource-error-title = Saisissez un titre de 200 caractères au plus.
resource-error-description = Raccourcissez la description à 2 000 caractères au plus.
resource-error-kind = Choisissez le type de ressource.
resource-error-lang = Choisissez la langue de la ressource.
resource-error-country = Choisissez les pays dans la liste.
resource-error-url = Saisissez une adresse complète commençant par http:// ou https://, par exemple https://www.example.org/rapport.
resource-error-both = Indiquez soit un lien, soit un document, pas les deux : videz le lien ou ne joignez pas de document.
resource-error-none = Choisissez un document ou saisissez un lien.
resource-error-again = Choisissez à nouveau le document : il n’est pas conservé tant que d’autres réponses doivent être corrigées.
resource-error-empty = Le fichier choisi est vide. Choisissez à nouveau le document.
resource-error-type = Ce fichier n’est ni un PDF, ni un document bureautique (Word, Excel, PowerPoint, OpenDocument), ni une image (PNG, JPEG, GIF, WebP). Son contenu a été vérifié, pas son nom. Choisissez un autre fichier.
resource-error-too-large = { $count ->
    [one] Le document dépasse { $count } mégaoctet. Choisissez un fichier plus petit ou partagez plutôt un lien vers celui-ci.
   *[other] Le document dépasse { $count } mégaoctets. Choisissez un fichier plus petit ou partagez plutôt un lien vers celui-ci.
}
