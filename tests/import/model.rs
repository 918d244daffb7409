//! An independent computation of what the JSON API must answer for a fixture, written from
//! DOMAIN.md ("Derived figures", "Leaderboards", "Badges", "Group locations", "Fine points",
//! "JSON read API") over the fixture parsed with serde_json. It shares no code with comuniza.
//!
//! It reads fixtures as `gen_community.py` writes them (datetimes in UTC with a `Z`); the
//! hand-written quirky fixture of `quirks.rs` is checked with figures computed by hand instead.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use serde_json::{json, Value};

pub(crate) const BOARDS: [&str; 4] = ["overall", "lending", "borrowing", "reputation"];

/// The figures of DOMAIN.md "Derived figures", in the API's key names.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figures {
    pub(crate) items_lent: i64,
    pub(crate) items_borrowed: i64,
    pub(crate) on_time_returns: i64,
    pub(crate) late_returns: i64,
    pub(crate) reviews_received: i64,
    pub(crate) rating_sum: i64,
    pub(crate) reviews_given: i64,
    pub(crate) points: i64,
    pub(crate) items_shared: i64,
    pub(crate) groups_joined: i64,
}

impl Figures {
    /// clamp(0, 100, 50 + (n > 0 ? floor(10 * sum / n) - 25 : 0) + min(2 * on_time, 20)
    /// - min(5 * late, 30)).
    pub(crate) fn trust_score(&self) -> i64 {
        let reviews = if self.reviews_received > 0 {
            (10 * self.rating_sum).div_euclid(self.reviews_received) - 25
        } else {
            0
        };
        let t = 50 + reviews + (2 * self.on_time_returns).min(20) - (5 * self.late_returns).min(30);
        t.clamp(0, 100)
    }

    /// The score on a board: overall = points, lending = 10 * items_lent, borrowing =
    /// 10 * items_borrowed, reputation = trust_score.
    pub(crate) fn score(&self, board: &str) -> i64 {
        match board {
            "overall" => self.points,
            "lending" => 10 * self.items_lent,
            "borrowing" => 10 * self.items_borrowed,
            "reputation" => self.trust_score(),
            other => panic!("no board {other}"),
        }
    }

    pub(crate) fn to_json(self) -> Value {
        json!({
            "items_lent": self.items_lent,
            "items_borrowed": self.items_borrowed,
            "on_time_returns": self.on_time_returns,
            "late_returns": self.late_returns,
            "reviews_received": self.reviews_received,
            "rating_sum": self.rating_sum,
            "reviews_given": self.reviews_given,
            "trust_score": self.trust_score(),
            "points": self.points,
            "items_shared": self.items_shared,
            "groups_joined": self.groups_joined,
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) struct UserRow {
    pub(crate) pk: u64,
    pub(crate) username: String,
    pub(crate) first_name: String,
    pub(crate) last_name: String,
    pub(crate) is_active: bool,
    pub(crate) date_joined: String,
    /// `profile_visibility` is `public` (missing means Comuniza's default, `private`): only
    /// then does an anonymous viewer see their profile and name (DOMAIN.md, "Profile
    /// privacy").
    pub(crate) public: bool,
}

impl UserRow {
    pub(crate) fn display_name(&self) -> String {
        let full = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        match full.trim() {
            "" => self.username.clone(),
            name => name.to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct BadgeRow {
    pub(crate) pk: u64,
    pub(crate) fields: Value,
    pub(crate) slug: String,
    pub(crate) is_active: bool,
    pub(crate) is_secret: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Earned {
    pub(crate) pk: u64,
    pub(crate) user: u64,
    pub(crate) badge: u64,
    /// RFC 3339 with milliseconds, so that string order is time order.
    pub(crate) earned_at: String,
}

/// A datetime of the fixture (`2023-05-04T10:11:12.345Z` or `2023-05-04T10:11:12Z`) in the
/// API's form (`2023-05-04T10:11:12.345Z`).
pub(crate) fn api_datetime(s: &str) -> String {
    let body = s
        .strip_suffix('Z')
        .unwrap_or_else(|| panic!("not a UTC datetime: {s:?}"));
    assert!(
        body.len() >= 19 && &body[10..11] == "T",
        "unexpected datetime {s:?}"
    );
    let (whole, frac) = body.split_at(19);
    let digits = frac.strip_prefix('.').unwrap_or("");
    assert!(
        digits.bytes().all(|b| b.is_ascii_digit()),
        "unexpected datetime {s:?}"
    );
    let mut ms: String = digits.chars().take(3).collect();
    while ms.len() < 3 {
        ms.push('0');
    }
    format!("{whole}.{ms}Z")
}

/// Everything the API derives from a fixture, computed from the fixture's records.
#[derive(Debug, Default)]
pub(crate) struct Community {
    pub(crate) users: BTreeMap<u64, UserRow>,
    pub(crate) figures: BTreeMap<u64, Figures>,
    pub(crate) badges: BTreeMap<u64, BadgeRow>,
    pub(crate) earned: Vec<Earned>,
    /// Active, not private groups with a known location: (city, state, country, lat, lng).
    pub(crate) located_groups: Vec<(String, String, String, f64, f64)>,
    /// Records per model label.
    pub(crate) counts: BTreeMap<String, u64>,
}

fn s(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => panic!("expected a string, got {other}"),
    }
}

fn n(v: &Value) -> u64 {
    v.as_u64()
        .unwrap_or_else(|| panic!("expected an id, got {v}"))
}

fn b(v: &Value) -> bool {
    v.as_bool()
        .unwrap_or_else(|| panic!("expected a bool, got {v}"))
}

impl Community {
    pub(crate) fn from_fixture_text(text: &str) -> Community {
        let records: Vec<Value> = serde_json::from_str(text).expect("the fixture is a JSON list");
        Community::from_records(&records)
    }

    pub(crate) fn from_records(records: &[Value]) -> Community {
        let mut c = Community::default();
        // Figures exist for every user, inactive ones included.
        for r in records {
            let model = r["model"].as_str().expect("model");
            *c.counts.entry(model.to_string()).or_default() += 1;
            let pk = n(&r["pk"]);
            let f = &r["fields"];
            match model {
                "users.user" => {
                    c.users.insert(
                        pk,
                        UserRow {
                            pk,
                            username: s(&f["username"]),
                            first_name: s(&f["first_name"]),
                            last_name: s(&f["last_name"]),
                            is_active: b(&f["is_active"]),
                            date_joined: s(&f["date_joined"]),
                            public: f["profile_visibility"] == "public",
                        },
                    );
                    c.figures.insert(pk, Figures::default());
                }
                "groups.group" => {
                    let located = b(&f["is_active"])
                        && s(&f["privacy"]) != "private"
                        && s(&f["city"]) != "Unknown";
                    if located {
                        let coord = |v: &Value| -> f64 {
                            s(v).parse()
                                .unwrap_or_else(|_| panic!("group {pk}: coordinate {v}"))
                        };
                        if f["latitude"].is_null() || f["longitude"].is_null() {
                            // No coordinates: nothing to put on the map.
                            continue;
                        }
                        c.located_groups.push((
                            s(&f["city"]),
                            s(&f["state"]),
                            s(&f["country"]),
                            coord(&f["latitude"]),
                            coord(&f["longitude"]),
                        ));
                    }
                }
                // Active memberships, whatever the group's state.
                "groups.groupmembership" if s(&f["status"]) == "active" => {
                    c.fig(n(&f["user"])).groups_joined += 1;
                }
                // Active items shared with someone: a private one is shared with nobody.
                "items.item" if b(&f["is_active"]) && s(&f["visibility"]) != "private" => {
                    c.fig(n(&f["owner"])).items_shared += 1;
                }
                "loans.loan" => {
                    if s(&f["status"]) != "returned" {
                        continue;
                    }
                    c.fig(n(&f["lender"])).items_lent += 1;
                    let borrower = c.fig(n(&f["borrower"]));
                    borrower.items_borrowed += 1;
                    let (due, returned) = (&f["due_date"], &f["returned_at"]);
                    if !due.is_null() && !returned.is_null() {
                        // returned_at is UTC (`...Z`): its UTC date is its first 10 characters,
                        // and ISO dates compare as strings.
                        let returned = api_datetime(&s(returned));
                        if returned[..10] <= *s(due) {
                            borrower.on_time_returns += 1;
                        } else {
                            borrower.late_returns += 1;
                        }
                    }
                }
                "loans.loanreview" => {
                    let rating = f["rating"].as_i64().expect("rating");
                    let reviewee = c.fig(n(&f["reviewee"]));
                    reviewee.reviews_received += 1;
                    reviewee.rating_sum += rating;
                    c.fig(n(&f["reviewer"])).reviews_given += 1;
                }
                "badges.badge" => {
                    let row = BadgeRow {
                        pk,
                        fields: f.clone(),
                        slug: s(&f["slug"]),
                        is_active: b(&f["is_active"]),
                        is_secret: b(&f["is_secret"]),
                    };
                    c.badges.insert(pk, row);
                }
                "badges.userbadge" => c.earned.push(Earned {
                    pk,
                    user: n(&f["user"]),
                    badge: n(&f["badge"]),
                    earned_at: api_datetime(&s(&f["earned_at"])),
                }),
                "badges.reputationpoints" => {
                    c.fig(n(&f["user"])).points += f["points"].as_i64().expect("points");
                }
                _ => {}
            }
        }
        c
    }

    fn fig(&mut self, user: u64) -> &mut Figures {
        self.figures
            .get_mut(&user)
            .unwrap_or_else(|| panic!("no user {user}"))
    }

    pub(crate) fn active_users(&self) -> impl Iterator<Item = &UserRow> {
        self.users.values().filter(|u| u.is_active)
    }

    /// Scores of the active users on `board`, highest first.
    fn sorted_scores(&self, board: &str) -> Vec<i64> {
        let mut v: Vec<i64> = self
            .active_users()
            .map(|u| self.figures[&u.pk].score(board))
            .collect();
        v.sort_unstable_by_key(|&s| Reverse(s));
        v
    }

    /// 1 + the number of active users with a strictly greater score.
    fn rank_in(sorted_desc: &[i64], score: i64) -> u64 {
        1 + sorted_desc.partition_point(|&s| s > score) as u64
    }

    /// `GET /api/users/{username}` of every active user, by username, as their member and
    /// staff see it (an anonymous viewer sees the public ones only: `UserRow::public`).
    pub(crate) fn expected_users(&self) -> Vec<(String, Value)> {
        let sorted: Vec<Vec<i64>> = BOARDS.iter().map(|b| self.sorted_scores(b)).collect();
        self.active_users()
            .map(|u| (u.username.clone(), self.expected_user_with(u.pk, &sorted)))
            .collect()
    }

    /// `GET /api/users/{username}` of an active user.
    pub(crate) fn expected_user(&self, pk: u64) -> Value {
        let sorted: Vec<Vec<i64>> = BOARDS.iter().map(|b| self.sorted_scores(b)).collect();
        self.expected_user_with(pk, &sorted)
    }

    fn expected_user_with(&self, pk: u64, sorted: &[Vec<i64>]) -> Value {
        let u = &self.users[&pk];
        assert!(u.is_active, "user {pk} is inactive: no profile");
        let f = self.figures[&pk];
        let mut ranks = serde_json::Map::new();
        for (i, board) in BOARDS.iter().enumerate() {
            let score = f.score(board);
            let rank = Community::rank_in(&sorted[i], score);
            ranks.insert((*board).into(), json!({ "rank": rank, "score": score }));
        }
        let display_name = u.display_name();
        // Earned badges of active badges, newest first (earned_at desc, then user badge id
        // desc); secret ones only for the member and staff, so not for the anonymous viewer
        // these tests read as.
        let mut mine: Vec<&Earned> = self
            .earned
            .iter()
            .filter(|e| {
                let b = &self.badges[&e.badge];
                e.user == pk && b.is_active && !b.is_secret
            })
            .collect();
        mine.sort_by(|a, b| (&b.earned_at, b.pk).cmp(&(&a.earned_at, a.pk)));
        let badges: Vec<Value> = mine
            .iter()
            .map(|e| json!({ "slug": self.badges[&e.badge].slug, "earned_at": e.earned_at }))
            .collect();
        json!({
            "username": u.username,
            "display_name": display_name,
            "joined_at": api_datetime(&u.date_joined),
            "figures": f.to_json(),
            "ranks": ranks,
            "badges": badges,
        })
    }

    /// `GET /api/leaderboards` for an anonymous viewer: the first 20 of each board (score
    /// descending, then user pk ascending) with ranks that count ties.
    pub(crate) fn expected_leaderboards(&self) -> Value {
        let mut boards = serde_json::Map::new();
        for board in BOARDS {
            let sorted = self.sorted_scores(board);
            let mut rows: Vec<(i64, u64)> = self
                .active_users()
                .map(|u| (self.figures[&u.pk].score(board), u.pk))
                .collect();
            rows.sort_by_key(|&(score, pk)| (Reverse(score), pk));
            let top: Vec<Value> = rows
                .iter()
                .take(20)
                .map(|&(score, pk)| {
                    let u = &self.users[&pk];
                    // Nameless to an anonymous viewer unless public: same rank and score.
                    let (username, display_name) = match u.public {
                        true => (json!(u.username), json!(u.display_name())),
                        false => (Value::Null, Value::Null),
                    };
                    json!({
                        "rank": Community::rank_in(&sorted, score),
                        "username": username,
                        "display_name": display_name,
                        "score": score,
                    })
                })
                .collect();
            boards.insert(board.into(), Value::Array(top));
        }
        json!({ "boards": boards, "me": null })
    }

    fn total_earned(&self, badge: u64) -> u64 {
        self.earned.iter().filter(|e| e.badge == badge).count() as u64
    }

    fn badge_json(&self, row: &BadgeRow) -> Value {
        let f = &row.fields;
        json!({
            "slug": row.slug,
            "name": f["name"],
            "description": f["description"],
            "icon": f["icon"],
            "badge_type": f["badge_type"],
            "category": f["category"],
            "points": f["points"],
            "display_order": f["display_order"],
            "is_secret": f["is_secret"],
            "total_earned": self.total_earned(row.pk),
        })
    }

    /// Active, not secret badges by display_order, category, badge_type, name.
    pub(crate) fn listed_badges(&self) -> Vec<&BadgeRow> {
        let mut list: Vec<&BadgeRow> = self
            .badges
            .values()
            .filter(|b| b.is_active && !b.is_secret)
            .collect();
        list.sort_by_key(|b| {
            let f = &b.fields;
            (
                f["display_order"].as_i64().unwrap(),
                s(&f["category"]),
                s(&f["badge_type"]),
                s(&f["name"]),
            )
        });
        list
    }

    /// `GET /api/badges` for an anonymous viewer.
    pub(crate) fn expected_badges(&self) -> Value {
        let list: Vec<Value> = self
            .listed_badges()
            .into_iter()
            .map(|b| self.badge_json(b))
            .collect();
        json!({ "badges": list })
    }

    /// `GET /api/badges/{slug}` for an anonymous viewer: `None` for a badge that answers 404
    /// (inactive, or secret).
    pub(crate) fn expected_badge(&self, slug: &str) -> Option<Value> {
        let row = self.badges.values().find(|b| b.slug == slug)?;
        if !row.is_active || row.is_secret {
            return None;
        }
        let mut earners: Vec<&Earned> = self.earned.iter().filter(|e| e.badge == row.pk).collect();
        earners.sort_by(|a, b| (&b.earned_at, b.pk).cmp(&(&a.earned_at, a.pk)));
        let recent: Vec<Value> = earners
            .iter()
            .take(20)
            .map(|e| {
                let u = &self.users[&e.user];
                let username = if u.public {
                    json!(u.username)
                } else {
                    Value::Null
                };
                json!({ "username": username, "earned_at": e.earned_at })
            })
            .collect();
        Some(json!({
            "badge": self.badge_json(row),
            "total_earned": self.total_earned(row.pk),
            "recent_earners": recent,
            "has_earned": null,
        }))
    }

    /// `GET /api/groups/locations`: one entry per (city, state, country, latitude, longitude)
    /// of active, not private groups with a location; group_count descending, then country,
    /// state, city, latitude, longitude ascending.
    pub(crate) fn expected_locations(&self) -> Value {
        type Key = (String, String, String, f64, f64);
        let mut counts: Vec<(Key, u64)> = Vec::new();
        for g in &self.located_groups {
            match counts.iter_mut().find(|(k, _)| k == g) {
                Some((_, c)) => *c += 1,
                None => counts.push((g.clone(), 1)),
            }
        }
        counts.sort_by(|(a, ca), (b, cb)| {
            cb.cmp(ca)
                .then_with(|| (&a.2, &a.1, &a.0).cmp(&(&b.2, &b.1, &b.0)))
                .then_with(|| a.3.total_cmp(&b.3))
                .then_with(|| a.4.total_cmp(&b.4))
        });
        let list: Vec<Value> = counts
            .into_iter()
            .map(|((city, state, country, lat, lng), count)| {
                json!({
                    "city": city, "state": state, "country": country,
                    "latitude": lat, "longitude": lng, "group_count": count,
                })
            })
            .collect();
        json!({ "locations": list })
    }
}

/// Where two JSON values differ, as `path: expected X, got Y` lines.
pub(crate) fn diff(expected: &Value, got: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff_at("", expected, got, &mut out);
    out
}

fn diff_at(path: &str, expected: &Value, got: &Value, out: &mut Vec<String>) {
    match (expected, got) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, va) in a {
                match b.get(k) {
                    Some(vb) => diff_at(&format!("{path}.{k}"), va, vb, out),
                    None => out.push(format!("{path}.{k}: expected {va}, missing")),
                }
            }
            for (k, vb) in b {
                if !a.contains_key(k) {
                    out.push(format!("{path}.{k}: not expected, got {vb}"));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                diff_at(&format!("{path}[{i}]"), va, vb, out);
            }
            if a.len() != b.len() {
                out.push(format!(
                    "{path}: expected {} elements, got {}",
                    a.len(),
                    b.len()
                ));
            }
        }
        (a, b) if a != b => out.push(format!("{path}: expected {a}, got {b}")),
        _ => {}
    }
}
