//! The HTML pages, server-rendered with maud; each works without JavaScript. One module per part
//! of the site, each with its own `router()`; `layout` holds the chrome and response helpers.
//!
//! | path | module |
//! |---|---|
//! | `/`, `/setup` redirect | `home` |
//! | `/setup`, `/signup`, `/signin`, `/signout`, `/account/...` | `account` |
//! | `/groups/...` | `groups` |
//! | `/groups/map` | `map` |
//! | `/items/...`, `/my/items` | `items` |
//! | `/loans/...` | `loans` |
//! | `/badges/...` | `badges` |
//! | `/leaderboards` | `boards` |
//! | `/users/{username}` | `profile` |
//! | `/search` | `search` |
//! | `/admin/...` | `admin` |

pub mod account;
pub mod admin;
pub mod badges;
pub mod boards;
pub mod conversation;
pub mod groups;
pub mod home;
pub mod items;
pub mod language;
pub mod layout;
pub mod loans;
pub mod map;
pub mod notices;
pub mod paging;
pub mod profile;
mod profile_parts;
pub mod search;
pub mod sentence;

use axum::Router;

use super::state::App;

pub fn router(app: &App) -> Router<App> {
    Router::new()
        .merge(home::router())
        .merge(account::router())
        .merge(groups::router())
        .merge(map::router())
        .merge(notices::router())
        .merge(items::router())
        .merge(loans::router())
        .merge(badges::router())
        .merge(boards::router())
        .merge(profile::router())
        .merge(search::router())
        .merge(language::router())
        .merge(admin::router(app))
}
