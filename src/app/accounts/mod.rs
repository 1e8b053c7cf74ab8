//! Account use cases: invitations, self-registration with address verification, password
//! reset, and accounts created by operators (`pfp user add`).
//!
//! Each function runs inside the caller's transaction (`Db::write`), together with its
//! mail (queued in the outbox) and its audit entry, so nothing half-happens. Links sent by
//! mail carry a random token; the database keeps only its hash (`account_tokens`), and a
//! token works once, until it expires.
//!
//! - `new_account.rs`: what a new account is, its checks and its row; accounts created
//!   by operators ([`add_user`]);
//! - `invitations.rs`: [`invite`], [`accept_invitation`];
//! - `registration.rs`: [`register`] as an observer, [`verify_address`];
//! - `password.rs`: [`request_reset`], [`reset_password`];
//! - `links.rs`: the links sent by mail: their purposes and lifetimes, issuing, looking
//!   at ([`peek`]) and using their tokens.

mod invitations;
mod links;
mod new_account;
mod password;
mod registration;

pub use invitations::{Inviter, accept_invitation, invite};
pub use links::{
    INVITATION, INVITATION_DAYS, Link, PASSWORD_RESET, RESET_HOURS, VERIFICATION,
    VERIFICATION_DAYS, issue_token, peek,
};
pub use new_account::{NewAccount, Refusal, add_user, is_unique_violation, parse_new_address};
pub use password::{request_reset, reset_password};
pub use registration::{Registration, register, verify_address};

#[cfg(test)]
mod tests {
    use crate::domain::Language;
    use crate::i18n;

    fn keys(ftl: &str) -> Vec<&str> {
        let mut k: Vec<&str> = ftl
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split(" =").next())
            .collect();
        k.sort_unstable();
        k
    }

    #[test]
    fn the_six_accounts_files_have_the_same_keys_and_no_other_file_has_them() {
        let en = keys(include_str!("../../i18n/locales/en/accounts.ftl"));
        assert!(en.len() > 40);
        let others = [
            ("fr", include_str!("../../i18n/locales/fr/accounts.ftl")),
            ("es", include_str!("../../i18n/locales/es/accounts.ftl")),
            ("ar", include_str!("../../i18n/locales/ar/accounts.ftl")),
            ("zh", include_str!("../../i18n/locales/zh/accounts.ftl")),
            ("ru", include_str!("../../i18n/locales/ru/accounts.ftl")),
        ];
        for (lang, ftl) in others {
            assert_eq!(keys(ftl), en, "{lang}/accounts.ftl");
        }
        // A key defined twice in one language would make one of the two files fail to load.
        let elsewhere: Vec<&str> = [
            include_str!("../../i18n/locales/en/main.ftl"),
            include_str!("../../i18n/locales/en/codes.ftl"),
            include_str!("../../i18n/locales/en/email.ftl"),
        ]
        .into_iter()
        .flat_map(keys)
        .collect();
        for key in &en {
            assert!(!elsewhere.contains(key), "{key} is defined in another file");
        }
        for lang in Language::ALL {
            for key in &en {
                assert!(i18n::has_key(lang, key), "{lang} lacks {key}");
            }
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let sent = |lang, count| {
            i18n::t_args(
                lang,
                "forgot-sent",
                &[
                    ("email", i18n::Arg::Str("a@example.org")),
                    ("count", i18n::Arg::Num(count)),
                ],
            )
        };
        assert!(sent(Language::En, 2).ends_with("for 2 hours."));
        assert!(sent(Language::En, 1).ends_with("for 1 hour."));
        assert!(sent(Language::Ar, 2).contains("ساعتين"));
        assert!(sent(Language::Ar, 5).contains("5 ساعات"));
        assert!(sent(Language::Ru, 2).contains("2 часа"));
        assert!(sent(Language::Ru, 5).contains("5 часов"));
        assert!(sent(Language::Ru, 21).contains("21 час."));
    }
}
