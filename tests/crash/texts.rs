//! Staff's words per language under SIGKILL (issue 19): staff save a badge's name in two
//! languages, and the site's name in two, form after form through the real pages (signed in,
//! with the forms' CSRF token) while the server is killed at random moments. Each form is one
//! transaction: after the restarts both languages of each hold the same round's words (all of
//! a form or none), at least the last acknowledged round, and `verify` is clean.

use comuniza::domain::records::BadgeId;
use comuniza::domain::settings::{Setting, Text};
use comuniza::i18n::Lang;
use comuniza::store::commands::{BadgeFields, CreateBadge};

use super::tidying::{add_staff, sign_in};
use super::*;

const ROUNDS: usize = 400;
const PASSWORD: &str = "texts-password-0123";

/// A staff member and a badge to write the words of.
fn prepare_badge(data: &Path) -> BadgeId {
    let engine = Engine::open(data, Capacities::default()).unwrap();
    let w = &engine.writer;
    let staff = add_staff(w, "wordsmith", PASSWORD);
    let fields = BadgeFields {
        name: "Helper".into(),
        slug: "helper".into(),
        description: String::new(),
        icon: String::new(),
        badge_type: comuniza::domain::choice::BadgeType::Bronze,
        category: comuniza::domain::choice::BadgeCategory::Special,
        points: 5,
        is_active: true,
        is_secret: false,
        display_order: 0,
    };
    let badge = BadgeId(
        w.run_blocking(Actor::User(staff), CreateBadge(fields))
            .unwrap(),
    );
    engine.close();
    badge
}

/// Saves round `next..` of the words (the badge's, then the site's name), until the server
/// goes away: answers the rounds acknowledged.
fn write_until_gone(base: &str, badge: BadgeId, next: usize) -> Vec<usize> {
    let Some((client, csrf)) = sign_in(base, "wordsmith", PASSWORD) else {
        return Vec::new();
    };
    let mut acked = Vec::new();
    for n in next..ROUNDS {
        let badge_words = [
            ("csrf", csrf.clone()),
            ("name_de", format!("Helfer {n}")),
            ("description_de", String::new()),
            ("name_es", format!("Ayudante {n}")),
            ("description_es", String::new()),
        ];
        let site_words = [
            ("csrf", csrf.clone()),
            ("site_name", "Kiez".to_string()),
            ("site_tagline", String::new()),
            ("welcome_message", String::new()),
            ("site_name_de", format!("Kiez {n}")),
            ("site_name_es", format!("Barrio {n}")),
        ];
        for (path, form) in [
            (format!("/admin/badges/{badge}/texts"), &badge_words[..]),
            ("/admin/settings".to_string(), &site_words[..]),
        ] {
            let saved = client.post(format!("{base}{path}")).form(form).send();
            if !saved.is_ok_and(|r| r.status() == 303) {
                return acked;
            }
        }
        acked.push(n);
    }
    acked
}

/// The round number at the end of `text` after `prefix`, if it is one of ours.
fn round_of(text: &str, prefix: &str) -> Option<usize> {
    text.strip_prefix(prefix)?.parse().ok()
}

#[test]
fn a_form_of_words_in_several_languages_survives_sigkill_whole() {
    let seed = env_u64("COMUNIZA_CRASH_SEED").unwrap_or(17);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("texts.redb");
    prepare(&data);
    let badge = prepare_badge(&data);
    let acked = kill_rounds(&data, seed, ROUNDS, move |base, done| {
        write_until_gone(&base, badge, done)
    });
    let last = *acked.last().expect("some rounds were acknowledged");
    eprintln!("{} rounds acknowledged", acked.len());
    let status = terminate(start(&data));
    assert!(status.success(), "{status}");
    let read = read_only(&data);
    let word = |lang| read.badge_text(badge, lang).unwrap().unwrap().name;
    let (de, es) = (word(Lang::De), word(Lang::Es));
    let badge_round = round_of(&de, "Helfer ").unwrap();
    assert_eq!(
        round_of(&es, "Ayudante "),
        Some(badge_round),
        "one form, both languages"
    );
    // An answer lost to a kill may leave the next round saved, never an earlier one.
    assert!(
        badge_round >= last,
        "round {badge_round} kept, {last} acknowledged"
    );
    let setting = |lang| {
        let key = Setting::TextIn(Text::SiteName, lang).key();
        read.setting(key).unwrap().unwrap_or_default()
    };
    let site_round = round_of(&setting(Lang::De), "Kiez ").unwrap();
    assert_eq!(round_of(&setting(Lang::Es), "Barrio "), Some(site_round));
    assert!(
        site_round >= last,
        "round {site_round} kept, {last} acknowledged"
    );
    // The site's name follows its badge's round, or is one behind (killed between them).
    assert!(site_round == badge_round || site_round + 1 == badge_round);
    let out = comuniza(&["verify"], &data);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
