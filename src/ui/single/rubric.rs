//! The rubric half of the page: five sliders, the verdict card, the chart
//! of how hard each side pulls, and what would flip the verdict.

use crate::model::range::MoneyRange;
use leptos::prelude::*;

use crate::model::anchors::{anchor, EXPERIENCE_NOTE};

use crate::model::score::{Category, Side};
use crate::ui::shared::style::side_class;
use crate::ui::shared::text::text;
use crate::ui::shared::wording;
use crate::ui::single::ctx::Ctx;
use crate::ui::single::readings;
use crate::{
    model::decision::money_flips,
    model::query::ServiceName,
    model::rubric::{flips_weighted, Evaluation, UNITS},
    model::ticks::svg_coord,
    model::weights::Weight,
    ui::shared::number_field::field_value,
};

/// The five sliders.
#[component]
pub fn Sliders(
    /// Compact layout (the presenter): anchors stay, the reading note goes.
    compact: bool,
) -> impl IntoView {
    view! {
        <div class="sliders">
            {Category::ALL.map(|c| view! { <SliderRow category=c /> }).into_iter().collect_view()}
        </div>
        {(!compact).then(|| view! { <p class="note">{EXPERIENCE_NOTE}</p> })}
    }
}

/// One category: label, current value, the range input and its anchor.
#[component]
pub fn SliderRow(
    /// The category this row scores.
    category: Category,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // This category's own signal: moving one slider re-renders only its row.
    let score = ctx.state.score(category);
    let score = move || score.get();
    let param = category.param();
    let (id, anchor_id) = readings::slider_ids(category);
    let side_class = format!("side {}", side_class(category.side()));
    let on_input =
        move |ev: leptos::ev::Event| readings::set_score(ctx, category, &event_target_value(&ev));
    let value = text(move || score().to_string());
    view! {
        <div class="slider-row">
            <div class="slider-head">
                <label for=id.clone()>{category.label()}</label>
                <span class=side_class>{wording::pull_note(category)}</span>
                <output for=id.clone() class="score" aria-hidden="true">{value}</output>
            </div>
            <input
                type="range"
                id=id
                name=param
                min="1"
                max="5"
                step="1"
                prop:value=value
                aria-valuetext=text(move || wording::score_spoken(category, score()))
                aria-describedby=anchor_id.clone()
                on:input=on_input
            />
            <div class="ticks" aria-hidden="true">
                <span>"1"</span><span>"2"</span><span>"3"</span><span>"4"</span><span>"5"</span>
            </div>
            <p class="anchor" id=anchor_id>{text(move || anchor(category, score()).to_string())}</p>
        </div>
    }
}

/// The CSS class of a side's colours; the one place that maps sides to
/// styles.
/// The service's name: shown in the verdict card, the tab title and every
/// export. Text only; cleaning (length, control characters) is the model's.
#[component]
pub fn NameField() -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let notice: RwSignal<Option<String>> = RwSignal::new(None);
    let on_input = move |ev: leptos::ev::Event| {
        let clean = ServiceName::clean(&event_target_value(&ev));
        notice.set(clean.notice().map(|n| format!("The name {n}.")));
        state.update(|s| s.name = clean.name);
    };
    let name = Memo::new(move |_| state.name.with(|n| n.as_str().to_string()));
    // The tab title names the service, so a shared screen or a bookmark says which one.
    Effect::new(move |_| {
        let n = name.get();
        let title = if n.is_empty() {
            "Rust or Go? A decision calculator".to_string()
        } else {
            format!("{n}: Rust or Go?")
        };
        document().set_title(&title);
    });
    view! {
        <div class="field name-field">
            <label for="f-name">"Service name (optional)"</label>
            <input
                type="text"
                id="f-name"
                name="name"
                autocomplete="off"
                placeholder="e.g. fraud-scoring"
                prop:value=name
                on:input=on_input
                aria-describedby="e-name"
            />
            <p class="error" id="e-name" aria-live="polite">{text(move || notice.get().unwrap_or_default())}</p>
        </div>
    }
}

/// "Adjust weights": each category counts 0-3 times. Closed by default; it
/// says when the weights differ from the rubric as written, so nobody reads
/// a weighted verdict as the plain one.
#[component]
pub fn WeightsPanel() -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    let weights = state.weights;
    let changed = Memo::new(move |_| !weights.get().is_default());
    let rows = Category::ALL
        .map(|c| {
            let id = format!("w-{}", c.param());
            let param = crate::model::query::weight_param(c);
            let value = text(move || weights.get().get(c).get().to_string());
            let on_input = move |ev: leptos::ev::Event| {
                if let Some(w) = event_target_value(&ev).parse::<u8>().ok().and_then(Weight::new) {
                    state.update(|s| s.weights.set(c, w));
                }
            };
            view! {
                <div class="weight-row">
                    <label for=id.clone()>{c.short()}</label>
                    <input
                        type="range"
                        id=id.clone()
                        name=param
                        min="0"
                        max="3"
                        step="1"
                        prop:value=value
                        aria-valuetext=text(move || weights.get().get(c).words().to_string())
                        on:input=on_input
                    />
                    <output for=id class="weight-value">{text(move || weights.get().get(c).words().to_string())}</output>
                </div>
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <details class="weights" data-testid="weights">
            <summary>
                "Adjust weights"
                <span class="modified" data-testid="weights-changed" hidden=move || !changed.get()>"weights changed"</span>
            </summary>
            <p class="note">
                "How much each category counts: 0 ignores it, 1 is the rubric as written, 2 doubles it, 3 triples it. Raising a weight never moves the verdict away from that category's side."
            </p>
            {rows}
            <button
                type="button"
                class="secondary"
                hidden=move || !changed.get()
                on:click=move |_| state.update(|s| s.weights = Default::default())
            >
                "Back to equal weights"
            </button>
        </details>
    }
}

/// The verdict, its rationale and the reasons. Updates on every input;
/// only the verdict title goes to the live region, so a drag is announced
/// once per change of verdict rather than once per step. `with_range`
/// adds how sure the money is (the full page; the embed and the presenter
/// keep to the one sentence).
#[component]
pub fn VerdictCard(
    /// Shows [`MoneyRangeText`] under the money.
    #[prop(optional)]
    with_range: bool,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    // The title, class and live region read the verdict memo: they
    // re-render only when the verdict itself changes, not on every step
    // of a drag.
    let reasons = readings::reasons(ctx);
    view! {
        <div
            class=text(readings::card_class(ctx))
            data-testid="verdict"
            data-verdict=text(readings::verdict_id(ctx))
            data-lean=text(readings::lean(ctx))
        >
            <p class="eyebrow">{text(readings::heading(ctx))}</p>
            <p class="verdict-title">{text(readings::title(ctx))}</p>
            <p class="firmness" data-testid="firmness">{text(readings::firmness(ctx))}</p>
            <p class="weights-note" data-testid="weights-note" hidden=readings::weights_equal(ctx)>
                {text(readings::weights_note(ctx))}
            </p>
            <p class="rationale">{text(readings::rationale(ctx))}</p>
            <VerdictMoney />
            {with_range.then(|| view! { <MoneyRangeText /> })}
            <ul class="reasons" data-testid="reasons">
                {move || reasons.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
            </ul>
        </div>
        <p class="sr-only" aria-live="polite" data-testid="verdict-live">
            {text(readings::spoken(ctx))}
        </p>
    }
}

/// The one sentence that joins the verdict and the money, with the plan
/// it prices, that plan's monthly difference against Go, the break-even
/// and the value latency and safety must have as data.
#[component]
pub fn VerdictMoney() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <p
            class="verdict-money"
            data-testid="verdict-money"
            data-plan=text(readings::money(ctx, readings::plan))
            data-monthly=text(readings::money(ctx, readings::monthly))
            data-break-even=text(readings::money(ctx, readings::break_even))
            data-value-needed=text(readings::money(ctx, readings::value_needed))
        >
            {text(readings::sentence(ctx))}
        </p>
    }
}

/// How sure the money is: the break-even of the plan `verdict-money`
/// prices at the end of every range that favours Rust, at the expected
/// values and at the end that favours Go (`data-break-even-rust-end`,
/// `data-break-even`, `data-break-even-go-end`, written as
/// `data-break-even` is), whether the money's verdict is the same at both
/// ends (`data-holds`), and the sentence. All from one memo. `short`
/// gives the sentence's one-line form, for the presenter (the embed
/// writes the same attributes from the same readings).
#[component]
pub fn MoneyRangeText(
    /// The short form ([`MoneyRange::short`]).
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    let range = expect_context::<Ctx>().money_range;
    // One render effect for the element, not one per attribute: the range
    // changes as a whole, and each effect is a run on every input.
    move || {
        range.with(|r: &MoneyRange| {
            view! {
                <p
                    class=if short { "money-range short" } else { "money-range" }
                    data-testid="money-range"
                    data-break-even-rust-end=readings::rust_end(r)
                    data-break-even=readings::expected(r)
                    data-break-even-go-end=readings::go_end(r)
                    data-holds=readings::holds(r)
                >
                    {if short { r.short() } else { r.sentence() }}
                </p>
            }
        })
    }
}

/// Width of the chart's bar track in SVG units.
const TRACK: f64 = 250.0;
/// Left edge of the bar track.
const TRACK_X: f64 = 140.0;
/// Top of each side's bar.
const BAR_Y: [(Side, f64); 2] = [(Side::Rust, 8.0), (Side::Go, 68.0)];

/// SVG units a legend character may take at the largest size the chart
/// sets it (14px on phones; Chromium's sans measures 7.4-7.7), so that
/// legend entries are spaced by what they say and never run into the
/// next one's swatch.
const LEGEND_CHAR: f64 = 8.0;
/// A legend swatch and the space after it, in SVG units.
const LEGEND_KEY: f64 = 14.0;
/// The space between one legend entry's text and the next swatch.
const LEGEND_GAP: f64 = 12.0;

/// The parts of the pull chart that move with the scores, as SVG markup:
/// the description, each side's segments (sized by each category's share
/// of the side's pull), the legend's scores and the percentages. Every
/// piece of text is a category's fixed name or a number, so nothing here
/// needs escaping.
fn pull_markup(e: &Evaluation) -> String {
    let mut out = format!(
        "<desc id=\"pull-desc\">Rust side pulls {}%, Go side pulls {}%.</desc>",
        percent(e, Side::Rust),
        percent(e, Side::Go)
    );
    for (side, y) in BAR_Y {
        let kind = side_class(side);
        let total = TRACK * f64::from(e.units(side)) / f64::from(UNITS);
        let on_side: Vec<_> = e
            .contributions
            .iter()
            .filter(|c| c.category.side() == side)
            .collect();
        let pulls: Vec<f64> = on_side
            .iter()
            .map(|c| f64::from(c.counted) * f64::from(c.weight.get()))
            .collect();
        let sum: f64 = pulls.iter().sum();
        let share = |p: f64| if sum > 0.0 { total * p / sum } else { 0.0 };
        let mut x = TRACK_X;
        let mut key_x = 0.0;
        for (i, c) in on_side.iter().enumerate() {
            let (w, name, score) = (share(pulls[i]), c.category.short(), c.score);
            let label = format!("{name} {score}/5");
            out += &format!(
                "<rect class=\"seg {kind} s{i}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"26\"><title>{name}: {score}/5</title></rect>\
                 <rect class=\"seg {kind} s{i}\" x=\"{}\" y=\"{}\" width=\"10\" height=\"10\"/>\
                 <text class=\"legend\" x=\"{}\" y=\"{}\">{label}</text>",
                svg_coord(x),
                svg_coord(y),
                svg_coord(w),
                svg_coord(key_x),
                svg_coord(y + 32.0),
                svg_coord(key_x + LEGEND_KEY),
                svg_coord(y + 41.5),
            );
            x += w;
            key_x += LEGEND_KEY + label.len() as f64 * LEGEND_CHAR + LEGEND_GAP;
        }
        out += &format!(
            "<text class=\"val\" x=\"{}\" y=\"{}\">{}%</text>",
            svg_coord(TRACK_X + TRACK + 6.0),
            svg_coord(y + 19.0),
            percent(e, side)
        );
    }
    out
}

/// A side's share of the pull, in whole percent.
fn percent(e: &Evaluation, side: Side) -> i32 {
    // Units are 0..=UNITS, so this is 0..=100, rounded half up.
    (e.units(side) * 100 + UNITS / 2) / UNITS
}

/// How hard each side pulls and each category's share, drawn as SVG. What
/// moves with the scores is one memo of markup (one DOM write when it
/// changes, where a binding per attribute re-ran 25 effects per slider
/// move); the lean marker stays a node of its own so it glides.
#[component]
pub fn PullChart() -> impl IntoView {
    let eval = expect_context::<Ctx>().eval;
    // Not a memo: read once, and the DOM is written only when the markup differs.
    let moving = move || eval.with(pull_markup);
    let legend_keys = BAR_Y
        .map(|(side, y)| {
            view! {
                <text class="lbl" x="0" y=svg_coord(y + 19.0)>{format!("{} side", side.name())}</text>
                <rect class="track" x=svg_coord(TRACK_X) y=svg_coord(y) width=svg_coord(TRACK) height="26" />
            }
        })
        .into_iter()
        .collect_view();
    view! {
        <figure class="chart pull-chart">
            <figcaption>"How hard each side pulls"</figcaption>
            <svg viewBox="0 0 430 196" role="img" aria-labelledby="pull-desc">
                {legend_keys}
                <g inner_html=moving />
                <text class="lbl" x="0" y="150">"Lean"</text>
                <line class="axis" x1=svg_coord(TRACK_X) y1="146" x2=svg_coord(TRACK_X + TRACK) y2="146" />
                <line class="mid" x1=svg_coord(TRACK_X + TRACK / 2.0) y1="136" x2=svg_coord(TRACK_X + TRACK / 2.0) y2="156" />
                <text class="end" x=svg_coord(TRACK_X) y="178">"Go"</text>
                <text class="end" x=svg_coord(TRACK_X + TRACK) y="178" text-anchor="end">"Rust"</text>
                <circle
                    class="marker"
                    cx=text(move || eval.with(|e| svg_coord(TRACK_X + TRACK / 2.0 + e.lean() * TRACK / 2.0)))
                    cy="146"
                    r="8"
                />
            </svg>
        </figure>
    }
}

/// The nearest single changes that would flip the verdict.
#[component]
pub fn Flips() -> impl IntoView {
    let state = expect_context::<Ctx>().state;
    // Scores and weights only: typing a cost does not re-run the 20 trial
    // verdicts. Not a memo: every score change changes a line ("from 3").
    let items = move || {
        let (scores, weights) = (state.scores(), state.weights.get());
        flips_weighted(&scores, &weights)
            .into_iter()
            .take(3)
            .map(|f| {
                format!(
                    "{} from {} to {}: {}",
                    f.category.label(),
                    scores.get(f.category),
                    f.to,
                    f.verdict.title()
                )
            })
            .collect::<Vec<String>>()
    };
    view! {
        <div class="flips">
            <h3>"What would change the verdict"</h3>
            <ul data-testid="flips">
                {move || list_items(items(), "No single score change flips it.")}
            </ul>
            <MoneyFlips />
        </div>
    }
}

/// The nearest value of instances, RAM, CPU saving or price that moves the
/// break-even across the horizon, in the style of the verdict flips.
#[component]
pub fn MoneyFlips() -> impl IntoView {
    let items = money_flip_lines(expect_context::<Ctx>());
    view! {
        <h3>"What would change the money"</h3>
        <ul data-testid="money-flips">
            {move || list_items(items.get(), crate::model::decision::NO_MONEY_FLIP)}
        </ul>
    }
}

/// The money flips as text; a memo, so the list is rebuilt only when a
/// line changes. The flips are found here, for the plan the money prices,
/// not by [`decide`](crate::model::decision::decide): only this list shows
/// them, and the embed, which has none, skips the bisection. The memo reads
/// the cost inputs and experience that move the money, so it re-runs with
/// it, once.
fn money_flip_lines(ctx: Ctx) -> Memo<Vec<String>> {
    let (money, state, intl) = (ctx.money, ctx.state, ctx.intl);
    Memo::new(move |_| {
        intl.track();
        let cur = state.currency.get();
        let exp = state.score(Category::Experience).get();
        let rust_plan = money.with(|m| m.rust_plan);
        let plan = rust_plan.name();
        money_flips(&state.cost(), exp, rust_plan)
            .iter()
            .map(|f| {
                let spec = f.field.spec();
                let from = state.field(f.field).get();
                let show = |v: f64| field_value(f.field, v, cur);
                let when = if f.break_even.within_horizon() {
                    format!("{plan} pays back {}", f.break_even.when())
                } else {
                    format!(
                        "{plan} pays back {}, outside the horizon",
                        f.break_even.when()
                    )
                };
                format!(
                    "{} from {} to {}: {when}",
                    spec.label,
                    show(from),
                    show(f.to)
                )
            })
            .collect()
    })
}

/// A list's items, or one item saying there are none.
fn list_items(items: Vec<String>, none: &str) -> impl IntoView {
    let items = if items.is_empty() {
        vec![none.to_string()]
    } else {
        items
    };
    items
        .into_iter()
        .map(|t| view! { <li>{t}</li> })
        .collect_view()
}
