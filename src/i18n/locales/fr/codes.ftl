## Libellés des codes de vocabulary.md.

stage-initiation = Lancement
stage-design = Conception
stage-implementation = Mise en œuvre
stage-completion = Achèvement et suivi
stage-text-initiation = une idée qui cherche des coporteurs, des soutiens et une forme.
stage-text-design = objectifs, activités, budget et partenaires en cours de définition.
stage-text-implementation = activités en cours.
stage-text-completion = projet achevé ; résultats diffusés et suivi en cours.

status-draft = Brouillon
status-submitted = Soumis pour examen
status-endorsed = Approuvé
status-changes_requested = Modifications demandées
status-declined = Refusé
status-withdrawn = Retiré

kind-government = Gouvernement
kind-international_organisation = Organisation internationale
kind-civil_society = Société civile
kind-diaspora_organisation = Organisation de la diaspora
kind-private_sector = Secteur privé
kind-foundation = Fondation
kind-academia = Milieux universitaires
kind-regional_process = Processus consultatif régional

need-funding = Financement
need-technical_expertise = Expertise technique
need-training = Formation
need-data_research = Données et recherche
need-pilot_country = Pays pilote
need-knowledge_sharing = Partage de connaissances
need-implementation = Mise en œuvre
need-logistics = Logistique
need-in_kind = Contributions en nature
need-political_support = Soutien politique

role-owner = Porteur
role-supporter = Soutien
role-implementer = Entité d’exécution
role-technical_support = Appui technique
role-funder = Bailleur de fonds
role-participant = Participant
role-observer = Observateur

theme-regular_migration_partnerships = Partenariats pour une migration plus régulière et mieux protégée
theme-irregular_migration = Stratégies conjointes face à la migration irrégulière
theme-costs_of_migration = Réduire les coûts de la migration, maximiser le développement humain
theme-gender_family = Migration, genre et famille
theme-impact_assessment = Évaluer l’impact de la migration sur le développement
theme-climate_change = Changements climatiques, migration et développement
theme-regional_processes = Processus consultatifs régionaux et lien entre migration et développement
theme-protection_empowerment = Protection et autonomisation des migrants
theme-policy_coherence_data = Cohérence des politiques, données et recherche
theme-diaspora_engagement = Associer les diasporas au développement
theme-children = Protection des enfants migrants, y compris les enfants non accompagnés
theme-migration_profiles = Profils migratoires et données sur la migration
theme-remittances = Envois de fonds et inclusion financière
theme-labour_mobility = Mobilité de la main-d’œuvre, adéquation et reconnaissance des compétences
theme-health = Santé des migrants
theme-social_protection = Protection sociale et transférabilité des droits
theme-return_reintegration = Retour et réintégration, migration circulaire
theme-trafficking = Traite des personnes et trafic illicite de migrants

region-africa = Afrique
region-americas = Amériques
region-asia = Asie
region-europe = Europe
region-oceania = Océanie

engagement-roundtable_co_chair = Présidence de table ronde
engagement-roundtable_team = Équipe de table ronde
engagement-contribution = Contribution

person-role-visitor = Visiteur
person-role-observer = Observateur
person-role-member = Membre
person-role-delegate = Délégué
person-role-facilitator = Facilitateur
person-role-reviewer = Examinateur
person-role-administrator = Administrateur

need-state-open = Ouvert
need-state-partly_met = Couvert en partie
need-state-met = Couvert
need-extent-partly = En couvre une partie
need-extent-fully = Le couvre
need-met-by-fully = Couvert par { $organisation }
need-met-by-partly = Couvert en partie par { $organisation }
