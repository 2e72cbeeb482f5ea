//! The claim model: one reported count of military personnel, with everything needed to show where it
//! came from. Field names and values follow the gold schema (`tests/data/SCHEMA.md`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::DocId;
use crate::span::ByteSpan;

/// Index of a claim in its [`crate::Corpus`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClaimId(pub u32);

/// How sure the text is of the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    /// about, around, some, nearly, roughly
    Approx,
    /// at least, more than, over, 1,000+
    AtLeast,
    /// up to, as many as, as high as
    AtMost,
    /// thousands, several hundred, tens of thousands
    Vague,
}

/// What the figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A cumulative number said to be there now ("has sent 3,000 troops").
    Deployed,
    /// An addition to an earlier figure ("1,500 more", "an additional 3,000").
    Increment,
    /// Expected, planned, being prepared, to be sent.
    Planned,
    Killed,
    Wounded,
    /// Killed and wounded together.
    Casualties,
    Captured,
    Missing,
    /// A whole army's size, not a deployment.
    ForceSize,
    Other,
}

impl Kind {
    /// Killed, wounded, both, captured or missing: what a fight cost.
    pub fn is_casualty(self) -> bool {
        matches!(self, Kind::Killed | Kind::Wounded | Kind::Casualties | Kind::Captured | Kind::Missing)
    }
}

/// Whose personnel the figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    NorthKorea,
    Russia,
    Ukraine,
    Other,
}

/// How the claim date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A weekday resolved against the publication date ("said on Friday").
    Weekday,
    /// An explicit date ("on Oct. 3").
    Explicit,
    /// "yesterday", "last week".
    Relative,
    /// From the previous statement of the same speaker ("he added").
    CarriedOver,
    /// No day given: the publication date.
    Publication,
    /// A time that cannot be resolved ("earlier this month"), or no publication date.
    Unresolved,
}

macro_rules! labels {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// The schema's name for the value.
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),* }
            }
            /// Every value, in order.
            pub const ALL: &'static [$t] = &[$(<$t>::$v),*];
            /// Parse the schema's name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some(<$t>::$v),)* _ => None }
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

labels!(Qualifier { Exact => "exact", Approx => "approx", AtLeast => "at_least", AtMost => "at_most", Vague => "vague" });
labels!(Kind {
    Deployed => "deployed", Increment => "increment", Planned => "planned", Killed => "killed", Wounded => "wounded",
    Casualties => "casualties", Captured => "captured", Missing => "missing", ForceSize => "force_size", Other => "other",
});
labels!(Side { NorthKorea => "north_korea", Russia => "russia", Ukraine => "ukraine", Other => "other" });

impl DateBasis {
    pub fn label(self) -> &'static str {
        match self {
            DateBasis::Weekday => "weekday in the text",
            DateBasis::Explicit => "date in the text",
            DateBasis::Relative => "relative day in the text",
            DateBasis::CarriedOver => "carried over from the speaker's previous statement",
            DateBasis::Publication => "publication date (no day given)",
            DateBasis::Unresolved => "unresolved",
        }
    }
}

/// One reported figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub doc: DocId,
    /// The sentence, in the document text.
    pub sentence_span: ByteSpan,
    /// The number as written (for ranges, both ends), in the document text.
    pub number_span: ByteSpan,
    pub number_text: String,
    pub value: f64,
    /// High end of a range ("10,000-12,000").
    pub value_high: Option<f64>,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub side: Side,
    /// Canonical claimant ("South Korea NIS"), or `None` when the text attributes it to nobody.
    pub claimant: Option<String>,
    /// The attribution as written ("Seoul's spy agency").
    pub claimant_text: Option<String>,
    pub claim_date: Option<NaiveDate>,
    pub claim_date_basis: DateBasis,
    /// The words the date was read from ("on Friday").
    pub claim_date_text: Option<String>,
    /// Found in a headline (title) rather than the body.
    pub in_headline: bool,
    /// What a reviewer did with it.
    #[serde(default)]
    pub curation: Curation,
}

/// A claim's review state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Curation {
    /// The machine's reading, unreviewed.
    #[default]
    Machine,
    Accepted,
    /// Some field corrected by a reviewer.
    Edited,
    /// Added by a reviewer.
    Added,
}

impl Curation {
    pub fn as_str(self) -> &'static str {
        match self {
            Curation::Machine => "machine",
            Curation::Accepted => "accepted",
            Curation::Edited => "edited",
            Curation::Added => "added",
        }
    }
}
