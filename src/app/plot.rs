//! The timeline: one series per source, marker shape by kind, hedges as arrows and ranges as bars, a
//! date axis, and our own hit-testing (egui_plot has no click on a point): the nearest point within
//! 16 px of the pointer is hovered, and clicked to select it.

use claimline::chart::{Chart, time};
use claimline::{ClaimId, Corpus, Kind, Qualifier};
use egui::{Color32, Ui};
use egui_plot::{Arrows, GridInput, GridMark, Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points};

use super::style;

/// Points grouped the way egui_plot draws them: one item per series, marker shape and fill.
struct Group {
    name: String,
    color: Color32,
    shape: MarkerShape,
    filled: bool,
    /// Points standing for a claim reported by several outlets are drawn larger.
    echo: bool,
    points: Vec<PlotPoint>,
}

/// Everything the plot draws, derived from a [`Chart`] once (not every frame).
#[derive(Default)]
pub struct PlotData {
    groups: Vec<Group>,
    /// Hedge marks: arrows up ("at least"), down ("as many as"), and range bars.
    up: (Vec<PlotPoint>, Vec<PlotPoint>),
    down: (Vec<PlotPoint>, Vec<PlotPoint>),
    bars: (Vec<PlotPoint>, Vec<PlotPoint>),
    /// Step lines of deployed figures, per series.
    steps: Vec<(String, Color32, Vec<PlotPoint>)>,
    /// Every point with its claim, for hit-testing and the selection ring.
    hits: Vec<(ClaimId, PlotPoint)>,
    pub log_y: bool,
}

fn y_of(v: f64, log: bool) -> f64 {
    if log { v.max(1.0).log10() } else { v }
}

impl PlotData {
    pub fn new(chart: &Chart, log_y: bool, step_lines: bool) -> Self {
        let mut d = PlotData { log_y, ..Default::default() };
        for s in &chart.series {
            let color = style::rgb(s.color);
            let mut step = Vec::new();
            for p in &s.points {
                let pt = PlotPoint::new(p.x, y_of(p.y, log_y));
                let shape = style::marker(p.kind);
                let filled = style::filled(p.qualifier);
                let echo = p.reports > 1;
                match d
                    .groups
                    .iter_mut()
                    .rev()
                    .take(16)
                    .find(|g| g.name == s.key && g.shape == shape && g.filled == filled && g.echo == echo)
                {
                    Some(g) => g.points.push(pt),
                    None => d.groups.push(Group { name: s.key.clone(), color, shape, filled, echo, points: vec![pt] }),
                }
                let nudge = if log_y { 0.12 } else { p.y * 0.12 };
                match (p.qualifier, p.y_high) {
                    (_, Some(high)) => {
                        d.bars.0.push(pt);
                        d.bars.1.push(PlotPoint::new(p.x, y_of(high, log_y)));
                    }
                    (Qualifier::AtLeast, None) => {
                        d.up.0.push(pt);
                        d.up.1.push(PlotPoint::new(p.x, pt.y + nudge));
                    }
                    (Qualifier::AtMost, None) => {
                        d.down.0.push(pt);
                        d.down.1.push(PlotPoint::new(p.x, pt.y - nudge));
                    }
                    _ => {}
                }
                if step_lines && p.kind == Kind::Deployed {
                    if let Some(last) = step.last().copied() {
                        let last: PlotPoint = last;
                        step.push(PlotPoint::new(p.x, last.y));
                    }
                    step.push(pt);
                }
                d.hits.push((p.claim, pt));
            }
            if step.len() > 1 {
                d.steps.push((s.key.clone(), color, step));
            }
        }
        d
    }
}

/// Above this many points, the plot draws one point per screen cell and group (what the eye cannot
/// tell apart at the current zoom), recomputed when the view changes.
const THIN_ABOVE: usize = 4000;
/// Cell size in points, and at most how many markers to draw: when a dense view still holds more,
/// the cells grow (a blob of 30,000 overlapping markers looks like one of 3,000, and costs ten times
/// as much to tessellate).
const CELL: f32 = 2.5;
const MAX_MARKERS: usize = 3000;

/// The points actually drawn for a view: each group thinned to one point per screen cell, and
/// culled to the visible bounds.
#[derive(Default)]
pub struct Thinned {
    key: Option<[u64; 8]>,
    groups: Vec<Vec<PlotPoint>>,
}

impl Thinned {
    fn for_view(&mut self, data: &PlotData, t: &egui_plot::PlotTransform) -> &[Vec<PlotPoint>] {
        let b = t.bounds();
        let f = t.frame();
        let key = [
            b.min()[0].to_bits(),
            b.min()[1].to_bits(),
            b.max()[0].to_bits(),
            b.max()[1].to_bits(),
            f.min.x.to_bits().into(),
            f.min.y.to_bits().into(),
            f.max.x.to_bits().into(),
            f.max.y.to_bits().into(),
        ];
        if self.key != Some(key) {
            let mut cell = CELL;
            loop {
                self.groups = thin(data, t, cell);
                let n: usize = self.groups.iter().map(Vec::len).sum();
                if n <= MAX_MARKERS || cell > 40.0 {
                    break;
                }
                cell *= (n as f32 / MAX_MARKERS as f32).sqrt().max(1.2);
            }
            self.key = Some(key);
        }
        &self.groups
    }
}

/// One point per cell of `cell` points and group, within the plot frame.
fn thin(data: &PlotData, t: &egui_plot::PlotTransform, cell: f32) -> Vec<Vec<PlotPoint>> {
    let f = t.frame().expand(cell);
    let mut seen = std::collections::HashSet::new();
    data.groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            g.points
                .iter()
                .filter(|p| {
                    let s = t.position_from_point(p);
                    f.contains(s) && seen.insert((gi as u32, (s.x / cell) as i32, (s.y / cell) as i32))
                })
                .copied()
                .collect()
        })
        .collect()
}

/// What the user did in the plot this frame.
#[derive(Default)]
pub struct PlotOutput {
    pub hovered: Option<ClaimId>,
    pub clicked: Option<ClaimId>,
    /// A click on empty space.
    pub clicked_empty: bool,
    /// Plot coordinates to screen, as drawn this frame.
    pub transform: Option<egui_plot::PlotTransform>,
}

fn date_spacer(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let unit = time::tick_unit(min, max, 8);
    let step = match unit {
        time::TickUnit::Day(n) => f64::from(n),
        time::TickUnit::Month(n) => 30.0 * f64::from(n),
        time::TickUnit::Year(n) => 365.0 * f64::from(n),
    };
    time::ticks(min, max, unit).into_iter().map(|value| GridMark { value, step_size: step }).collect()
}

fn date_label(mark: GridMark, range: &std::ops::RangeInclusive<f64>) -> String {
    let unit = time::tick_unit(*range.start(), *range.end(), 8);
    time::label(mark.value, unit)
}

fn value_label(v: f64, log: bool) -> String {
    let v = if log { 10f64.powf(v) } else { v };
    if v.abs() >= 1e6 {
        format!("{:.1}M", v / 1e6)
    } else if v.abs() >= 1e3 {
        format!("{:.0}k", v / 1e3)
    } else {
        format!("{v:.0}")
    }
}

/// Draw the timeline. `selected` gets a ring; the return value says what was hovered or clicked.
/// `last_hovered` is the point hovered in the previous frame: a click can come in a frame whose layout
/// pass moved the plot, and then the pointer's target is the one the user saw.
/// What the timeline shows this frame.
pub struct PlotView<'a> {
    pub corpus: &'a Corpus,
    pub chart: &'a Chart,
    pub data: &'a PlotData,
    pub events: &'a [claimline::events::Event],
    /// The claim with the selection ring.
    pub selected: Option<ClaimId>,
    /// In a story walk-through: points after this day number are dimmed.
    pub reached: Option<f64>,
    pub last_hovered: Option<ClaimId>,
    /// The transform of the previous frame (thinning works on it).
    pub last_transform: Option<egui_plot::PlotTransform>,
}

pub fn timeline_ui(ui: &mut Ui, view: &PlotView<'_>, thinned: &mut Thinned) -> PlotOutput {
    let PlotView { corpus, chart, data, events, selected, reached, last_hovered, last_transform } = *view;
    let top = data.hits.iter().map(|(_, p)| p.y).reduce(f64::max).unwrap_or(1.0);
    let thin: Option<&[Vec<PlotPoint>]> = match last_transform {
        Some(t) if data.hits.len() > THIN_ABOVE => Some(thinned.for_view(data, &t)),
        _ => None,
    };
    let log = data.log_y;
    let mut out = PlotOutput::default();
    let mut plot = Plot::new("timeline");
    if !log {
        plot = plot.include_y(0.0);
    }
    // A little headroom above the highest point.
    if let Some(top) = data.hits.iter().map(|(_, p)| p.y).reduce(f64::max) {
        plot = plot.include_y(if log { top + 0.3 } else { top * 1.1 });
    }
    let response = plot
        .x_grid_spacer(date_spacer)
        .x_axis_formatter(date_label)
        .y_axis_formatter(move |m, _| value_label(m.value, log))
        .x_axis_label("date of claim")
        .y_axis_label(if log { "personnel (log scale)" } else { "personnel" })
        .show_crosshair(false)
        .label_formatter(|_| None)
        .allow_double_click_reset(true)
        .show(ui, |pui| {
            // Only events near the claims: a far one would squeeze every point into a corner.
            let xs = data.hits.iter().map(|(_, p)| p.x);
            let (lo, hi) = (xs.clone().reduce(f64::min).unwrap_or(0.0), xs.reduce(f64::max).unwrap_or(0.0));
            let pad = ((hi - lo) * 0.15).max(7.0);
            for e in events.iter().filter(|e| (lo - pad..=hi + pad).contains(&time::day_number(e.date))) {
                let x = time::day_number(e.date);
                let color = Color32::from_rgb(170, 100, 20);
                pui.vline(egui_plot::VLine::new("", x).color(color).width(1.5).allow_hover(false));
                pui.text(
                    egui_plot::Text::new(
                        "",
                        PlotPoint::new(x, top),
                        egui::RichText::new(format!(" {}", e.label)).color(color).size(12.0),
                    )
                    .anchor(egui::Align2::LEFT_BOTTOM),
                );
            }
            for (name, color, pts) in &data.steps {
                pui.line(
                    Line::new(name.clone(), PlotPoints::Borrowed(pts)).color(color.gamma_multiply(0.6)).width(1.5),
                );
            }
            // Hedge marks carry no name: they belong to their point's series, not to the legend.
            for ((o, t), tip, name) in [(&data.up, 6.0, ""), (&data.down, 6.0, ""), (&data.bars, 0.0, "")] {
                if !o.is_empty() {
                    let color = Color32::from_gray(120);
                    pui.arrows(
                        Arrows::new(name, PlotPoints::Borrowed(o), PlotPoints::Borrowed(t))
                            .tip_length(tip)
                            .color(color)
                            .allow_hover(false),
                    );
                }
            }
            for (gi, g) in data.groups.iter().enumerate() {
                let pts: &[PlotPoint] = thin.map_or(&g.points, |t| &t[gi]);
                let radius = if g.echo { 7.0 } else { 4.5 };
                fn item<'p>(g: &Group, radius: f32, pts: PlotPoints<'p>, color: Color32) -> Points<'p> {
                    Points::new(g.name.clone(), pts)
                        .shape(g.shape)
                        .filled(g.filled)
                        .radius(radius)
                        .color(color)
                        .allow_hover(false)
                }
                match reached {
                    // In a story walk-through the points not reached yet are dimmed.
                    Some(until) => {
                        let (done, ahead): (Vec<PlotPoint>, Vec<PlotPoint>) = pts.iter().partition(|p| p.x <= until);
                        pui.points(item(g, radius, PlotPoints::Owned(ahead), g.color.gamma_multiply(0.18)));
                        pui.points(item(g, radius, PlotPoints::Owned(done), g.color));
                    }
                    None => pui.points(item(g, radius, PlotPoints::Borrowed(pts), g.color)),
                }
            }
            if let Some(sel) = selected
                && let Some((_, p)) = data.hits.iter().find(|(c, _)| *c == sel)
            {
                pui.points(
                    Points::new("", vec![[p.x, p.y]])
                        .radius(9.0)
                        .filled(false)
                        .color(style::SELECTION_RING)
                        .allow_hover(false),
                );
            }
        });
    // Hit-testing after the plot is laid out, with the transform it was drawn with.
    let pointer = response.response.hover_pos().or(response.response.interact_pointer_pos());
    out.hovered = pointer.and_then(|pos| nearest(&response.transform, &data.hits, pos));
    out.transform = Some(response.transform);
    let clicked = response.response.clicked();
    if let Some(h) = out.hovered {
        response.response.on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(380.0);
            claim_card_ui(ui, corpus, chart, h);
        });
    }
    if clicked {
        match out.hovered.or(last_hovered) {
            Some(c) => out.clicked = Some(c),
            None => out.clicked_empty = true,
        }
    }
    out
}

/// The claim whose point is nearest to `pos` on screen, within 16 points.
fn nearest(t: &egui_plot::PlotTransform, hits: &[(ClaimId, PlotPoint)], pos: egui::Pos2) -> Option<ClaimId> {
    let mut best: Option<(f32, ClaimId)> = None;
    for (c, p) in hits {
        let s = t.position_from_point(p);
        let d = s.distance_sq(pos);
        if d <= 16.0 * 16.0 && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, *c));
        }
    }
    best.map(|(_, c)| c)
}

/// The legend, above the plot so it never hides a point: one swatch per series, then the marker key.
pub fn legend_ui(ui: &mut Ui, chart: &Chart, events: &[claimline::events::Event]) {
    ui.horizontal_wrapped(|ui| {
        for s in &chart.series {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 5.0, style::rgb(s.color));
            ui.label(format!("{} ({})", s.key, s.points.len()));
            ui.add_space(6.0);
        }
    });
    if !events.is_empty() {
        let list: Vec<String> = events.iter().map(|e| format!("{} {}", e.date.format("%-d %b %Y"), e.label)).collect();
        ui.weak(format!("Events (vertical lines): {}", list.join("; ")));
    }
    ui.weak("Markers: circle deployed, triangle additional, diamond planned, cross killed, plus wounded, star casualties, square force size; hollow = approximate; arrow up = at least, down = as many as; bar = range.");
}

/// The hover card of a claim: what it says, who says it, when, and the sentence.
pub fn claim_card_ui(ui: &mut Ui, corpus: &Corpus, chart: &Chart, id: ClaimId) {
    let c = corpus.claim(id);
    let d = corpus.document(c.doc);
    ui.strong(format!("{} {} ({})", c.number_text, c.kind, c.qualifier));
    if c.curation != claimline::Curation::Machine {
        ui.label(format!("Reviewed: {}", c.curation.as_str()));
    }
    ui.label(format!("Claimant: {}", claimline::chart::claimant_name(c)));
    match chart.group_of(id) {
        Some(g) => {
            ui.label(claimline::chart::echo_summary(corpus, g));
        }
        None => {
            ui.label(format!("Outlet: {}", claimline::chart::outlet_name(corpus, c)));
        }
    }
    let date = c.claim_date.map_or("undated".to_string(), |d| d.to_string());
    ui.label(format!("Claimed: {date} ({})", c.claim_date_basis.label()));
    let published = d.published.value.map_or("unknown".to_string(), |d| d.to_string());
    ui.label(format!("Published: {published}"));
    ui.separator();
    ui.label(claimline::export::data::normalise(&d.text[c.sentence_span]));
}
