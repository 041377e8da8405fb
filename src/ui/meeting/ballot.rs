//! The ballot (`ballot=1`): one person's private vote on this service.
//! Five questions that start unanswered (a score is chosen, never
//! inherited from the presenter), the voter's name, and "Send my vote",
//! which gives a short code to read out or type (`45425 Ana`) and the
//! same as a short link. It shows nothing of anyone else's vote.

use crate::model::anchors::anchor;
use crate::model::query::{Notice, ServiceName};
use crate::model::room::{ballot_query, vote_code, vote_query, Ballot, Vote};
use crate::model::score::{Category, Score, Scores, Side};
use crate::model::text::{and_list, for_count};
use crate::model::weights::{Weight, Weights};
use crate::ui::platform::browser::{link_to, replace_query};
use crate::ui::shared::copy::{copy, CopyState, ManualCopy};
use crate::ui::shared::notices::Notices;
use crate::ui::shared::style::side_class;
use crate::ui::shared::text::{flag, text};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One answer per category: `None` until the voter picks a score.
type Answers = [RwSignal<Option<Score>>; 5];

/// What a question's weight means for this decision, when it is not x1.
fn weight_note(w: Weight) -> Option<String> {
    (w != Weight::DEFAULT).then(|| format!("Counts {} in this decision.", w.words()))
}

/// Moves the focus (and the view) to the element with this id.
fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The whole ballot page.
#[component]
pub fn BallotPage(
    /// The service, its weights and any vote already sent from here.
    ballot: Ballot,
    /// What the URL said that could not be used as written.
    notices: Vec<Notice>,
) -> impl IntoView {
    let Ballot {
        name,
        weights,
        vote,
    } = ballot;
    let answers: Answers =
        Category::ALL.map(|c| RwSignal::new(vote.as_ref().map(|v| v.scores.get(c))));
    let voter = RwSignal::new(
        vote.as_ref()
            .map(|v| v.label.to_string())
            .unwrap_or_default(),
    );
    let sent: RwSignal<Option<Vote>> = RwSignal::new(vote);
    // Whether the voter tried to send with questions unanswered; the
    // message then follows the answers until every one is given.
    let tried = RwSignal::new(false);
    let error = text(move || {
        let missing: Vec<&str> = Category::ALL
            .into_iter()
            .filter(|c| answers[c.index()].with(Option::is_none))
            .map(|c| c.short())
            .collect();
        if !tried.get() || missing.is_empty() {
            return String::new();
        }
        format!(
            "Answer every question before sending: {} {} not answered yet.",
            and_list(&missing),
            for_count(missing.len(), "is", "are")
        )
    });
    let cs = CopyState::new();
    let title = if name.is_empty() {
        "Your vote".to_string()
    } else {
        format!("Your vote on {name}")
    };
    document().set_title(&format!("{title} · Rust or Go?"));
    let service = name.clone();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let missing: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|c| answers[c.index()].get_untracked().is_none())
            .collect();
        if let Some(first) = missing.first() {
            tried.set(true);
            focus(&format!("b-{}-1", first.param()));
            return;
        }
        let mut scores = Scores::default();
        for c in Category::ALL {
            if let Some(s) = answers[c.index()].get_untracked() {
                scores.set(c, s);
            }
        }
        let vote = Vote::new(&voter.get_untracked(), scores);
        tried.set(false);
        replace_query(&vote_query(&service, &weights, &vote));
        sent.set(Some(vote));
        focus("h-sent");
    };
    let service = name.clone();
    let change = move |_| {
        replace_query(&ballot_query(&service, &weights));
        sent.set(None);
        cs.status.set(String::new());
        cs.manual.set(None);
    };
    let code = text(move || sent.with(|v| v.as_ref().map(vote_code).unwrap_or_default()));
    let service = name.clone();
    let link = Memo::new(move |_| {
        sent.with(|v| {
            v.as_ref()
                .map(|v| link_to(&vote_query(&service, &weights, v)))
                .unwrap_or_default()
        })
    });
    let shown_name = name.to_string();
    view! {
        <main class="ballot" data-testid="ballot" data-sent=text(move || sent.with(Option::is_some).to_string())>
            <header class="ballot-top">
                <p class="eyebrow">"Rust or Go? A private vote"</p>
                <h1>
                    {if shown_name.is_empty() {
                        view! { "Your vote" }.into_any()
                    } else {
                        view! { "Your vote on "<span data-testid="ballot-service">{shown_name}</span> }.into_any()
                    }}
                </h1>
                <p class="ballot-intro">
                    "Score the service on your own, before the room compares. Nobody sees your vote until you send it, and this page shows nobody else's."
                </p>
                {weights.describe().map(|w| view! { <p class="ballot-weights" data-testid="ballot-weights">{w}</p> })}
            </header>
            <Notices notices=notices />
            <form class="ballot-form" hidden=flag(move || sent.with(Option::is_some)) on:submit=send novalidate>
                {Category::ALL.map(|c| view! { <Question category=c answer=answers[c.index()] weights=weights /> }).into_iter().collect_view()}
                <div class="ballot-name">
                    <label for="ballot-name">"Your name"</label>
                    <input
                        type="text"
                        id="ballot-name"
                        name="voter"
                        data-testid="ballot-name"
                        maxlength=ServiceName::MAX_CHARS.to_string()
                        autocomplete="name"
                        prop:value=voter
                        on:input=move |ev| voter.set(event_target_value(&ev))
                    />
                    <p class="ballot-hint">"So the room knows who has voted. It travels with your vote as you type it."</p>
                </div>
                <p class="ballot-error" role="alert" data-testid="ballot-error">{error}</p>
                <button type="submit" class="ballot-send" data-testid="send-vote">"Send my vote"</button>
            </form>
            <section class="ballot-sent" hidden=flag(move || sent.with(Option::is_none)) aria-labelledby="h-sent">
                <h2 id="h-sent" tabindex="-1">"Your vote"</h2>
                <p class="ballot-sent-help">"Read this code out to the facilitator, or send it (or the link below) to them:"</p>
                <p class="vote-code" data-testid="vote-code">{code}</p>
                <p class="ballot-code-key">"The five digits are your scores in the order asked: time to market, latency, memory safety, Rust experience, scale; then your name."</p>
                <div class="ballot-actions">
                    <button type="button" data-testid="copy-code" on:click=move |_| copy(cs, "code", code.get_untracked())>"Copy code"</button>
                    <button type="button" class="secondary" data-testid="copy-vote-link" on:click=move |_| copy(cs, "link", link.get_untracked())>"Copy link"</button>
                    <button type="button" class="secondary" data-testid="change-vote" on:click=change>"Change my vote"</button>
                </div>
                <p class="ballot-link"><a data-testid="vote-link" href=text(move || link.get())>{text(move || link.get())}</a></p>
                <ManualCopy cs=cs />
            </section>
        </main>
    }
}

/// One question: five radio buttons 1-5 in a group named by the category,
/// none chosen at first; the chosen level's anchor below.
#[component]
pub fn Question(
    /// The category asked about.
    category: Category,
    /// The voter's answer.
    answer: RwSignal<Option<Score>>,
    /// The decision's weights.
    weights: Weights,
) -> impl IntoView {
    let param = category.param();
    let legend_id = format!("bq-{param}");
    let state_id = format!("bs-{param}");
    let described_by = state_id.clone();
    let side = match category {
        Category::Experience => "low pulls toward Go",
        _ => match category.side() {
            Side::Go => "high pulls toward Go",
            Side::Rust => "high pulls toward Rust",
        },
    };
    let state = text(move || match answer.get() {
        Some(s) => format!("You chose {s}: {}", anchor(category, s)),
        None => "Not answered yet: pick 1 to 5.".to_string(),
    });
    let note = weight_note(weights.get(category));
    view! {
        <fieldset
            class=text(move || if answer.with(Option::is_some) { "ballot-q".into() } else { "ballot-q unanswered".into() })
            data-param=param
            data-answered=text(move || answer.with(Option::is_some).to_string())
            aria-describedby=described_by
        >
            <legend id=legend_id>
                <span class="ballot-q-label">{category.label()}</span>
                " "
                <span class=format!("side {}", side_class(category.side()))>{side}</span>
            </legend>
            {note.map(|n| view! { <p class="ballot-weight">{n}</p> })}
            <div class="ballot-choices">
                {Score::all()
                    .map(|s| {
                        let id = format!("b-{param}-{s}");
                        let for_id = id.clone();
                        view! {
                            <label class="ballot-choice" for=for_id>
                                <input
                                    type="radio"
                                    id=id
                                    name=format!("b-{param}")
                                    value=s.to_string()
                                    prop:checked=flag(move || answer.get() == Some(s))
                                    on:change=move |_| answer.set(Some(s))
                                />
                                <span class="ballot-n">{s.get()}</span>
                                <span class="sr-only">{format!(": {}", anchor(category, s))}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="ballot-state" id=state_id aria-live="polite">{state}</p>
        </fieldset>
    }
}
