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
        time_zone -> Text,
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
        fanned_out_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(events -> projects (project_id));
diesel::joinable!(events -> organisations (organisation_id));
diesel::joinable!(events -> people (actor_id));
diesel::allow_tables_to_appear_in_same_query!(events, projects);
diesel::allow_tables_to_appear_in_same_query!(events, organisations);
diesel::allow_tables_to_appear_in_same_query!(events, people);
diesel::table! {
    /// Progress updates of a project (see `crate::db::queries::progress`).
    project_updates (id) {
        id -> Integer,
        project_id -> Integer,
        body -> Text,
        lang -> Text,
        posted_on -> Date,
        author_id -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Milestones of a project: due date, done or not.
    milestones (id) {
        id -> Integer,
        project_id -> Integer,
        title -> Text,
        lang -> Text,
        due_on -> Date,
        done_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Questions asked on a project, each with at most one answer.
    questions (id) {
        id -> Integer,
        project_id -> Integer,
        asker_id -> Nullable<Integer>,
        asker_name -> Text,
        body -> Text,
        lang -> Text,
        hidden_reason -> Nullable<Text>,
        answer -> Nullable<Text>,
        answer_lang -> Nullable<Text>,
        answerer_organisation -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        answer_hidden_reason -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// "Update overdue" notices already emitted, one per project, anchor and period.
    overdue_notices (project_id, anchor_on, period) {
        project_id -> Integer,
        anchor_on -> Date,
        period -> Integer,
        created_at -> Timestamp,
    }
}

diesel::joinable!(project_updates -> projects (project_id));
diesel::joinable!(milestones -> projects (project_id));
diesel::joinable!(questions -> projects (project_id));
diesel::joinable!(overdue_notices -> projects (project_id));
diesel::allow_tables_to_appear_in_same_query!(project_updates, projects);
diesel::allow_tables_to_appear_in_same_query!(milestones, projects);
diesel::allow_tables_to_appear_in_same_query!(questions, projects);
diesel::allow_tables_to_appear_in_same_query!(overdue_notices, projects);
diesel::allow_tables_to_appear_in_same_query!(project_updates, overdue_notices);

diesel::table! {
    /// Documents and links, of a project or of the library alone (see `crate::storage`).
    resources (id) {
        id -> Integer,
        project_id -> Nullable<Integer>,
        kind -> Text,
        title -> Text,
        description -> Text,
        lang -> Text,
        url -> Nullable<Text>,
        file_key -> Nullable<Text>,
        file_name -> Nullable<Text>,
        media_type -> Nullable<Text>,
        byte_size -> Nullable<BigInt>,
        search_text -> Text,
        added_by -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Countries a resource covers.
    resource_countries (resource_id, country_code) {
        resource_id -> Integer,
        country_code -> Text,
    }
}

diesel::joinable!(resources -> projects (project_id));
diesel::joinable!(resource_countries -> resources (resource_id));
diesel::allow_tables_to_appear_in_same_query!(resources, projects);
diesel::allow_tables_to_appear_in_same_query!(resources, resource_countries);
diesel::allow_tables_to_appear_in_same_query!(resources, people);
diesel::allow_tables_to_appear_in_same_query!(resource_countries, projects);

diesel::table! {
    /// A proposal's own fields, one row per project (beside `projects`, see the migration).
    project_proposals (project_id) {
        project_id -> Integer,
        expected_results -> Text,
        starts_on -> Nullable<Date>,
        ends_on -> Nullable<Date>,
        budget -> Nullable<Text>,
        contact_name -> Text,
        contact_email -> Text,
        proposed_by -> Nullable<Integer>,
        submitted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Regions a project concerns (`Region` codes).
    project_regions (project_id, region_code) {
        project_id -> Integer,
        region_code -> Text,
    }
}

diesel::table! {
    /// A government invited by a project's owners to co-own it.
    co_owner_invitations (id) {
        id -> Integer,
        project_id -> Integer,
        organisation_id -> Integer,
        invited_by -> Nullable<Integer>,
        status -> Text,
        answered_by -> Nullable<Integer>,
        created_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// A government asking to join a project as co-owner (from the duplicate check).
    join_requests (id) {
        id -> Integer,
        project_id -> Integer,
        organisation_id -> Integer,
        from_project_id -> Nullable<Integer>,
        requested_by -> Nullable<Integer>,
        status -> Text,
        answered_by -> Nullable<Integer>,
        created_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Review decisions by GFMD structures.
    project_reviews (id) {
        id -> Integer,
        project_id -> Integer,
        reviewer_id -> Nullable<Integer>,
        decision -> Text,
        comments -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(project_proposals -> projects (project_id));
diesel::joinable!(project_regions -> projects (project_id));
diesel::joinable!(co_owner_invitations -> organisations (organisation_id));
diesel::joinable!(join_requests -> organisations (organisation_id));
diesel::joinable!(project_reviews -> projects (project_id));
diesel::allow_tables_to_appear_in_same_query!(project_proposals, projects);
diesel::allow_tables_to_appear_in_same_query!(project_regions, projects);
diesel::allow_tables_to_appear_in_same_query!(co_owner_invitations, projects);
diesel::allow_tables_to_appear_in_same_query!(co_owner_invitations, organisations);
diesel::allow_tables_to_appear_in_same_query!(join_requests, projects);
diesel::allow_tables_to_appear_in_same_query!(join_requests, organisations);
diesel::allow_tables_to_appear_in_same_query!(project_reviews, projects);
diesel::allow_tables_to_appear_in_same_query!(project_reviews, people);

diesel::table! {
    /// What people follow: `project:{id}`, `theme:{code}`, `organisation:{id}`.
    follows (person_id, target) {
        person_id -> Integer,
        target -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// How a person hears of each kind of event (no row: the default).
    notification_preferences (person_id, kind) {
        person_id -> Integer,
        kind -> Text,
        delivery -> Text,
    }
}

diesel::table! {
    /// One event as one person hears of it.
    notifications (id) {
        id -> Integer,
        person_id -> Integer,
        event_id -> Integer,
        reason -> Text,
        delivery -> Text,
        read_at -> Nullable<Timestamp>,
        digested_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Digests waiting for their time.
    digests (person_id, frequency) {
        person_id -> Integer,
        frequency -> Text,
        due_at -> Timestamp,
    }
}

diesel::table! {
    /// One-click unsubscribe tokens (hashed).
    unsubscribe_tokens (token_hash) {
        token_hash -> Text,
        person_id -> Integer,
        kind -> Text,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(follows -> people (person_id));
diesel::joinable!(notifications -> events (event_id));
diesel::joinable!(notifications -> people (person_id));
diesel::joinable!(digests -> people (person_id));
diesel::joinable!(notification_preferences -> people (person_id));
diesel::joinable!(unsubscribe_tokens -> people (person_id));
diesel::allow_tables_to_appear_in_same_query!(follows, people);
diesel::allow_tables_to_appear_in_same_query!(follows, projects);
diesel::allow_tables_to_appear_in_same_query!(follows, organisations);
diesel::allow_tables_to_appear_in_same_query!(follows, project_themes);
diesel::allow_tables_to_appear_in_same_query!(follows, project_partners);
diesel::allow_tables_to_appear_in_same_query!(notifications, events);
diesel::allow_tables_to_appear_in_same_query!(notifications, people);
diesel::allow_tables_to_appear_in_same_query!(notifications, projects);
diesel::allow_tables_to_appear_in_same_query!(notifications, organisations);
diesel::allow_tables_to_appear_in_same_query!(digests, people);
diesel::allow_tables_to_appear_in_same_query!(notification_preferences, people);
diesel::allow_tables_to_appear_in_same_query!(unsubscribe_tokens, people);
diesel::allow_tables_to_appear_in_same_query!(events, project_themes);
diesel::allow_tables_to_appear_in_same_query!(events, project_partners);

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
    /// (see `crate::app::brokering`).
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
diesel::allow_tables_to_appear_in_same_query!(meeting_invitees, projects);

diesel::table! {
    /// How an organisation is reached when nobody of it has an account (issue 13).
    contact_points (id) {
        id -> Integer,
        organisation_id -> Integer,
        kind -> Text,
        name -> Text,
        title -> Text,
        email -> Text,
        lang -> Text,
        shown -> Text,
        unreachable_at -> Nullable<Timestamp>,
        unreachable_reason -> Text,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The personal, single-use links an introduction mails to contact points (hashed).
    introduction_links (token_hash) {
        token_hash -> Text,
        introduction_id -> Integer,
        contact_point_id -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(contact_points -> organisations (organisation_id));
diesel::joinable!(introduction_links -> introductions (introduction_id));
diesel::joinable!(introduction_merges -> introductions (introduction_id));
diesel::joinable!(introduction_links -> contact_points (contact_point_id));
diesel::allow_tables_to_appear_in_same_query!(contact_points, organisations);
diesel::allow_tables_to_appear_in_same_query!(introduction_links, introductions);
diesel::allow_tables_to_appear_in_same_query!(introduction_links, contact_points);
diesel::allow_tables_to_appear_in_same_query!(contact_points, introductions);

diesel::table! {
    /// Introductions whose organisation was merged into another: the name they were made for.
    introduction_merges (introduction_id) {
        introduction_id -> Integer,
        merged_from -> Text,
        merged_at -> Timestamp,
    }
}

diesel::allow_tables_to_appear_in_same_query!(introduction_merges, introductions);

diesel::table! {
    /// A person's private calendar feed: the hash of the token in its address (issue 13).
    calendar_feeds (person_id) {
        person_id -> Integer,
        token_hash -> Text,
        created_at -> Timestamp,
        last_read_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(calendar_feeds -> people (person_id));
diesel::allow_tables_to_appear_in_same_query!(calendar_feeds, people);

diesel::table! {
    /// Which partner meets which need, fully or in part, as the owners said (issue 13).
    need_matches (need_id, organisation_id) {
        need_id -> Integer,
        organisation_id -> Integer,
        extent -> Text,
        recorded_by -> Nullable<Integer>,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    /// A new partner whose owners have not yet said which needs it meets.
    need_questions (project_id, organisation_id) {
        project_id -> Integer,
        organisation_id -> Integer,
        asked_at -> Timestamp,
    }
}

diesel::joinable!(need_matches -> project_needs (need_id));
diesel::joinable!(need_matches -> organisations (organisation_id));
diesel::joinable!(need_questions -> projects (project_id));
diesel::joinable!(need_questions -> organisations (organisation_id));
diesel::allow_tables_to_appear_in_same_query!(need_matches, project_needs);
diesel::allow_tables_to_appear_in_same_query!(need_matches, organisations);
diesel::allow_tables_to_appear_in_same_query!(need_matches, projects);
diesel::allow_tables_to_appear_in_same_query!(need_questions, projects);
diesel::allow_tables_to_appear_in_same_query!(need_questions, organisations);
diesel::allow_tables_to_appear_in_same_query!(need_questions, project_partners);
