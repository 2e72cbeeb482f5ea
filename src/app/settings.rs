//! What the window remembers between sessions (eframe persistence): the last corpus, the chart's
//! grouping and filters, the table's sort, panel visibility and theme. Runtime state lives elsewhere.

use std::path::PathBuf;

use claimline::chart::ChartSettings;
use serde::{Deserialize, Serialize};

/// Columns the claims table sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortKey {
    #[default]
    Date,
    Value,
    Claimant,
    Outlet,
    Kind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// Persisted settings. `#[serde(default)]` keeps old saved states loadable as fields are added.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub chart: ChartSettings,
    /// The corpus opened last (None: the embedded seed articles).
    pub last_corpus: Option<PathBuf>,
    pub sort: SortKey,
    pub sort_descending: bool,
    pub theme: Theme,
    pub show_filters: bool,
    pub show_reader: bool,
    /// Text size multiplier (1.0 = egui's default).
    pub zoom: f32,
    /// PNG export pixels per point (0 = the screen's density).
    pub png_scale: f32,
    /// Text size in classroom mode (1.0 = 28 points).
    pub present_font: f32,
    /// In classroom mode, dim the claims after the current one.
    pub dim_unreached: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            chart: ChartSettings::default(),
            last_corpus: None,
            sort: SortKey::Date,
            sort_descending: false,
            theme: Theme::Light,
            show_filters: true,
            show_reader: true,
            zoom: 1.0,
            png_scale: 0.0,
            present_font: 1.0,
            dim_unreached: true,
        }
    }
}
