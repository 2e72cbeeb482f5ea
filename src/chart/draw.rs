//! Drawing a [`Chart`] for export: one layout (title, legend, axes with dates, marks, hedges and a
//! footnote naming the sources) drawn on a small [`Canvas`] with two implementations, SVG text written
//! here and PNG pixels through plotters' bitmap backend with an embedded font (no system fonts needed).
//! The window's "Save chart" and `claimline chart` both call [`svg`] and [`png`].

use std::collections::BTreeMap;
use std::sync::Once;

use chrono::NaiveDate;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::chart::{Chart, ChartPoint, time};
use crate::claim::{Kind, Qualifier};
use crate::corpus::Corpus;

/// Size, view and title of an exported chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// Size in CSS pixels (SVG) or logical pixels (PNG, multiplied by `scale`).
    pub width: u32,
    pub height: u32,
    /// Pixels per logical pixel for PNG (1, 2, 4 for print).
    pub scale: f32,
    pub title: String,
    pub log_y: bool,
    /// The date range shown (day numbers), else all points.
    pub x_range: Option<(f64, f64)>,
    /// The value range shown (in plot units: log10 of the value on a log scale), else all points.
    pub y_range: Option<(f64, f64)>,
    /// Events drawn as vertical markers.
    pub events: Vec<crate::events::Event>,
}

impl Default for ChartOptions {
    fn default() -> Self {
        Self {
            width: 1000,
            height: 620,
            scale: 1.0,
            title: "Reported troop figures".into(),
            log_y: true,
            x_range: None,
            y_range: None,
            events: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Anchor {
    Start,
    Middle,
    End,
}

/// Marker shapes, as in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Circle,
    Up,
    Down,
    Diamond,
    Square,
    Cross,
    Plus,
    Star,
    Right,
}

fn shape_of(kind: Kind) -> Shape {
    match kind {
        Kind::Deployed => Shape::Circle,
        Kind::Increment => Shape::Up,
        Kind::Planned => Shape::Diamond,
        Kind::Killed => Shape::Cross,
        Kind::Wounded => Shape::Plus,
        Kind::Casualties => Shape::Star,
        Kind::Captured | Kind::Missing => Shape::Down,
        Kind::ForceSize => Shape::Square,
        Kind::Other => Shape::Right,
    }
}

/// The drawing primitives a chart needs.
trait Canvas {
    fn line(&mut self, a: (f64, f64), b: (f64, f64), color: [u8; 3], width: f64);
    fn text(&mut self, at: (f64, f64), text: &str, size: f64, color: [u8; 3], anchor: Anchor);
    /// A claim's mark; `tip` names it (SVG `<title>`), `claim` is its id.
    fn marker(
        &mut self,
        at: (f64, f64),
        shape: Shape,
        r: f64,
        color: [u8; 3],
        filled: bool,
        claim: Option<(u32, &str)>,
    );
}

fn shape_points(shape: Shape, (x, y): (f64, f64), r: f64) -> Vec<(f64, f64)> {
    match shape {
        Shape::Up => vec![(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)],
        Shape::Down => vec![(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)],
        Shape::Right => vec![(x + r, y), (x - r * 0.8, y - r), (x - r * 0.8, y + r)],
        Shape::Diamond => vec![(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)],
        Shape::Square => vec![
            (x - r * 0.85, y - r * 0.85),
            (x + r * 0.85, y - r * 0.85),
            (x + r * 0.85, y + r * 0.85),
            (x - r * 0.85, y + r * 0.85),
        ],
        _ => Vec::new(),
    }
}

/// Line segments of the stroke-only shapes.
fn shape_strokes(shape: Shape, (x, y): (f64, f64), r: f64) -> Vec<((f64, f64), (f64, f64))> {
    let d = r * 0.75;
    match shape {
        Shape::Cross => vec![((x - d, y - d), (x + d, y + d)), ((x - d, y + d), (x + d, y - d))],
        Shape::Plus => vec![((x - r, y), (x + r, y)), ((x, y - r), (x, y + r))],
        Shape::Star => vec![
            ((x - r, y), (x + r, y)),
            ((x - d, y - d), (x + d, y + d)),
            ((x - d, y + d), (x + d, y - d)),
            ((x, y - r), (x, y + r)),
        ],
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// SVG

struct Svg {
    out: String,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

impl Canvas for Svg {
    fn line(&mut self, a: (f64, f64), b: (f64, f64), color: [u8; 3], width: f64) {
        self.out.push_str(&format!(
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"{width}\"/>\n",
            a.0,
            a.1,
            b.0,
            b.1,
            hex(color)
        ));
    }

    fn text(&mut self, at: (f64, f64), text: &str, size: f64, color: [u8; 3], anchor: Anchor) {
        let anchor = match anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        self.out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-family=\"Ubuntu, 'DejaVu Sans', Arial, sans-serif\" font-size=\"{size}\" fill=\"{}\" text-anchor=\"{anchor}\" dominant-baseline=\"hanging\">{}</text>\n",
            at.0,
            at.1,
            hex(color),
            esc(text)
        ));
    }

    fn marker(
        &mut self,
        at: (f64, f64),
        shape: Shape,
        r: f64,
        color: [u8; 3],
        filled: bool,
        claim: Option<(u32, &str)>,
    ) {
        let c = hex(color);
        let fill = if filled { c.clone() } else { "none".to_string() };
        let body = match shape {
            Shape::Circle => format!(
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r:.1}\" fill=\"{fill}\" stroke=\"{c}\" stroke-width=\"1.5\"/>",
                at.0, at.1
            ),
            Shape::Cross | Shape::Plus | Shape::Star => shape_strokes(shape, at, r)
                .into_iter()
                .map(|(a, b)| {
                    format!(
                        "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{c}\" stroke-width=\"2\"/>",
                        a.0, a.1, b.0, b.1
                    )
                })
                .collect(),
            _ => {
                let pts: Vec<String> =
                    shape_points(shape, at, r).iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
                format!("<polygon points=\"{}\" fill=\"{fill}\" stroke=\"{c}\" stroke-width=\"1.5\"/>", pts.join(" "))
            }
        };
        match claim {
            Some((id, tip)) => self
                .out
                .push_str(&format!("<g class=\"claim\" data-claim=\"{id}\"><title>{}</title>{body}</g>\n", esc(tip))),
            None => self.out.push_str(&format!("<g class=\"legend-mark\">{body}</g>\n")),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// PNG, through plotters' bitmap backend

struct Bitmap<'a> {
    backend: BitMapBackend<'a>,
    scale: f64,
}

fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // egui's own bundled font: text renders the same on a machine with no fonts installed.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, epaint_default_fonts::UBUNTU_LIGHT);
    });
}

fn rgb(c: [u8; 3]) -> RGBColor {
    RGBColor(c[0], c[1], c[2])
}

impl Bitmap<'_> {
    fn p(&self, (x, y): (f64, f64)) -> (i32, i32) {
        ((x * self.scale).round() as i32, (y * self.scale).round() as i32)
    }
}

impl Canvas for Bitmap<'_> {
    fn line(&mut self, a: (f64, f64), b: (f64, f64), color: [u8; 3], width: f64) {
        let style = ShapeStyle::from(&rgb(color)).stroke_width(((width * self.scale).round() as u32).max(1));
        let _ = self.backend.draw_line(self.p(a), self.p(b), &style);
    }

    fn text(&mut self, at: (f64, f64), text: &str, size: f64, color: [u8; 3], anchor: Anchor) {
        let h = match anchor {
            Anchor::Start => HPos::Left,
            Anchor::Middle => HPos::Center,
            Anchor::End => HPos::Right,
        };
        let col = rgb(color);
        let style =
            TextStyle::from(("sans-serif", size * self.scale).into_font()).color(&col).pos(Pos::new(h, VPos::Top));
        let _ = self.backend.draw_text(text, &style, self.p(at));
    }

    fn marker(
        &mut self,
        at: (f64, f64),
        shape: Shape,
        r: f64,
        color: [u8; 3],
        filled: bool,
        _claim: Option<(u32, &str)>,
    ) {
        let col = rgb(color);
        let stroke = ShapeStyle::from(&col).stroke_width((1.5 * self.scale).round().max(1.0) as u32);
        match shape {
            Shape::Circle => {
                let rr = (r * self.scale).round() as u32;
                let _ = self.backend.draw_circle(self.p(at), rr, &stroke, false);
                if filled {
                    let _ = self.backend.draw_circle(self.p(at), rr, &ShapeStyle::from(&col).filled(), true);
                }
            }
            Shape::Cross | Shape::Plus | Shape::Star => {
                for (a, b) in shape_strokes(shape, at, r) {
                    self.line(a, b, color, 2.0);
                }
            }
            _ => {
                let pts: Vec<(i32, i32)> = shape_points(shape, at, r).into_iter().map(|p| self.p(p)).collect();
                if filled {
                    let _ = self.backend.fill_polygon(pts.iter().copied(), &col);
                }
                let mut closed = pts.clone();
                closed.extend(pts.first().copied());
                let _ = self.backend.draw_path(closed, &stroke);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Layout, shared by both

const INK: [u8; 3] = [40, 40, 40];
const GRID: [u8; 3] = [225, 225, 225];
const AXIS: [u8; 3] = [120, 120, 120];

/// Rough text width, for wrapping the legend and footnote (the same for both outputs).
fn text_width(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * size * 0.52
}

fn wrap(text: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if text_width(&candidate, size) > max && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// "Sources: Reuters (23 Oct 2024); DW (18 Oct 2024)...": the outlets and article dates of the claims shown.
pub fn sources_note(chart: &Chart, corpus: &Corpus) -> String {
    let mut by_outlet: BTreeMap<String, Vec<Option<NaiveDate>>> = BTreeMap::new();
    let ids = chart.series.iter().flat_map(|s| s.points.iter().map(|p| p.claim)).chain(chart.undated.iter().copied());
    for id in ids {
        let c = corpus.claim(id);
        let d = corpus.document(c.doc);
        let dates = by_outlet.entry(crate::chart::outlet_name(corpus, c).to_string()).or_default();
        if !dates.contains(&d.published.value) {
            dates.push(d.published.value);
        }
    }
    let fmt = |d: &Option<NaiveDate>| d.map_or("undated".to_string(), |d| d.format("%-d %b %Y").to_string());
    let mut parts: Vec<String> = by_outlet
        .into_iter()
        .map(|(o, mut dates)| {
            dates.sort();
            // A long list of dates becomes a count and a span.
            if dates.len() > 3 {
                let dated: Vec<&NaiveDate> = dates.iter().flatten().collect();
                let span = match (dated.first(), dated.last()) {
                    (Some(a), Some(b)) => format!(", {} to {}", fmt(&Some(**a)), fmt(&Some(**b))),
                    _ => String::new(),
                };
                format!("{o} ({} article dates{span})", dates.len())
            } else {
                format!("{o} ({})", dates.iter().map(fmt).collect::<Vec<_>>().join(", "))
            }
        })
        .collect();
    if parts.len() > 12 {
        let more = parts.len() - 12;
        parts.truncate(12);
        parts.push(format!("and {more} more outlets"));
    }
    format!("Sources: {}. Figures as reported, extracted by claimline.", parts.join("; "))
}

fn value_label(v: f64) -> String {
    if v >= 1e6 {
        format!("{}M", trim(v / 1e6))
    } else if v >= 1e3 {
        format!("{}k", trim(v / 1e3))
    } else {
        trim(v)
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.1}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Y ticks in plot units: decades (and 2, 5) on a log scale, round steps on a linear one.
fn y_ticks(lo: f64, hi: f64, log: bool) -> Vec<(f64, String)> {
    if log {
        let mut out = Vec::new();
        for e in (lo.floor() as i32)..=(hi.ceil() as i32) {
            for m in [1.0, 2.0, 5.0] {
                let y = (m * 10f64.powi(e)).log10();
                if y >= lo && y <= hi && (hi - lo < 3.0 || m == 1.0) {
                    out.push((y, value_label(10f64.powf(y))));
                }
            }
        }
        out
    } else {
        let raw = (hi - lo) / 6.0;
        let mag = 10f64.powf(raw.max(1e-9).log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(mag * 10.0);
        let mut y = (lo / step).ceil() * step;
        let mut out = Vec::new();
        while y <= hi + 1e-9 && out.len() < 50 {
            out.push((y, value_label(y)));
            y += step;
        }
        out
    }
}

fn tip(corpus: &Corpus, chart: &Chart, p: &ChartPoint) -> String {
    let c = corpus.claim(p.claim);
    let date = c.claim_date.map_or("undated".into(), |d| d.to_string());
    let outlets = match chart.echoes.get(&p.claim) {
        Some(g) => crate::chart::echo_summary(corpus, g),
        None => crate::chart::outlet_name(corpus, c).to_string(),
    };
    format!("{} {} ({}), {}, {}, {}", c.number_text, c.kind, c.qualifier, crate::chart::claimant_name(c), date, outlets)
}

fn draw(canvas: &mut dyn Canvas, chart: &Chart, corpus: &Corpus, o: &ChartOptions) {
    let (w, h) = (f64::from(o.width), f64::from(o.height));
    let mut top = 12.0;
    canvas.text((w / 2.0, top), &o.title, 18.0, INK, Anchor::Middle);
    top += 28.0;
    // Legend: one entry per series, wrapped.
    let (mut lx, size) = (70.0, 12.0);
    for s in &chart.series {
        let label = format!("{} ({})", s.key, s.points.len());
        let width = 16.0 + text_width(&label, size) + 14.0;
        if lx + width > w - 10.0 && lx > 70.0 {
            lx = 70.0;
            top += 18.0;
        }
        canvas.marker((lx + 5.0, top + 7.0), Shape::Circle, 5.0, s.color, true, None);
        canvas.text((lx + 14.0, top), &label, size, INK, Anchor::Start);
        lx += width;
    }
    top += 22.0;
    canvas.text((70.0, top), "Marks: circle deployed, triangle additional, diamond planned, x killed, + wounded, star casualties, square force size; hollow = approximate; arrow = at least / as many as; bar = range.", 10.0, AXIS, Anchor::Start);
    top += 18.0;
    let note_lines = wrap(&sources_note(chart, corpus), w - 80.0, 10.0);
    let undated_line =
        (!chart.undated.is_empty()).then(|| format!("{} undated claims are not on the timeline.", chart.undated.len()));
    let bottom_text = 16.0 * (note_lines.len() + usize::from(undated_line.is_some())) as f64;
    let (left, right, bottom) = (70.0, w - 20.0, h - 44.0 - bottom_text);
    if bottom - top < 40.0 {
        return;
    }
    // Data ranges.
    let pts: Vec<&ChartPoint> = chart.series.iter().flat_map(|s| &s.points).collect();
    let yv = |v: f64| if o.log_y { v.max(1.0).log10() } else { v };
    let (mut x0, mut x1) = o.x_range.unwrap_or_else(|| chart.bounds().map_or((0.0, 1.0), |b| (b.0, b.1)));
    if x1 - x0 < 1.0 {
        x0 -= 1.0;
        x1 += 1.0;
    }
    let (y0, y1) = o.y_range.unwrap_or_else(|| {
        let lo = pts.iter().map(|p| yv(p.y)).fold(f64::INFINITY, f64::min);
        let hi = pts.iter().map(|p| yv(p.y_high.unwrap_or(p.y))).fold(f64::NEG_INFINITY, f64::max);
        if !lo.is_finite() {
            return (0.0, 1.0);
        }
        if o.log_y { (lo.floor().min(lo - 0.1), hi + 0.2) } else { (0.0, hi * 1.1 + 1.0) }
    });
    let sx = |x: f64| left + (x - x0) / (x1 - x0) * (right - left);
    let sy = |y: f64| bottom - (y - y0) / (y1 - y0).max(1e-9) * (bottom - top);
    // Grid and axes.
    let unit = time::tick_unit(x0, x1, ((right - left) / 110.0).max(2.0) as usize);
    for x in time::ticks(x0, x1, unit) {
        canvas.line((sx(x), top), (sx(x), bottom), GRID, 1.0);
        let label = time::label(x, unit);
        // Labels that would run off the edge are left out (the grid line stays).
        if sx(x) + text_width(&label, 11.0) / 2.0 <= w - 2.0 {
            canvas.text((sx(x), bottom + 6.0), &label, 11.0, INK, Anchor::Middle);
        }
    }
    for (y, label) in y_ticks(y0, y1, o.log_y) {
        canvas.line((left, sy(y)), (right, sy(y)), GRID, 1.0);
        canvas.text((left - 6.0, sy(y) - 6.0), &label, 11.0, INK, Anchor::End);
    }
    canvas.line((left, bottom), (right, bottom), AXIS, 1.0);
    canvas.line((left, top), (left, bottom), AXIS, 1.0);
    let axis = if o.log_y { "personnel, log scale; x: date of the claim" } else { "personnel; x: date of the claim" };
    canvas.text((left, bottom + 22.0), axis, 10.0, AXIS, Anchor::Start);
    // Events: a vertical line and a label at the top.
    const EVENT: [u8; 3] = [150, 90, 20];
    for e in &o.events {
        let x = time::day_number(e.date);
        if x >= x0 && x <= x1 {
            canvas.line((sx(x), top), (sx(x), bottom), EVENT, 1.5);
            canvas.text((sx(x) + 3.0, top + 2.0), &e.label, 10.0, EVENT, Anchor::Start);
        }
    }
    // Marks: hedges first, points on top.
    let inside = |p: &ChartPoint| p.x >= x0 && p.x <= x1 && yv(p.y) >= y0 && yv(p.y) <= y1;
    for s in &chart.series {
        for p in s.points.iter().filter(|p| inside(p)) {
            let (x, y) = (sx(p.x), sy(yv(p.y)));
            match (p.qualifier, p.y_high) {
                (_, Some(high)) => canvas.line((x, y), (x, sy(yv(high))), s.color, 2.0),
                (Qualifier::AtLeast, None) => {
                    canvas.line((x, y), (x, y - 16.0), AXIS, 1.5);
                    canvas.line((x - 4.0, y - 11.0), (x, y - 16.0), AXIS, 1.5);
                    canvas.line((x + 4.0, y - 11.0), (x, y - 16.0), AXIS, 1.5);
                }
                (Qualifier::AtMost, None) => {
                    canvas.line((x, y), (x, y + 16.0), AXIS, 1.5);
                    canvas.line((x - 4.0, y + 11.0), (x, y + 16.0), AXIS, 1.5);
                    canvas.line((x + 4.0, y + 11.0), (x, y + 16.0), AXIS, 1.5);
                }
                _ => {}
            }
        }
    }
    for s in &chart.series {
        for p in s.points.iter().filter(|p| inside(p)) {
            let filled = matches!(p.qualifier, Qualifier::Exact | Qualifier::AtLeast | Qualifier::AtMost);
            let t = tip(corpus, chart, p);
            // A claim reported by several outlets is drawn larger.
            let r = if p.reports > 1 { 5.0 + 1.5 * f64::from(p.reports.min(6)) } else { 5.0 };
            canvas.marker((sx(p.x), sy(yv(p.y))), shape_of(p.kind), r, s.color, filled, Some((p.claim.0, &t)));
        }
    }
    // Footnote.
    let mut y = bottom + 40.0;
    for line in undated_line.iter().chain(&note_lines) {
        canvas.text((left - 60.0, y), line, 10.0, AXIS, Anchor::Start);
        y += 16.0;
    }
}

/// The chart as an SVG document.
pub fn svg(chart: &Chart, corpus: &Corpus, o: &ChartOptions) -> String {
    let mut c = Svg { out: String::with_capacity(64 * 1024) };
    c.out.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\">\n<title>{2}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n",
        o.width,
        o.height,
        esc(&o.title)
    ));
    draw(&mut c, chart, corpus, o);
    c.out.push_str("</svg>\n");
    c.out
}

/// The chart as PNG bytes, `scale` times the logical size.
pub fn png(chart: &Chart, corpus: &Corpus, o: &ChartOptions) -> Result<Vec<u8>, String> {
    register_font();
    let scale = f64::from(o.scale.clamp(0.25, 8.0));
    let (w, h) = ((f64::from(o.width) * scale).round() as u32, (f64::from(o.height) * scale).round() as u32);
    let mut buf = vec![255u8; w as usize * h as usize * 3];
    {
        let backend = BitMapBackend::with_buffer(&mut buf, (w, h));
        let mut canvas = Bitmap { backend, scale };
        draw(&mut canvas, chart, corpus, o);
        canvas.backend.present().map_err(|e| e.to_string())?;
    }
    let img = image::RgbImage::from_raw(w, h, buf).ok_or("bitmap size mismatch")?;
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).map_err(|e| e.to_string())?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::ChartSettings;

    #[test]
    fn wraps_and_labels() {
        assert_eq!(wrap("a bb ccc", 25.0, 10.0), ["a bb", "ccc"]);
        assert_eq!(value_label(1_200_000.0), "1.2M");
        assert_eq!(value_label(1500.0), "1.5k");
        let ticks = y_ticks(3.0, 4.2, true);
        assert!(ticks.iter().any(|(_, l)| l == "10k"));
    }

    #[test]
    fn svg_has_a_mark_per_claim_and_png_its_size() {
        let corpus = Corpus::embedded();
        let chart = Chart::build(&corpus, &ChartSettings::default());
        let o = ChartOptions { width: 800, height: 500, ..Default::default() };
        let svg = svg(&chart, &corpus, &o);
        let points: usize = chart.series.iter().map(|s| s.points.len()).sum();
        assert_eq!(svg.matches("class=\"claim\"").count(), points);
        assert!(svg.contains("Sources: "));
        let png = png(&chart, &corpus, &ChartOptions { scale: 2.0, ..o }).unwrap_or_default();
        assert!(png.starts_with(b"\x89PNG"));
    }
}
