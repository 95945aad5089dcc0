//! The user a system log names: `sshd[33245]: Accepted publickey for yasaman from 10.0.0.8`,
//! `Failed password for invalid user mehmet from …`, `pam_unix(sudo:session): session opened for
//! user joana`, an IRC log's `*** miroslav is now known as miro_afk`, and a user's account in any
//! language's prose (`attivata dall'utente chaminda`). Accounts are named after
//! their people; a lowercase given name in the account's slot of such a line is that person.

use crate::cand::{Cands, Ent};
use crate::doc::{Doc, Shape};

/// Score: a slot of a log line, as a labelled field's weak form.
const SCORE: f32 = 0.85;

/// Programs whose log lines name an account after `for` / `user`.
const LOGGERS: &[&str] = &["sshd", "sudo", "pam_unix", "login", "su", "systemd-logind"];

/// The word for a user in the seven languages, after an elided article too (`dall'utente`).
const USER_WORDS: &[&str] =
    &["user", "utente", "usuario", "usuário", "utilisateur", "utilisatrice", "benutzer", "benutzerin", "nutzer", "gebruiker"];

pub(super) fn log_users(doc: &Doc<'_>, out: &mut Cands) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let le = doc.line_end(i);
        let logged = doc.toks[i..le].iter().any(|t| t.is_word() && LOGGERS.contains(&&*t.lower));
        let irc = le > i + 4 && doc.text[doc.toks[i].start..doc.toks[le - 1].end].contains("*** ");
        for k in i..le {
            let t = &doc.toks[k];
            // Only an account's shape can fill a slot: the cheap test first, on every token.
            if !account_name(t) {
                continue;
            }
            // `l'opzione attivata dall'utente chaminda`, `el usuario jperez`, `der Benutzer mmueller`:
            // the word for a user, in any line, before an account.
            let user_word =
                k > i && doc.toks[k - 1].is_word() && USER_WORDS.contains(&doc.toks[k - 1].lower.rsplit(['\'', '’']).next().unwrap_or(""));
            let slot = user_word
                || if logged {
                    // `for X from`, `for invalid user X from`, `for user X`, `Invalid user X from`.
                    let before = |j: usize| j > i && doc.toks[j - 1].is_word() && matches!(&*doc.toks[j - 1].lower, "for" | "user");
                    let after = k + 1 >= le || doc.toks[k + 1].is_punct('(') || matches!(&*doc.toks[k + 1].lower, "from" | "by");
                    before(k) && after
                } else {
                    // `*** X is now known as Y`
                    irc && k + 4 < le && doc.toks[k + 1].lower == "is" && doc.toks[k + 2].lower == "now" && doc.toks[k + 3].lower == "known"
                };
            if slot {
                out.push(k, k + 1, Ent::Person, SCORE);
            }
        }
        i = le.max(i + 1);
    }
}

/// A lowercase given name the lists know, or a word of letters English hardly writes (`yasaman`,
/// `ayane`), and no common word or system account (`root`, `admin`, `git`, `deploy`, `postgres`).
fn account_name(t: &crate::doc::Token<'_>) -> bool {
    let w = t.wordinfo();
    let rare = w.zipf < 2.0 && t.char_len() >= 4 && t.lower.chars().all(char::is_alphabetic);
    t.is_word() && t.shape == Shape::Lower && t.char_len() >= 3 && (w.is_first() || rare) && !w.is_wordy()
}

#[cfg(test)]
mod tests {
    use super::log_users;
    use crate::lexicon::Lexicon;
    use crate::tests::rule_values;

    #[test]
    fn a_given_name_in_a_log_line_s_account_slot_is_a_person() {
        let lex = Lexicon::from_rows(
            &[("yasaman", 0.0, 0.01, 0.0), ("miroslav", 0.0, 0.01, 0.0), ("root", 4.5, 0.0, 0.0), ("first", 6.0, 0.0, 0.0)],
            &[],
        );
        let found = |text: &str| rule_values(&lex, text, log_users);
        assert_eq!(found("Mar 2 10:01:02 gw3 sshd[33245]: Accepted publickey for yasaman from 10.0.0.8 port 52211\n"), ["yasaman"]);
        assert_eq!(found("gw3 sshd[11]: Failed password for invalid user yasaman from 10.0.0.9\n"), ["yasaman"]);
        assert_eq!(found("[11:02] *** miroslav is now known as miro_afk\n"), ["miroslav"]);
        // Negative: a system account, and the same words outside a log line.
        assert!(found("gw3 sshd[11]: Accepted publickey for root from 10.0.0.8\n").is_empty());
        // A name no list knows, in the slot: letters English hardly writes.
        assert_eq!(found("app-02 sshd[43156]: Accepted publickey for zentrixa from 10.0.0.8\n"), ["zentrixa"]);
        assert!(found("app-02 sshd[43156]: Accepted publickey for ubuntu2 from 10.0.0.8\n").is_empty());
        assert!(found("Thanks for yasaman from the team\n").is_empty());
        // The word for a user before an account, in any line and language.
        assert_eq!(found("L'opzione risulta attivata dall'utente yasaman in fase di rinnovo.\n"), ["yasaman"]);
        assert_eq!(found("Gemeld door gebruiker zentrixa gisteren.\n"), ["zentrixa"]);
        // Negative: a system account or a word after it.
        assert!(found("Anmeldung als Benutzer root fehlgeschlagen.\n").is_empty());
        assert!(found("Ask the user first.\n").is_empty());
    }
}
