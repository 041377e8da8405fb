//! Thin wrappers over the browser APIs the page uses: the address bar,
//! `Intl.NumberFormat`, the clipboard, `performance.mark` and the embed's
//! height messages. Everything here is the platform's; nothing is
//! reimplemented.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect};
use leptos::prelude::{document, window};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::money::{Cents, Currency};
use crate::model::number::Digits;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn perf_mark(name: &str);
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The current query string, with its leading `?` (or empty).
pub fn query_string() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's address without query or fragment: the base for links.
fn page_base() -> String {
    let loc = window().location();
    let href = loc.href().unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_string()
}

/// The address of this page with `query`: every link to a state is made here.
pub fn link_to(query: &str) -> String {
    format!("{}?{query}", page_base())
}

/// Puts `query` into the address bar without a history entry or a scroll.
pub fn replace_query(query: &str) {
    let wanted = format!("?{query}");
    if query_string() == wanted {
        return;
    }
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&wanted));
    }
}

/// Puts `query` into the address bar as a new history entry, so Back
/// returns to the entry before it.
#[cfg(not(feature = "embed"))]
pub fn push_query(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&format!("?{query}")));
    }
}

/// Calls `f` whenever Back or Forward moves between this page's entries.
pub fn on_popstate(f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = window().add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    cb.forget();
}

/// Marks a point on the performance timeline (read by the benchmark).
pub fn mark(name: &str) {
    perf_mark(name);
}

/// Sets `name` on the root `<html>` element, for theme and layout CSS.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(name, value);
    }
}

pub struct Formats {
    currency: Currency,
    money: js_sys::Function,
    num: js_sys::Function,
}

thread_local! {
    static FORMATS: RefCell<Option<Formats>> = const { RefCell::new(None) };
}

fn number_format(options: &[(&str, JsValue)]) -> js_sys::Function {
    let o = Object::new();
    for (k, v) in options {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    js_sys::Intl::NumberFormat::new(&Array::new(), &o).format()
}

fn with_formats<R>(currency: Currency, f: impl FnOnce(&Formats) -> R) -> R {
    FORMATS.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().map(|x| x.currency) != Some(currency) {
            *slot = Some(Formats {
                currency,
                money: number_format(&[
                    ("style", "currency".into()),
                    ("currency", currency.code().into()),
                    ("minimumFractionDigits", 2.0.into()),
                    ("maximumFractionDigits", 2.0.into()),
                ]),
                num: number_format(&[("maximumFractionDigits", 2.0.into())]),
            });
        }
        f(slot.as_ref().expect("formats were just set"))
    })
}

fn call(f: &js_sys::Function, v: f64) -> String {
    f.call1(&JsValue::UNDEFINED, &JsValue::from_f64(v))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

thread_local! {
    static INTL_READY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Switches number formatting to `Intl.NumberFormat`. The first formatter a
/// page creates loads the browser's locale data, which measured 14-24 ms in
/// headless Chromium; the page calls this right after it has mounted, so
/// that cost stays off the path to the first verdict.
pub fn enable_intl() {
    with_formats(Currency::Usd, |_| ());
    INTL_READY.with(|r| r.set(true));
}

/// Formats money in the reader's locale, always to the cent (the model's
/// one precision: `model::money`). Until [`enable_intl`] runs: the
/// model's plain form, "$1,234.56".
pub fn money(currency: Currency, c: Cents) -> String {
    if !INTL_READY.with(|r| r.get()) {
        return c.plain(currency.symbol());
    }
    // A whole number of cents over 100 is the f64 nearest that decimal,
    // which the formatter writes back to the cent.
    with_formats(currency, |f| call(&f.money, c.units()))
}

/// The browser's last step of reading and writing numbers (see
/// [`Digits`]): `parseFloat` reads the plain digits the model hands on,
/// `Number#toString` writes the shortest digits that read back. Installed
/// by `ui::start` before the URL is read, so the bundle carries none of
/// Rust's float parsing and formatting.
pub const DIGITS: Digits = Digits {
    read: |s| js_sys::parse_float(s),
    shortest: |v| {
        js_sys::Number::from(v)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    },
};

/// Formats a plain number in the reader's locale, up to two decimals.
pub fn number(v: f64) -> String {
    if !INTL_READY.with(|r| r.get()) {
        return crate::model::number::plain_number(v);
    }
    with_formats(Currency::Usd, |f| call(&f.num, v))
}

/// Today's date in the reader's locale, for printed pages and exports.
#[cfg(not(feature = "embed"))]
pub fn today() -> String {
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"dateStyle".into(), &"long".into());
    js_sys::Date::new_0()
        .to_locale_date_string("default", &opts)
        .into()
}

/// Today's date in the reader's time zone as ISO 8601 `YYYY-MM-DD`, for
/// an ADR's front matter. Built from the local year, month and day, not
/// `toISOString`, which gives the UTC date (yesterday or tomorrow near
/// midnight).
#[cfg(not(feature = "embed"))]
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Writes `text` to the clipboard. `Err` when the Clipboard API is missing
/// (non-secure context) or refuses, so the caller can fall back.
#[cfg(not(feature = "embed"))]
pub async fn copy_text(text: &str) -> Result<(), ()> {
    let promise = clipboard_write_text(text).map_err(|_| ())?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// A bundle [`hand_over`] can start: its prefix in the loader tag.
#[cfg(not(any(feature = "full", feature = "embed")))]
#[derive(Clone, Copy)]
pub enum Bundle {
    /// The single page's (`data-js`, `data-wasm`).
    #[cfg(any(feature = "system", feature = "meeting"))]
    Page,
    /// The embed's (`data-embed-js`, `data-embed-wasm`).
    Embed,
}

/// Starts another bundle in place of this one, for an address
/// `assets/boot.js` sent here that turned out to be another's (`present=0`
/// and `ballot=false` are the single page's, `ballot=false&embed=1` the
/// embed's): calls the `rustOrGoStart` that boot.js
/// leaves on `window`. Without it (a page that did not load through
/// boot.js), says so in the loading card's place.
#[cfg(not(any(feature = "full", feature = "embed")))]
pub fn hand_over(to: Bundle) {
    let start = Reflect::get(&window(), &"rustOrGoStart".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let prefix = match to {
        #[cfg(any(feature = "system", feature = "meeting"))]
        Bundle::Page => "data-",
        Bundle::Embed => "data-embed-",
    };
    match start {
        Some(f) => {
            let _ = f.call1(&JsValue::NULL, &prefix.into());
        }
        None => super::fatal::show("this address is another bundle's, and it could not be started"),
    }
}

/// In an iframe, posts the page's height to the parent now and whenever it
/// changes. Sends only `{type, height}`; the page never listens for
/// messages, so a host cannot steer it.
pub fn post_height_to_parent() {
    let win = window();
    let Ok(Some(parent)) = win.parent() else {
        return;
    };
    if Object::is(&parent, &win) {
        return;
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0f64));
    let post = move || {
        // The body's height, not the root's: the root's scrollHeight never
        // falls below the iframe's own height, so an embed measured by it
        // could grow its iframe but never shrink it again.
        let height = match document().body() {
            Some(body) => f64::from(body.scroll_height()),
            None => return,
        };
        if height == last.get() {
            return;
        }
        last.set(height);
        let msg = Object::new();
        let _ = Reflect::set(&msg, &"type".into(), &"rust-or-go:height".into());
        let _ = Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, "*");
    };
    post();
    let cb = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    cb.forget();
}

/// Benchmark builds only (`benches/count/build.sh`, with an instrumented
/// reactive_graph): `window.__runCounts()` returns how many times render
/// effects, memos and effects have re-run, so the benchmark can count the
/// reactive work one input causes.
#[cfg(count_runs)]
pub fn expose_run_counts() {
    use std::sync::atomic::Ordering::Relaxed;
    let f = Closure::<dyn Fn() -> Array>::new(|| {
        leptos::reactive::RUN_COUNTS
            .iter()
            .map(|c| JsValue::from(c.load(Relaxed) as u32))
            .collect()
    });
    let _ = Reflect::set(&window(), &"__runCounts".into(), f.as_ref());
    f.forget();
}

/// Keeps a link's `href` current without re-rendering it on every input:
/// it is written now and again whenever the link can be followed or
/// copied (the pointer reaches it, it takes focus, a press, a key, the
/// context menu), from the state at that moment.
pub fn href_on_reach(a: &web_sys::Element, href: impl Fn() -> String + 'static) {
    let _ = a.set_attribute("href", &leptos::prelude::untrack(&href));
    let el = a.clone();
    let cb = Closure::<dyn Fn()>::new(move || {
        let _ = el.set_attribute("href", &href());
    });
    for ev in [
        "pointerenter",
        "focus",
        "pointerdown",
        "keydown",
        "contextmenu",
    ] {
        let _ = a.add_event_listener_with_callback(ev, cb.as_ref().unchecked_ref());
    }
    // The listeners live as long as the page.
    cb.forget();
}

/// Calls `f` before the page prints: `beforeprint`, and the print media
/// query turning on (print preview, emulated print media).
#[cfg(not(feature = "embed"))]
pub fn before_print(f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = window().add_event_listener_with_callback("beforeprint", cb.as_ref().unchecked_ref());
    if let Ok(Some(mq)) = window().match_media("print") {
        let _ = mq.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
    }
    cb.forget();
}

/// Debug builds only: `window.__numbers(texts, values)` runs the model's
/// number reader over `texts` and its writers over `values` with the
/// browser's last step installed, so a browser test can compare them with
/// Rust's (`tests/browser/numbers.test.mjs` against the fixture that
/// `tests/numbers.rs` keeps). Returns `{ parsed, read, written, plain }`:
/// each text's value (a number) and the value or error as text, each
/// value as `write_number` and `plain_number` write it.
#[cfg(debug_assertions)]
pub fn expose_number_check() {
    use crate::model::number::{parse_number, plain_number, write_number};
    let check =
        Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(|texts: JsValue, values: JsValue| {
            let texts = Array::from(&texts);
            let values = Array::from(&values);
            let parsed = texts
                .iter()
                .map(|t| parse_number(&t.as_string().unwrap_or_default()))
                .collect::<Vec<_>>();
            let out = Object::new();
            let list = |items: Vec<JsValue>| items.into_iter().collect::<Array>();
            let set = |k: &str, v: Array| {
                let _ = Reflect::set(&out, &k.into(), &v);
            };
            set(
                "parsed",
                list(
                    parsed
                        .iter()
                        .map(|r| JsValue::from_f64(r.unwrap_or(f64::NAN)))
                        .collect(),
                ),
            );
            set(
                "read",
                list(
                    parsed
                        .iter()
                        .map(|r| match r {
                            Ok(v) => JsValue::from_str(&write_number(*v)),
                            Err(e) => JsValue::from_str(&format!("error: {e}")),
                        })
                        .collect(),
                ),
            );
            let num = |v: JsValue| v.as_f64().unwrap_or(f64::NAN);
            set(
                "written",
                list(
                    values
                        .iter()
                        .map(|v| JsValue::from_str(&write_number(num(v))))
                        .collect(),
                ),
            );
            set(
                "plain",
                list(
                    values
                        .iter()
                        .map(|v| JsValue::from_str(&plain_number(num(v))))
                        .collect(),
                ),
            );
            out.into()
        });
    let _ = Reflect::set(&window(), &"__numbers".into(), check.as_ref());
    check.forget();
}
