//! Who hears of what, and how: the audiences of each kind of event, why a person is
//! concerned, the deliveries a person may choose and their defaults. Pure.
//!
//! | kind | owners | partners | organisation concerned | followers | facilitators | reviewers |
//! |---|---|---|---|---|---|---|
//! | project submitted | ✓ | | | | | ✓ |
//! | review decision | ✓ | | | | | |
//! | stage changed, update posted, milestone reached | ✓ | ✓ | | ✓ | | |
//! | partner added | ✓ | ✓ (the new one too) | ✓ | ✓ | | |
//! | question asked, question answered | ✓ | | (the asker, for an answer) | ✓ | | |
//! | introduction proposed, accepted, declined, expiring | ✓ | | ✓ | | ✓ | |
//! | interest expressed | ✓ | | | | ✓ | |
//! | meeting proposed, changed | ✓ | | ✓ | | ✓ | |
//! | update overdue, join requested | ✓ | | | | | |
//! | co-owner invited | ✓ | | ✓ (the government invited) | | | |
//!
//! - *Owners*: active delegates of a government owning the project. *Partners*: active
//!   people of any partner organisation. *Organisation concerned*: active people of the
//!   event's organisation (the one introduced, meeting, or added as a partner).
//!   *Followers*: of the project, of any of its themes, of the event's organisation or of
//!   any organisation taking part, and only while the project is public (not a draft).
//! - Never the event's own actor, never a deactivated person.
//! - A person concerned for several reasons is counted once, for the strongest reason
//!   (the order of [`Reason`]).
//! - Where the use case writes its own mail (review decisions, introductions, interest,
//!   meetings: [`mailed_by_its_use_case`]), the people it writes to find the event in the
//!   app only, so nobody gets the same news twice.
//! - Messages about a person's own project (reason [`Reason::Owner`]) or own
//!   introduction, interest, meeting or invitation to co-own a project
//!   ([`Reason::Concerned`] on those kinds) always arrive: a preference of "off" is read as "immediately" for them.

use std::fmt;
use std::str::FromStr;

use crate::events::EventKind;

/// Why a person hears of an event, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// A delegate of an owning government.
    Owner,
    /// Someone of the organisation the event is about (introduced, meeting, added).
    Concerned,
    /// Someone of a partner organisation.
    Partner,
    /// A facilitator (introductions, interest, meetings).
    Facilitator,
    /// A reviewer (submitted projects).
    Reviewer,
    /// Follows the project, one of its themes or one of its organisations.
    Follower,
}

impl Reason {
    /// The stable code (stored).
    pub fn code(self) -> &'static str {
        match self {
            Reason::Owner => "owner",
            Reason::Concerned => "concerned",
            Reason::Partner => "partner",
            Reason::Facilitator => "facilitator",
            Reason::Reviewer => "reviewer",
            Reason::Follower => "follower",
        }
    }
}

/// The audiences of a kind of event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Audiences {
    /// Delegates of the owning governments.
    pub owners: bool,
    /// People of partner organisations.
    pub partners: bool,
    /// People of the event's organisation.
    pub concerned: bool,
    /// Followers of the project, its themes, its organisations.
    pub followers: bool,
    /// Facilitators.
    pub facilitators: bool,
    /// Reviewers.
    pub reviewers: bool,
}

/// Who a kind of event goes to (the table of the module documentation).
pub fn audiences(kind: EventKind) -> Audiences {
    use EventKind::*;
    let owners = Audiences {
        owners: true,
        ..Audiences::default()
    };
    match kind {
        ProjectSubmitted => Audiences {
            reviewers: true,
            ..owners
        },
        ReviewDecision | UpdateOverdue | JoinRequested => owners,
        CoOwnerInvited => Audiences {
            concerned: true,
            ..owners
        },
        StageChanged | UpdatePosted | MilestoneReached => Audiences {
            partners: true,
            followers: true,
            ..owners
        },
        PartnerAdded => Audiences {
            partners: true,
            concerned: true,
            followers: true,
            ..owners
        },
        QuestionAsked | QuestionAnswered => Audiences {
            followers: true,
            ..owners
        },
        IntroductionProposed | IntroductionAccepted | IntroductionDeclined
        | IntroductionExpiring | MeetingProposed | MeetingChanged => Audiences {
            concerned: true,
            facilitators: true,
            ..owners
        },
        InterestExpressed => Audiences {
            facilitators: true,
            ..owners
        },
    }
}

/// Whether events of this kind are public: shown in Atom feeds to anyone. Questions are
/// not (a moderator may hide one, and a feed cannot be taken back), nor anything about
/// reviews, introductions, interest or meetings.
pub fn is_public(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::StageChanged
            | EventKind::UpdatePosted
            | EventKind::MilestoneReached
            | EventKind::PartnerAdded
    )
}

/// Whether a person concerned for `reason` must hear of an event of `kind` whatever their
/// preferences: their own project, or their own introduction, interest or meeting.
pub fn is_mandatory(kind: EventKind, reason: Reason) -> bool {
    use EventKind::*;
    match reason {
        Reason::Owner => true,
        Reason::Concerned => matches!(
            kind,
            IntroductionProposed
                | IntroductionAccepted
                | IntroductionDeclined
                | IntroductionExpiring
                | MeetingProposed
                | MeetingChanged
                | CoOwnerInvited
        ),
        _ => false,
    }
}

/// Whether the use case behind an event of `kind` already writes its own mail to a person
/// concerned for `reason`, so the notification stays in the app (no second mail, no
/// digest line): the review decision to the owners (`review_decision` mail), an
/// introduction and its reminder, acceptance, refusal or expiry to both sides (with their
/// answer links), an expression of interest to the owners, and a meeting's invitation,
/// change or cancellation (with its iCalendar part) to the owners and the organisations
/// invited.
pub fn mailed_by_its_use_case(kind: EventKind, reason: Reason) -> bool {
    use EventKind::*;
    match kind {
        ReviewDecision | InterestExpressed => reason == Reason::Owner,
        IntroductionProposed | IntroductionAccepted | IntroductionDeclined
        | IntroductionExpiring | MeetingProposed | MeetingChanged => {
            matches!(reason, Reason::Owner | Reason::Concerned)
        }
        _ => false,
    }
}

/// How a person wants to hear of a kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// A mail at once.
    Immediately,
    /// In a daily digest, in their morning.
    Daily,
    /// In a weekly digest, Monday morning.
    Weekly,
    /// Not at all (neither mail nor the in-app list).
    Off,
}

impl Delivery {
    /// Every choice, in the order the preferences page lists them.
    pub const ALL: [Delivery; 4] = [
        Delivery::Immediately,
        Delivery::Daily,
        Delivery::Weekly,
        Delivery::Off,
    ];

    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            Delivery::Immediately => "immediately",
            Delivery::Daily => "daily",
            Delivery::Weekly => "weekly",
            Delivery::Off => "off",
        }
    }

    /// The default for a kind: what needs an answer or marks a turn arrives at once,
    /// the rest of a project's news in the daily digest, so nobody drowns in mail.
    pub fn default_for(kind: EventKind) -> Delivery {
        use EventKind::*;
        match kind {
            UpdatePosted | MilestoneReached | PartnerAdded | QuestionAnswered => Delivery::Daily,
            _ => Delivery::Immediately,
        }
    }

    /// What actually happens for a person concerned for `reason`: "off" becomes
    /// "immediately" for mandatory messages.
    pub fn effective(self, kind: EventKind, reason: Reason) -> Delivery {
        if self == Delivery::Off && is_mandatory(kind, reason) {
            Delivery::Immediately
        } else {
            self
        }
    }
}

impl fmt::Display for Delivery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Delivery {
    type Err = ();

    fn from_str(s: &str) -> Result<Delivery, ()> {
        Delivery::ALL.into_iter().find(|d| d.code() == s).ok_or(())
    }
}

/// Digest frequencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Frequency {
    /// Every morning.
    Daily,
    /// Monday mornings.
    Weekly,
}

impl Frequency {
    /// Both.
    pub const ALL: [Frequency; 2] = [Frequency::Daily, Frequency::Weekly];

    /// The stable code (the matching [`Delivery`] code).
    pub fn code(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }

    /// The frequency of a delivery, if it is a digest.
    pub fn of(delivery: Delivery) -> Option<Frequency> {
        match delivery {
            Delivery::Daily => Some(Frequency::Daily),
            Delivery::Weekly => Some(Frequency::Weekly),
            _ => None,
        }
    }

    /// The frequency with this code.
    pub fn from_code(code: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The kind code of its unsubscribe tokens (`digest_daily`, `digest_weekly`).
    pub fn unsubscribe_kind(self) -> &'static str {
        match self {
            Frequency::Daily => "digest_daily",
            Frequency::Weekly => "digest_weekly",
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn nobody_hears_twice_what_a_use_case_mails_itself() {
        use EventKind::*;
        assert!(mailed_by_its_use_case(
            IntroductionProposed,
            Reason::Concerned
        ));
        assert!(mailed_by_its_use_case(IntroductionAccepted, Reason::Owner));
        assert!(mailed_by_its_use_case(ReviewDecision, Reason::Owner));
        assert!(mailed_by_its_use_case(MeetingProposed, Reason::Concerned));
        // Others concerned still hear through their preferences.
        assert!(!mailed_by_its_use_case(
            IntroductionProposed,
            Reason::Facilitator
        ));
        assert!(!mailed_by_its_use_case(StageChanged, Reason::Owner));
        assert!(!mailed_by_its_use_case(
            InterestExpressed,
            Reason::Facilitator
        ));
    }

    use super::*;

    #[test]
    fn owners_hear_of_everything_and_private_kinds_never_reach_followers() {
        for k in EventKind::ALL {
            let a = audiences(*k);
            assert!(a.owners, "{k:?}");
            if a.followers {
                assert!(
                    !matches!(
                        k,
                        EventKind::IntroductionProposed
                            | EventKind::InterestExpressed
                            | EventKind::MeetingProposed
                            | EventKind::ProjectSubmitted
                            | EventKind::ReviewDecision
                    ),
                    "{k:?}"
                );
            }
            if is_public(*k) {
                assert!(a.followers, "{k:?}: public but followers do not hear");
            }
        }
        assert!(audiences(EventKind::ProjectSubmitted).reviewers);
        assert!(audiences(EventKind::InterestExpressed).facilitators);
        assert!(!is_public(EventKind::IntroductionAccepted));
    }

    #[test]
    fn own_projects_and_introductions_cannot_be_turned_off() {
        let k = EventKind::StageChanged;
        assert_eq!(
            Delivery::Off.effective(k, Reason::Owner),
            Delivery::Immediately
        );
        assert_eq!(Delivery::Off.effective(k, Reason::Follower), Delivery::Off);
        assert_eq!(Delivery::Daily.effective(k, Reason::Owner), Delivery::Daily);
        assert!(is_mandatory(
            EventKind::IntroductionProposed,
            Reason::Concerned
        ));
        assert!(!is_mandatory(EventKind::PartnerAdded, Reason::Concerned));
    }

    #[test]
    fn delivery_codes_round_trip() {
        for d in Delivery::ALL {
            assert_eq!(d.code().parse::<Delivery>(), Ok(d));
        }
        assert!("sometimes".parse::<Delivery>().is_err());
        assert_eq!(Frequency::of(Delivery::Weekly), Some(Frequency::Weekly));
        assert_eq!(Frequency::of(Delivery::Off), None);
        assert_eq!(Reason::Owner.min(Reason::Follower), Reason::Owner);
    }
}
