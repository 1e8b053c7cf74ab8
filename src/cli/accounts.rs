//! `pfp user …`: accounts for operators and scripts.

use std::io::Read;

use clap::{Args, Subcommand};

use crate::app::accounts::{self, NewAccount, Refusal};
use crate::config::Settings;
use crate::db::Db;
use crate::domain::Language;
use crate::domain::Role;
use crate::domain::person::{OrganisationMismatch, check_password, parse_name};
use crate::secrets::password;

/// `pfp user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account with a password (read from standard input), its address marked
    /// verified; prints the new person's id. E.g. the first administrator:
    /// `printf '%s\n' "$PASSWORD" | pfp user add --email ops@example.org --role administrator --password-stdin`
    Add(AddArgs),
}

/// Arguments of `pfp user add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The person's e-mail address (their sign-in name).
    #[arg(long, value_name = "ADDRESS")]
    email: String,
    /// Role: observer, member, delegate, facilitator, reviewer or administrator.
    #[arg(long)]
    role: String,
    /// Code of their organisation, e.g. `MX` (a government, for a delegate) or `org:IOM`
    /// (any organisation, for a member); the other roles have none.
    #[arg(long, value_name = "KEY")]
    organisation: Option<String>,
    /// Name as shown (default: the part of the address before the @).
    #[arg(long)]
    name: Option<String>,
    /// Language of the interface and of their mail (en, fr, es, ar, zh, ru).
    #[arg(long, default_value = "en")]
    lang: Language,
    /// Read the password from standard input (its trailing newline removed). Required: a
    /// password never goes on the command line, where other users of the machine see it.
    #[arg(long, required = true)]
    password_stdin: bool,
}

/// Runs a `pfp user` command.
pub fn run(settings: &Settings, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add(args) => add(settings, args, &mut std::io::stdin().lock()),
    }
}

/// The password as read from standard input: the trailing newline (`\n` or `\r\n`) a
/// shell or a file adds is not part of it.
fn read_password(input: &mut impl Read) -> anyhow::Result<String> {
    let mut raw = String::new();
    input
        .read_to_string(&mut raw)
        .map_err(|e| anyhow::anyhow!("cannot read the password from standard input: {e}"))?;
    let trimmed = raw
        .strip_suffix('\n')
        .map(|s| s.strip_suffix('\r').unwrap_or(s))
        .unwrap_or(&raw);
    Ok(trimmed.to_owned())
}

fn add(settings: &Settings, args: AddArgs, stdin: &mut impl Read) -> anyhow::Result<()> {
    let email = accounts::parse_new_address(&args.email)
        .ok_or_else(|| anyhow::anyhow!("--email {:?} is not an e-mail address", args.email))?;
    let role: Role = args.role.parse().map_err(|_| {
        anyhow::anyhow!(
            "--role {:?} is not a role; use one of: {}",
            args.role,
            assignable_roles()
        )
    })?;
    if role == Role::Visitor {
        anyhow::bail!(
            "--role visitor is not a role an account can have; use one of: {}",
            assignable_roles()
        );
    }
    let default_name = email
        .as_str()
        .split('@')
        .next()
        .unwrap_or_default()
        .to_owned();
    let name = parse_name(args.name.as_deref().unwrap_or(&default_name))
        .map_err(|e| anyhow::anyhow!("--name: {e}"))?;
    let organisation = args
        .organisation
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned);
    let password = read_password(stdin)?;
    check_password(&password).map_err(|e| anyhow::anyhow!("password: {e}"))?;
    let hash = password::hash(&password).map_err(|e| anyhow::anyhow!("password hashing: {e}"))?;

    let db = Db::connect(&settings.database_url, 1)?;
    db.migrate()?;
    let mut conn = db.conn()?;
    let account = NewAccount {
        email,
        name,
        role,
        organisation,
        lang: args.lang,
    };
    let now = settings.clock.now();
    let outcome = {
        use diesel::Connection;
        conn.transaction(|c| accounts::add_user(c, &account, &hash, now))
    };
    let id = match outcome {
        Ok(Ok(id)) => id,
        Ok(Err(refusal)) => anyhow::bail!(explain(&refusal)),
        Err(e) if accounts::is_unique_violation(&e) => {
            anyhow::bail!(explain(&Refusal::EmailTaken(account.email.to_string())))
        }
        Err(e) => return Err(e.into()),
    };
    println!("{id}");
    Ok(())
}

fn assignable_roles() -> String {
    Role::ALL
        .iter()
        .filter(|r| **r != Role::Visitor)
        .map(|r| r.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The refusal as an operator reads it: which option to change.
fn explain(refusal: &Refusal) -> String {
    match refusal {
        Refusal::EmailTaken(email) => {
            format!("an account with the address {email} already exists")
        }
        Refusal::UnknownOrganisation(code) => format!(
            "--organisation {code:?}: no organisation has this code (codes are like MX or org:IOM)"
        ),
        Refusal::Organisation {
            role,
            mismatch,
            code,
        } => {
            let code = code.as_deref().unwrap_or_default();
            match mismatch {
                OrganisationMismatch::Missing => {
                    format!("--role {role} needs --organisation (the code of their organisation)")
                }
                OrganisationMismatch::NotAGovernment => format!(
                    "--organisation {code:?} is not a government; a delegate represents a government"
                ),
                OrganisationMismatch::Unexpected => {
                    format!("--role {role} belongs to no organisation; leave out --organisation")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_trailing_newline_is_removed_from_the_password() {
        let read = |s: &str| read_password(&mut s.as_bytes()).unwrap();
        assert_eq!(read("correct horse battery\n"), "correct horse battery");
        assert_eq!(read("correct horse battery\r\n"), "correct horse battery");
        assert_eq!(read("correct horse battery"), "correct horse battery");
        assert_eq!(read(" spaced out \n\n"), " spaced out \n");
    }
}
