//! The chart model shared by the window and the exports: which claims pass the filters, how they are
//! grouped into series, their colours, and where each sits on a date axis. The window draws it with
//! egui_plot, [`draw`] draws it with plotters (SVG/PNG); both read the same [`Chart`].

pub mod draw;
pub mod time;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::claim::{Claim, ClaimId, Kind, Qualifier, Side};
use crate::corpus::Corpus;

/// What a series is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    #[default]
    Claimant,
    Outlet,
    Kind,
    Side,
}

impl GroupBy {
    pub const ALL: [GroupBy; 4] = [GroupBy::Claimant, GroupBy::Outlet, GroupBy::Kind, GroupBy::Side];

    pub fn label(self) -> &'static str {
        match self {
            GroupBy::Claimant => "claimant",
            GroupBy::Outlet => "outlet",
            GroupBy::Kind => "kind",
            GroupBy::Side => "side",
        }
    }
}

/// Which date places a claim on the x axis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum XAxis {
    #[default]
    ClaimDate,
    Published,
}

/// Which claims to show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Sides to show; empty shows all.
    pub sides: BTreeSet<Side>,
    /// Kinds to show; empty shows all.
    pub kinds: BTreeSet<Kind>,
    /// Claimants to show (canonical names, "(unattributed)"); empty shows all.
    pub claimants: BTreeSet<String>,
    /// Outlets to show ("(unknown outlet)" for none); empty shows all.
    pub outlets: BTreeSet<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Case-insensitive text to find in the sentence, claimant or outlet.
    pub text: String,
    /// Show vague figures ("thousands").
    pub show_vague: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            sides: BTreeSet::from([Side::NorthKorea]),
            kinds: BTreeSet::new(),
            claimants: BTreeSet::new(),
            outlets: BTreeSet::new(),
            from: None,
            to: None,
            text: String::new(),
            show_vague: false,
        }
    }
}

/// Series name of claims with no claimant.
pub const UNATTRIBUTED: &str = "(unattributed)";
/// Series name of claims whose document has no known outlet.
pub const UNKNOWN_OUTLET: &str = "(unknown outlet)";

/// The claimant as shown.
pub fn claimant_name(c: &Claim) -> &str {
    c.claimant.as_deref().unwrap_or(UNATTRIBUTED)
}

/// The outlet of a claim's document as shown.
pub fn outlet_name<'c>(corpus: &'c Corpus, c: &Claim) -> &'c str {
    corpus.document(c.doc).outlet.value.as_deref().unwrap_or(UNKNOWN_OUTLET)
}

/// The date a claim is placed at.
pub fn date_of(corpus: &Corpus, c: &Claim, x: XAxis) -> Option<NaiveDate> {
    match x {
        XAxis::ClaimDate => c.claim_date,
        XAxis::Published => corpus.document(c.doc).published.value,
    }
}

impl Filter {
    /// Does a claim pass the filter? `lower_text` is `self.text` in lower case (computed once).
    pub fn matches(&self, corpus: &Corpus, c: &Claim, x: XAxis, lower_text: &str) -> bool {
        if !self.sides.is_empty() && !self.sides.contains(&c.side) {
            return false;
        }
        if !self.kinds.is_empty() && !self.kinds.contains(&c.kind) {
            return false;
        }
        if c.qualifier == Qualifier::Vague && !self.show_vague {
            return false;
        }
        if !self.claimants.is_empty() && !self.claimants.contains(claimant_name(c)) {
            return false;
        }
        if !self.outlets.is_empty() && !self.outlets.contains(outlet_name(corpus, c)) {
            return false;
        }
        if self.from.is_some() || self.to.is_some() {
            let Some(d) = date_of(corpus, c, x) else { return false };
            if self.from.is_some_and(|f| d < f) || self.to.is_some_and(|t| d > t) {
                return false;
            }
        }
        if !lower_text.is_empty() {
            let doc = corpus.document(c.doc);
            let hay = [&doc.text[c.sentence_span], claimant_name(c), outlet_name(corpus, c), &c.number_text];
            if !hay.iter().any(|h| h.to_lowercase().contains(lower_text)) {
                return false;
            }
        }
        true
    }

    /// Ids of the claims that pass, in corpus order.
    pub fn apply(&self, corpus: &Corpus, x: XAxis) -> Vec<ClaimId> {
        let lower = self.text.trim().to_lowercase();
        corpus.claims.iter().filter(|c| self.matches(corpus, c, x, &lower)).map(|c| c.id).collect()
    }
}

/// Everything that decides what a chart shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChartSettings {
    pub group_by: GroupBy,
    pub x_axis: XAxis,
    pub log_y: bool,
    /// Join each series' deployed figures with a step line.
    pub step_lines: bool,
    /// Show the same claim repeated by several outlets as one point ("reported by N outlets").
    pub group_echoes: bool,
    pub filter: Filter,
}

impl Default for ChartSettings {
    fn default() -> Self {
        // Log scale by default: figures run from a handful killed to armies of a million.
        Self {
            group_by: GroupBy::Claimant,
            x_axis: XAxis::ClaimDate,
            log_y: true,
            step_lines: false,
            group_echoes: true,
            filter: Filter::default(),
        }
    }
}

/// The series key of a claim under a grouping.
pub fn series_key(corpus: &Corpus, c: &Claim, group_by: GroupBy) -> String {
    match group_by {
        GroupBy::Claimant => claimant_name(c).to_string(),
        GroupBy::Outlet => outlet_name(corpus, c).to_string(),
        GroupBy::Kind => c.kind.as_str().to_string(),
        GroupBy::Side => c.side.as_str().to_string(),
    }
}

/// A colour-blind-friendly palette (Okabe-Ito, then Tableau), as RGB.
pub const PALETTE: [[u8; 3]; 14] = [
    [0, 114, 178],
    [213, 94, 0],
    [0, 158, 115],
    [204, 121, 167],
    [230, 159, 0],
    [86, 180, 233],
    [120, 94, 240],
    [166, 118, 29],
    [31, 119, 180],
    [214, 39, 40],
    [44, 160, 44],
    [148, 103, 189],
    [140, 86, 75],
    [127, 127, 127],
];

/// A series' preferred colour: a hash of its name into the palette, so a source keeps its colour
/// across filters, sessions and exports.
pub fn color_for(key: &str) -> [u8; 3] {
    PALETTE[palette_slot(key)]
}

fn palette_slot(key: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for b in key.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    (h % PALETTE.len() as u32) as usize
}

/// Colours for a set of series names (sorted): each gets its preferred colour unless an earlier name
/// took it, then the next free one, so that series shown together never share a colour (while there
/// are colours left).
pub fn assign_colors(keys: &[&str]) -> Vec<[u8; 3]> {
    let mut taken = [false; PALETTE.len()];
    keys.iter()
        .map(|k| {
            let start = palette_slot(k);
            let slot = (0..PALETTE.len()).map(|i| (start + i) % PALETTE.len()).find(|&i| !taken[i]).unwrap_or(start);
            taken[slot] = true;
            PALETTE[slot]
        })
        .collect()
}

/// A claim placed on the chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartPoint {
    /// The claim (for an echo group, its earliest report).
    pub claim: ClaimId,
    /// How many reports the point stands for (1 unless echoes are grouped).
    pub reports: u32,
    /// Day number ([`time::day_number`]).
    pub x: f64,
    pub y: f64,
    pub y_high: Option<f64>,
    pub kind: Kind,
    pub qualifier: Qualifier,
}

/// One source's claims, in date order.
#[derive(Clone, Debug)]
pub struct Series {
    pub key: String,
    pub color: [u8; 3],
    pub points: Vec<ChartPoint>,
}

/// What a chart shows.
#[derive(Clone, Debug, Default)]
pub struct Chart {
    /// Series in name order.
    pub series: Vec<Series>,
    /// Claims that pass the filters but have no date on the chosen axis.
    pub undated: Vec<ClaimId>,
    /// Claims passing the filters (dated and undated).
    pub shown: usize,
    pub total: usize,
    /// Echo groups of more than one report: the point's claim -> every report, earliest first.
    pub echoes: std::collections::HashMap<ClaimId, Vec<ClaimId>>,
}

/// "reported by 3 outlets: DW, Reuters, The Moscow Times (AFP)", or "reported 2 times by DW".
pub fn echo_summary(corpus: &Corpus, group: &[ClaimId]) -> String {
    let mut outlets: Vec<&str> = group.iter().map(|&id| outlet_name(corpus, corpus.claim(id))).collect();
    outlets.sort_unstable();
    outlets.dedup();
    if outlets.len() == group.len() {
        format!("reported by {} outlets: {}", group.len(), outlets.join(", "))
    } else {
        format!("reported {} times by {}", group.len(), outlets.join(", "))
    }
}

/// Days apart two reports of the same figure by the same claimant may be and still be one claim.
pub const ECHO_DAYS: f64 = 3.0;

/// Group repeated reports: same claimant, value and kind, claim dates within [`ECHO_DAYS`] of the
/// group's first report. Returns groups (earliest report first) in input order of their first report.
pub fn echo_groups(corpus: &Corpus, ids: &[ClaimId], x: XAxis) -> Vec<Vec<ClaimId>> {
    let mut by_key: std::collections::HashMap<(String, u64, Kind), Vec<(f64, ClaimId)>> = Default::default();
    for &id in ids {
        let c = corpus.claim(id);
        if let Some(d) = date_of(corpus, c, x) {
            by_key
                .entry((claimant_name(c).to_string(), c.value.to_bits(), c.kind))
                .or_default()
                .push((time::day_number(d), id));
        }
    }
    let mut groups = Vec::new();
    for (_, mut members) in by_key {
        members.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut current: Vec<ClaimId> = Vec::new();
        let mut start = f64::NEG_INFINITY;
        for (x, id) in members {
            if x - start > ECHO_DAYS && !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
            if current.is_empty() {
                start = x;
            }
            current.push(id);
        }
        if !current.is_empty() {
            groups.push(current);
        }
    }
    groups.sort_by_key(|g| g[0]);
    groups
}

impl Chart {
    /// Build the chart of a corpus for the given settings.
    pub fn build(corpus: &Corpus, settings: &ChartSettings) -> Self {
        let ids = settings.filter.apply(corpus, settings.x_axis);
        let mut by_key: std::collections::BTreeMap<String, Vec<ChartPoint>> = Default::default();
        let mut undated = Vec::new();
        let mut echoes = std::collections::HashMap::new();
        let mut reports: std::collections::HashMap<ClaimId, u32> = Default::default();
        let plotted: Vec<ClaimId> = if settings.group_echoes {
            let groups = echo_groups(corpus, &ids, settings.x_axis);
            let mut firsts = Vec::with_capacity(groups.len());
            for g in groups {
                firsts.push(g[0]);
                if g.len() > 1 {
                    reports.insert(g[0], g.len() as u32);
                    echoes.insert(g[0], g);
                }
            }
            undated
                .extend(ids.iter().copied().filter(|&id| date_of(corpus, corpus.claim(id), settings.x_axis).is_none()));
            firsts
        } else {
            ids.clone()
        };
        for &id in &plotted {
            let c = corpus.claim(id);
            let Some(date) = date_of(corpus, c, settings.x_axis) else {
                undated.push(id);
                continue;
            };
            by_key.entry(series_key(corpus, c, settings.group_by)).or_default().push(ChartPoint {
                claim: id,
                reports: reports.get(&id).copied().unwrap_or(1),
                x: time::day_number(date),
                y: c.value,
                y_high: c.value_high,
                kind: c.kind,
                qualifier: c.qualifier,
            });
        }
        let keys: Vec<&str> = by_key.keys().map(String::as_str).collect();
        let colors = assign_colors(&keys);
        let series = by_key
            .into_iter()
            .zip(colors)
            .map(|((key, mut points), color)| {
                points.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.claim.cmp(&b.claim)));
                Series { color, key, points }
            })
            .collect();
        Self { series, undated, shown: ids.len(), total: corpus.claims.len(), echoes }
    }

    /// The echo group a claim belongs to (every report, earliest first), if it has more than one.
    pub fn group_of(&self, id: ClaimId) -> Option<&[ClaimId]> {
        self.echoes
            .get(&id)
            .map(Vec::as_slice)
            .or_else(|| self.echoes.values().find(|g| g.contains(&id)).map(Vec::as_slice))
    }

    /// The claim whose point stands for `id` on the chart.
    pub fn point_of(&self, id: ClaimId) -> ClaimId {
        self.group_of(id).map_or(id, |g| g[0])
    }

    /// Data bounds: (x min, x max, y min, y max), padded so single points are visible.
    pub fn bounds(&self) -> Option<(f64, f64, f64, f64)> {
        let pts = self.series.iter().flat_map(|s| &s.points);
        let mut b: Option<(f64, f64, f64, f64)> = None;
        for p in pts {
            let hi = p.y_high.unwrap_or(p.y);
            b = Some(match b {
                None => (p.x, p.x, p.y, hi),
                Some((x0, x1, y0, y1)) => (x0.min(p.x), x1.max(p.x), y0.min(p.y), y1.max(hi)),
            });
        }
        b.map(|(x0, x1, y0, y1)| {
            let xp = ((x1 - x0) * 0.05).max(3.0);
            (x0 - xp, x1 + xp, y0, y1)
        })
    }

    /// All points in date order (for stepping through the story).
    pub fn points_in_time_order(&self) -> Vec<ChartPoint> {
        let mut all: Vec<ChartPoint> = self.series.iter().flat_map(|s| s.points.iter().copied()).collect();
        all.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.claim.cmp(&b.claim)));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_filter_shows_north_korean_figures_of_the_seeds() {
        let corpus = Corpus::embedded();
        let chart = Chart::build(&corpus, &ChartSettings::default());
        assert!(chart.shown > 20 && chart.shown < chart.total);
        assert!(chart.series.iter().any(|s| s.key == "South Korea NIS"));
        // The undated article's claims are kept apart, not placed at a wrong date.
        assert!(!chart.undated.is_empty());
        assert!(chart.undated.iter().all(|id| corpus.claim(*id).claim_date.is_none()));
    }

    #[test]
    fn the_nis_1500_of_friday_18_october_is_one_point_reported_by_three_outlets() {
        let corpus = Corpus::embedded();
        let chart = Chart::build(&corpus, &ChartSettings::default());
        let group = chart
            .echoes
            .values()
            .find(|g| {
                let c = corpus.claim(g[0]);
                c.value == 1500.0
                    && c.claimant.as_deref() == Some("South Korea NIS")
                    && c.claim_date == NaiveDate::from_ymd_opt(2024, 10, 18)
            })
            .unwrap_or_else(|| panic!("no group"));
        let outlets: BTreeSet<&str> = group.iter().map(|&id| outlet_name(&corpus, corpus.claim(id))).collect();
        assert_eq!(outlets.len(), 3, "{outlets:?}");
        assert!(outlets.contains("Reuters") && outlets.contains("DW"));
        let point = chart.series.iter().flat_map(|s| &s.points).find(|p| p.claim == group[0]).map(|p| p.reports);
        assert_eq!(point, Some(3));
        // Shown separately on request.
        let separate = Chart::build(&corpus, &ChartSettings { group_echoes: false, ..Default::default() });
        assert!(separate.echoes.is_empty());
        let dated = |c: &Chart| c.series.iter().map(|s| s.points.len()).sum::<usize>();
        assert!(dated(&separate) > dated(&chart));
    }

    #[test]
    fn colours_are_stable_and_distinct() {
        assert_eq!(color_for("South Korea NIS"), color_for("South Korea NIS"));
        let keys = ["a", "b", "c", "d", "e", "f", "g", "h"];
        let colors = assign_colors(&keys);
        let distinct: std::collections::BTreeSet<_> = colors.iter().collect();
        assert_eq!(distinct.len(), keys.len());
    }

    #[test]
    fn filters_narrow_the_count() {
        let corpus = Corpus::embedded();
        let mut s = ChartSettings::default();
        let all = Chart::build(&corpus, &s).shown;
        s.filter.kinds.insert(Kind::Planned);
        let planned = Chart::build(&corpus, &s).shown;
        assert!(planned > 0 && planned < all);
        s.filter.text = "zelensk".into();
        assert!(Chart::build(&corpus, &s).shown < planned);
    }
}
