## Labels of the codes of vocabulary.md.

stage-initiation = Initiation
stage-design = Design
stage-implementation = Implementation
stage-completion = Completion and follow-up
stage-text-initiation = an idea looking for co-owners, supporters and a shape.
stage-text-design = objectives, activities, budget and partners being worked out.
stage-text-implementation = activities running.
stage-text-completion = completed; results shared and follow-up under way.

status-draft = Draft
status-submitted = Submitted for review
status-endorsed = Endorsed
status-changes_requested = Changes requested
status-declined = Declined
status-withdrawn = Withdrawn

kind-government = Government
kind-international_organisation = International organisation
kind-civil_society = Civil society
kind-diaspora_organisation = Diaspora organisation
kind-private_sector = Private sector
kind-foundation = Foundation
kind-academia = Academia
kind-regional_process = Regional consultative process

need-funding = Funding
need-technical_expertise = Technical expertise
need-training = Training
need-data_research = Data and research
need-pilot_country = Pilot country
need-knowledge_sharing = Knowledge sharing
need-implementation = Implementation
need-logistics = Logistics
need-in_kind = In-kind support
need-political_support = Political support

role-owner = Owner
role-supporter = Supporter
role-implementer = Implementer
role-technical_support = Technical support
role-funder = Funder
role-participant = Participant
role-observer = Observer

theme-regular_migration_partnerships = Partnerships for more regular and protected migration
theme-irregular_migration = Joint strategies to address irregular migration
theme-costs_of_migration = Reducing the costs of migration, maximising human development
theme-gender_family = Migration, gender and family
theme-impact_assessment = Assessing the impact of migration on development
theme-climate_change = Climate change, migration and development
theme-regional_processes = Regional consultative processes and the migration-development nexus
theme-protection_empowerment = Protection and empowerment of migrants
theme-policy_coherence_data = Policy coherence, data and research
theme-diaspora_engagement = Engaging diasporas in development
theme-children = Protection of migrant children, including unaccompanied children
theme-migration_profiles = Migration profiles and migration data
theme-remittances = Remittances and financial inclusion
theme-labour_mobility = Labour mobility, skills matching and recognition
theme-health = Migrant health
theme-social_protection = Social protection and portability of benefits
theme-return_reintegration = Return and reintegration, circular migration
theme-trafficking = Trafficking and smuggling

region-africa = Africa
region-americas = Americas
region-asia = Asia
region-europe = Europe
region-oceania = Oceania

engagement-roundtable_co_chair = Roundtable chair
engagement-roundtable_team = Roundtable team
engagement-contribution = Contribution

person-role-visitor = Visitor
person-role-observer = Observer
person-role-member = Member
person-role-delegate = Delegate
person-role-facilitator = Facilitator
person-role-reviewer = Reviewer
person-role-administrator = Administrator

need-state-open = Open
need-state-partly_met = Partly met
need-state-met = Met
need-extent-partly = Meets part of it
need-extent-fully = Meets it
need-met-by-fully = Met by { $organisation }
need-met-by-partly = Partly met by { $organisation }
