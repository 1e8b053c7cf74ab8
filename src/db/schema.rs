//! Diesel table definitions, one schema for both backends (see `migrations/`).

diesel::table! {
    themes (code) {
        code -> Text,
        position -> Integer,
    }
}

diesel::table! {
    organisations (id) {
        id -> Integer,
        code -> Text,
        name -> Text,
        acronym -> Nullable<Text>,
        kind -> Text,
        country_code -> Nullable<Text>,
        region -> Nullable<Text>,
        subregion -> Nullable<Text>,
        description -> Text,
        website -> Nullable<Text>,
        lang -> Text,
        search_text -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    projects (id) {
        id -> Integer,
        code -> Nullable<Text>,
        title -> Text,
        summary -> Text,
        objectives -> Text,
        origin -> Text,
        lang -> Text,
        status -> Text,
        stage -> Text,
        search_text -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    project_themes (project_id, theme_code) {
        project_id -> Integer,
        theme_code -> Text,
    }
}

diesel::table! {
    project_countries (project_id, country_code) {
        project_id -> Integer,
        country_code -> Text,
    }
}

diesel::table! {
    project_needs (id) {
        id -> Integer,
        project_id -> Integer,
        kind -> Text,
        description -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    project_partners (project_id, organisation_id, role) {
        project_id -> Integer,
        organisation_id -> Integer,
        role -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    stage_changes (id) {
        id -> Integer,
        project_id -> Integer,
        stage -> Text,
        changed_on -> Date,
        note -> Text,
        author -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    gfmd_outcomes (id) {
        id -> Integer,
        code -> Text,
        session -> Text,
        session_title -> Text,
        theme_code -> Text,
        position -> Integer,
        text -> Text,
        lang -> Text,
    }
}

diesel::table! {
    project_outcomes (project_id, outcome_id) {
        project_id -> Integer,
        outcome_id -> Integer,
    }
}

diesel::table! {
    engagements (id) {
        id -> Integer,
        organisation_id -> Integer,
        kind -> Text,
        session -> Nullable<Text>,
        description -> Text,
        amount -> Nullable<BigInt>,
        currency -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(project_themes -> projects (project_id));
diesel::joinable!(project_themes -> themes (theme_code));
diesel::joinable!(project_countries -> projects (project_id));
diesel::joinable!(project_needs -> projects (project_id));
diesel::joinable!(project_partners -> projects (project_id));
diesel::joinable!(project_partners -> organisations (organisation_id));
diesel::joinable!(stage_changes -> projects (project_id));
diesel::joinable!(gfmd_outcomes -> themes (theme_code));
diesel::joinable!(project_outcomes -> projects (project_id));
diesel::joinable!(project_outcomes -> gfmd_outcomes (outcome_id));
diesel::joinable!(engagements -> organisations (organisation_id));

diesel::allow_tables_to_appear_in_same_query!(
    themes,
    organisations,
    projects,
    project_themes,
    project_countries,
    project_needs,
    project_partners,
    stage_changes,
    gfmd_outcomes,
    project_outcomes,
    engagements,
);

diesel::table! {
    content_version (id) {
        id -> Integer,
        value -> BigInt,
    }
}

diesel::table! {
    /// Mail waiting to be sent, being sent, sent, or given up (see `crate::email::outbox`).
    outbox (id) {
        id -> BigInt,
        dedupe_key -> Text,
        message_id -> Text,
        recipient -> Text,
        template -> Text,
        data -> Text,
        lang -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_by -> Nullable<Text>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    people (id) {
        id -> Integer,
        email -> Text,
        name -> Text,
        password_hash -> Nullable<Text>,
        role -> Text,
        organisation_id -> Nullable<Integer>,
        lang -> Text,
        active -> Bool,
        email_verified_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        person_id -> Integer,
        csrf_token -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    account_tokens (token_hash) {
        token_hash -> Text,
        purpose -> Text,
        person_id -> Integer,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    auth_throttle (key) {
        key -> Text,
        window_start -> Timestamp,
        failures -> Integer,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Integer,
        person_id -> Nullable<Integer>,
        action -> Text,
        subject_type -> Text,
        subject_id -> Nullable<Integer>,
        before_summary -> Text,
        after_summary -> Text,
        public -> Bool,
        created_at -> Timestamp,
    }
}

diesel::joinable!(people -> organisations (organisation_id));
diesel::joinable!(sessions -> people (person_id));
diesel::joinable!(audit_events -> people (person_id));
diesel::allow_tables_to_appear_in_same_query!(
    people,
    organisations,
    sessions,
    audit_events,
    account_tokens
);

diesel::table! {
    /// What happened that people may need to hear about (see `crate::notify`).
    events (id) {
        id -> Integer,
        kind -> Text,
        actor_id -> Nullable<Integer>,
        project_id -> Nullable<Integer>,
        organisation_id -> Nullable<Integer>,
        subject_id -> Nullable<Integer>,
        summary -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(events -> projects (project_id));
diesel::joinable!(events -> organisations (organisation_id));
diesel::joinable!(events -> people (actor_id));
diesel::allow_tables_to_appear_in_same_query!(events, projects);
diesel::allow_tables_to_appear_in_same_query!(events, organisations);
diesel::allow_tables_to_appear_in_same_query!(events, people);

diesel::table! {
    /// What an organisation offers partners (see `crate::matching`).
    organisation_offers (id) {
        id -> Integer,
        organisation_id -> Integer,
        kind -> Text,
        description -> Text,
        position -> Integer,
    }
}

diesel::table! {
    /// Themes an organisation is interested in.
    organisation_themes (organisation_id, theme_code) {
        organisation_id -> Integer,
        theme_code -> Text,
    }
}

diesel::table! {
    /// Regions an organisation works in or is interested in.
    organisation_regions (organisation_id, region) {
        organisation_id -> Integer,
        region -> Text,
    }
}

diesel::table! {
    /// Countries an organisation works in or is interested in.
    organisation_countries (organisation_id, country_code) {
        organisation_id -> Integer,
        country_code -> Text,
    }
}

diesel::table! {
    /// Languages an organisation works in.
    organisation_languages (organisation_id, lang) {
        organisation_id -> Integer,
        lang -> Text,
    }
}

diesel::table! {
    /// People of an organisation who are its contacts for partnerships.
    organisation_contacts (organisation_id, person_id) {
        organisation_id -> Integer,
        person_id -> Integer,
    }
}

diesel::joinable!(organisation_offers -> organisations (organisation_id));
diesel::joinable!(organisation_themes -> organisations (organisation_id));
diesel::joinable!(organisation_regions -> organisations (organisation_id));
diesel::joinable!(organisation_countries -> organisations (organisation_id));
diesel::joinable!(organisation_languages -> organisations (organisation_id));
diesel::joinable!(organisation_contacts -> organisations (organisation_id));
diesel::joinable!(organisation_contacts -> people (person_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisation_offers,
    organisation_themes,
    organisation_regions,
    organisation_countries,
    organisation_languages,
    organisation_contacts,
);
diesel::allow_tables_to_appear_in_same_query!(organisation_offers, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_themes, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_regions, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_countries, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_languages, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_contacts, organisations);
diesel::allow_tables_to_appear_in_same_query!(organisation_contacts, people);

diesel::table! {
    /// Introductions a facilitator proposed between a project and an organisation
    /// (see `crate::brokering`).
    introductions (id) {
        id -> Integer,
        project_id -> Integer,
        organisation_id -> Integer,
        role -> Text,
        message -> Text,
        lang -> Text,
        state -> Text,
        proposed_by -> Nullable<Integer>,
        project_answer -> Nullable<Text>,
        candidate_answer -> Nullable<Text>,
        decline_reason -> Text,
        expires_at -> Timestamp,
        reminded_at -> Nullable<Timestamp>,
        closed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Organisations saying they would like to partner in a project.
    interests (id) {
        id -> Integer,
        project_id -> Integer,
        organisation_id -> Integer,
        person_id -> Nullable<Integer>,
        offer -> Text,
        message -> Text,
        lang -> Text,
        state -> Text,
        role -> Nullable<Text>,
        decline_reason -> Text,
        answered_by -> Nullable<Integer>,
        answered_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Meetings proposed between a project's partners (times in UTC).
    meetings (id) {
        id -> Integer,
        project_id -> Integer,
        introduction_id -> Nullable<Integer>,
        sequence -> Integer,
        title -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        time_zone -> Text,
        place -> Text,
        online_url -> Text,
        agenda -> Text,
        lang -> Text,
        notes -> Text,
        state -> Text,
        organiser_id -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// The organisations a meeting brings together.
    meeting_organisations (meeting_id, organisation_id) {
        meeting_id -> Integer,
        organisation_id -> Integer,
    }
}

diesel::table! {
    /// The people invited to a meeting and their answers.
    meeting_invitees (meeting_id, person_id) {
        meeting_id -> Integer,
        person_id -> Integer,
        answer -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(introductions -> projects (project_id));
diesel::joinable!(introductions -> organisations (organisation_id));
diesel::joinable!(interests -> projects (project_id));
diesel::joinable!(interests -> organisations (organisation_id));
diesel::joinable!(meetings -> projects (project_id));
diesel::joinable!(meeting_organisations -> meetings (meeting_id));
diesel::joinable!(meeting_organisations -> organisations (organisation_id));
diesel::joinable!(meeting_invitees -> meetings (meeting_id));
diesel::joinable!(meeting_invitees -> people (person_id));
diesel::allow_tables_to_appear_in_same_query!(introductions, projects);
diesel::allow_tables_to_appear_in_same_query!(introductions, organisations);
diesel::allow_tables_to_appear_in_same_query!(introductions, project_partners);
diesel::allow_tables_to_appear_in_same_query!(interests, projects);
diesel::allow_tables_to_appear_in_same_query!(interests, organisations);
diesel::allow_tables_to_appear_in_same_query!(meetings, projects);
diesel::allow_tables_to_appear_in_same_query!(meeting_organisations, meetings);
diesel::allow_tables_to_appear_in_same_query!(meeting_organisations, organisations);
diesel::allow_tables_to_appear_in_same_query!(meeting_invitees, meetings);
diesel::allow_tables_to_appear_in_same_query!(meeting_invitees, people);
