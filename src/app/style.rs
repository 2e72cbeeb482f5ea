//! Colours and marker shapes, in one place.

use claimline::{Kind, Qualifier};
use egui::Color32;
use egui_plot::MarkerShape;

pub fn rgb([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// Marker shape by what a claim counts.
pub fn marker(kind: Kind) -> MarkerShape {
    match kind {
        Kind::Deployed => MarkerShape::Circle,
        Kind::Increment => MarkerShape::Up,
        Kind::Planned => MarkerShape::Diamond,
        Kind::Killed => MarkerShape::Cross,
        Kind::Wounded => MarkerShape::Plus,
        Kind::Casualties => MarkerShape::Asterisk,
        Kind::Captured | Kind::Missing => MarkerShape::Down,
        Kind::ForceSize => MarkerShape::Square,
        Kind::Other => MarkerShape::Right,
    }
}

/// Hedged figures (approximate, vague) are drawn hollow.
pub fn filled(q: Qualifier) -> bool {
    matches!(q, Qualifier::Exact | Qualifier::AtLeast | Qualifier::AtMost)
}

/// Background of the selected claim's sentence in the reader.
pub fn selected_sentence(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(92, 76, 20) } else { Color32::from_rgb(255, 236, 150) }
}

/// Background of the other claims' sentences in the reader.
pub fn other_sentence(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(40, 52, 70) } else { Color32::from_rgb(226, 236, 250) }
}

/// The selected claim's number.
pub fn number(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(255, 170, 90) } else { Color32::from_rgb(190, 40, 0) }
}

pub const SELECTION_RING: Color32 = Color32::from_rgb(230, 30, 30);
