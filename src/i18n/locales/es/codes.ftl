## Etiquetas de los códigos de vocabulary.md.

stage-initiation = Inicio
stage-design = Diseño
stage-implementation = Ejecución
stage-completion = Conclusión y seguimiento
stage-text-initiation = una idea que busca copromotores, apoyos y una forma concreta.
stage-text-design = se están definiendo los objetivos, las actividades, el presupuesto y los socios.
stage-text-implementation = las actividades están en marcha.
stage-text-completion = proyecto concluido; resultados difundidos y seguimiento en curso.

status-draft = Borrador
status-submitted = Presentado para examen
status-endorsed = Aprobado
status-changes_requested = Cambios solicitados
status-declined = Rechazado
status-withdrawn = Retirado

kind-government = Gobierno
kind-international_organisation = Organización internacional
kind-civil_society = Sociedad civil
kind-diaspora_organisation = Organización de la diáspora
kind-private_sector = Sector privado
kind-foundation = Fundación
kind-academia = Mundo académico
kind-regional_process = Proceso consultivo regional

need-funding = Financiación
need-technical_expertise = Conocimientos técnicos
need-training = Capacitación
need-data_research = Datos e investigación
need-pilot_country = País piloto
need-knowledge_sharing = Intercambio de conocimientos
need-implementation = Ejecución
need-logistics = Logística
need-in_kind = Apoyo en especie
need-political_support = Apoyo político

role-owner = Promotor
role-supporter = Apoyo
role-implementer = Entidad de ejecución
role-technical_support = Apoyo técnico
role-funder = Financiador
role-participant = Participante
role-observer = Observador

theme-regular_migration_partnerships = Alianzas para una migración más regular y protegida
theme-irregular_migration = Estrategias conjuntas para abordar la migración irregular
theme-costs_of_migration = Reducir los costos de la migración y maximizar el desarrollo humano
theme-gender_family = Migración, género y familia
theme-impact_assessment = Evaluar los efectos de la migración en el desarrollo
theme-climate_change = Cambio climático, migración y desarrollo
theme-regional_processes = Procesos consultivos regionales y nexo entre migración y desarrollo
theme-protection_empowerment = Protección y empoderamiento de los migrantes
theme-policy_coherence_data = Coherencia de las políticas, datos e investigación
theme-diaspora_engagement = Implicar a las diásporas en el desarrollo
theme-children = Protección de los niños migrantes, incluidos los niños no acompañados
theme-migration_profiles = Perfiles migratorios y datos sobre migración
theme-remittances = Remesas e inclusión financiera
theme-labour_mobility = Movilidad laboral, adecuación y reconocimiento de competencias
theme-health = Salud de los migrantes
theme-social_protection = Protección social y portabilidad de las prestaciones
theme-return_reintegration = Retorno y reintegración, migración circular
theme-trafficking = Trata de personas y tráfico ilícito de migrantes

region-africa = África
region-americas = América
region-asia = Asia
region-europe = Europa
region-oceania = Oceanía

engagement-roundtable_co_chair = Presidencia de mesa redonda
engagement-roundtable_team = Equipo de mesa redonda
engagement-contribution = Contribución

person-role-visitor = Visitante
person-role-observer = Observador
person-role-member = Miembro
person-role-delegate = Delegado
person-role-facilitator = Facilitador
person-role-reviewer = Revisor
person-role-administrator = Administrador

need-state-open = Abierta
need-state-partly_met = Cubierta en parte
need-state-met = Cubierta
need-extent-partly = Cubre una parte
need-extent-fully = La cubre
need-met-by-fully = Cubierta por { $organisation }
need-met-by-partly = Cubierta en parte por { $organisation }
