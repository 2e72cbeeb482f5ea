//! Word classes the claim extractor reads English news with. Every list is general news vocabulary
//! (nouns for military personnel, hedges, casualty words, speech verbs), never phrases of one article.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::claim::{Kind, Qualifier};

/// How strongly a noun names military personnel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Personnel {
    /// troops, soldiers, servicemen: always personnel.
    Strong,
    /// men, volunteers, North Koreans: personnel when the sentence is about the military.
    Weak,
}

/// Is `w` (lower case) a noun for military personnel?
pub fn personnel(w: &str) -> Option<Personnel> {
    Some(match w {
        "troops" | "soldiers" | "soldier" | "servicemen" | "serviceman" | "servicemembers" | "personnel"
        | "officers" | "fighters" | "forces" | "marines" | "paratroopers" | "commandos" | "mercenaries"
        | "conscripts" | "reservists" | "infantrymen" | "combatants" | "sappers" | "gunners" | "snipers"
        | "riflemen" | "militiamen" | "draftees" | "servicewomen" | "legionnaires" | "guardsmen" | "contingent"
        | "army" | "armies" | "peacekeepers" | "deminers" | "generals" | "commanders" | "servicepeople"
        | "reinforcements" | "replacements" | "occupiers" | "invaders" | "sailors" | "seamen" | "airmen"
        | "aviators" => Personnel::Strong,
        "men" | "volunteers" | "recruits" | "convicts" | "inmates" | "militants" | "specialists" | "engineers" | "instructors" | "advisers"
        | "advisors" | "guards" | "pilots" | "operators" | "crew" | "crews" | "koreans" | "russians" | "ukrainians"
        | "americans" | "chechens" | "workers" | "members" | "people" | "builders" | "labourers" | "laborers"
        | "comrades" | "reserves" | "defenders"
        // Foreigners in Russia's ranks: "recruited 18,000 foreigners", "35 Indian nationals",
        // "at least 10 Nepalese were killed at the front".
        | "foreigners" | "nationals" | "citizens" | "indians" | "cubans" | "nepalese" | "nepalis" | "africans"
        | "syrians" | "serbs" => Personnel::Weak,
        _ => return None,
    })
}

/// Nouns that are themselves counts of casualties ("400 casualties", "1,000 dead").
pub fn casualty_noun(w: &str) -> Option<Kind> {
    Some(match w {
        // "causalities": a misspelling common enough in published copy to read as meant.
        "casualties" | "causalities" | "losses" => Kind::Casualties,
        "deaths" | "fatalities" | "dead" | "killed" => Kind::Killed,
        "wounded" | "injured" | "injuries" => Kind::Wounded,
        "prisoners" | "pows" | "captives" | "captured" => Kind::Captured,
        "missing" => Kind::Missing,
        _ => return None,
    })
}

/// Participles and adjectives saying what happened to the counted people.
pub fn casualty_word(w: &str) -> Option<Kind> {
    Some(match w {
        "killed" | "dead" | "died" | "die" | "deaths" | "fatalities" | "slain" | "perished" | "eliminated"
        | "annihilated" | "buried" => Kind::Killed,
        // "a unit of 500 soldiers was wiped out"; "neutralised 1,200 occupiers" (killed or wounded).
        "wiped" | "neutralized" | "neutralised" => Kind::Casualties,
        "wounded" | "injured" | "injuries" | "hurt" => Kind::Wounded,
        "casualties" | "causalities" | "losses" => Kind::Casualties,
        "captured" | "surrendered" | "prisoners" | "prisoner" | "pows" => Kind::Captured,
        "missing" => Kind::Missing,
        _ => return None,
    })
}

/// Words that make a sentence about the military, licensing [`Personnel::Weak`] nouns.
pub fn military_context(w: &str) -> bool {
    matches!(
        w,
        "troops"
            | "soldiers"
            | "military"
            | "army"
            | "war"
            | "front"
            | "frontline"
            | "frontlines"
            | "combat"
            | "combatant"
            | "battle"
            | "battlefield"
            | "fighting"
            | "fight"
            | "deployed"
            | "deployment"
            | "deploy"
            | "killed"
            | "wounded"
            | "casualties"
            // "has lost 1,540 men"
            | "lost"
            | "offensive"
            | "forces"
            | "invasion"
            | "brigade"
            | "brigades"
            | "regiment"
            | "battalion"
            | "mobilised"
            | "mobilized"
            | "mercenaries"
            | "injured"
            | "dead"
            | "prisoner"
            | "prisoners"
            // "some 8,000 North Koreans remained after suffering losses of around 4,000"
            | "losses"
            // "The Storm Corps, which has some 40,000 members"
            | "corps"
            | "battalions"
            | "regiments"
            | "divisions"
    )
}

/// Words that may stand between a number and its head noun ("3,000 more North Korean special forces").
pub fn np_modifier(w: &str, raw: &str) -> bool {
    if raw.chars().next().is_some_and(char::is_uppercase) {
        // Nationalities and proper adjectives ("North Korean", "Kim's"), and headline capitals.
        return true;
    }
    matches!(
        w,
        "more"
            | "additional"
            | "extra"
            | "further"
            | "new"
            | "fresh"
            | "elite"
            | "special"
            | "regular"
            | "active"
            | "combat"
            | "combatant"
            | "military"
            | "army"
            | "frontline"
            | "armed"
            | "trained"
            | "crack"
            | "strong"
            | "of"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "those"
            | "these"
            | "them"
            | "such"
            | "ground"
            | "infantry"
            | "assault"
            | "operations"
            | "operation"
            | "duty"
            | "service"
            | "reserve"
            | "airborne"
            | "naval"
            | "air"
            | "foreign"
            | "korean"
            | "russian"
            | "ukrainian"
            | "enemy"
            | "allied"
            | "total"
            | "all"
            | "other"
            | "s"
            | "defence"
            | "defense"
            | "force"
            // "several hundred troop casualties"
            | "troop"
            | "border"
            | "security"
            | "marine"
            | "tactical"
            | "senior"
            | "junior"
            | "young"
            | "well"
            | "highly"
            | "hand"
            | "picked"
            | "handpicked"
            | "own"
            | "our"
            | "your"
            | "whose"
            | "north"
            | "south"
            // Whose, in wars of other shapes: "30,000 government soldiers", "2,000 rebel fighters".
            | "government"
            | "regime"
            | "rebel"
            | "militia"
            | "paramilitary"
            | "coalition"
            | "separatist"
            | "insurgent"
            | "federal"
            | "loyalist"
            | "national"
            // Kinds of loss: "150,000 permanent casualties", "20,000 irrecoverable losses".
            | "permanent"
            | "irrecoverable"
            | "irretrievable"
            | "combined"
            | "confirmed"
            | "overall"
            | "battlefield"
            | "cumulative"
            | "documented"
            | "verified"
            | "recorded"
            | "non"
            // Branches and trades: "special warfare troops", "construction personnel".
            | "replacement"
            | "reinforcement"
            | "warfare"
            | "construction"
            | "artillery"
            | "tank"
            | "missile"
            | "drone"
            | "rifle"
            | "sniper"
            | "storm"
            | "strike"
            | "support"
            | "logistics"
            | "medical"
            | "signals"
            | "reconnaissance"
            | "commando"
            | "engineer"
            | "sapper"
            | "mine"
            | "clearance"
            | "demolition"
            | "rescue"
            | "repair"
            | "technical"
            | "intelligence"
            | "army's"
    ) || casualty_word(w).is_some()
        || w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with("ian")
        || w.ends_with("ese")
        || w.ends_with("ish")
        || w.ends_with("ary")
        || (w.ends_with("al") && w.len() > 4)
}

/// The words a hedge of [`qualifier_before`] can end on ("about", "at least", "as many as").
pub fn ends_hedge(w: &str) -> bool {
    matches!(
        w,
        "as" | "than"
            | "of"
            | "least"
            | "to"
            | "most"
            | "estimated"
            | "so"
            | "about"
            | "around"
            | "approximately"
            | "roughly"
            | "some"
            | "nearly"
            | "almost"
            | "circa"
            | "approx"
            | "est"
            | "ca"
            | "~"
            | "reportedly"
            | "over"
            | "above"
            | "exceeding"
            | "beyond"
            | "under"
            | "below"
            | "max"
            | "less"
    )
}

/// Hedge words right before a number.
pub fn qualifier_before(words: &[&str]) -> Option<Qualifier> {
    // `words` are the (lower-case) words just before the number, nearest last. Callers may skip
    // this for a last word that ends no hedge; the check here keeps the two in step.
    if !words.last().is_some_and(|w| ends_hedge(w)) {
        return None;
    }
    let n = words.len();
    let last = |k: usize| if k <= n { words[n - k] } else { "" };
    let two = (last(2), last(1));
    let three = (last(3), last(2), last(1));
    Some(match three {
        ("as", "many", "as") | ("as", "much", "as") | ("as", "high", "as") | ("no", "more", "than") => {
            Qualifier::AtMost
        }
        ("no", "fewer", "than") | ("no", "less", "than") | ("in", "excess", "of") | ("a", "minimum", "of") => {
            Qualifier::AtLeast
        }
        ("more", "or", "less") => Qualifier::Approx,
        _ => match two {
            ("at", "least") | ("more", "than") => Qualifier::AtLeast,
            ("upwards" | "upward", "of") | ("greater", "than") | ("north", "of") => Qualifier::AtLeast,
            ("south", "of") => Qualifier::AtMost,
            ("up", "to") | ("fewer", "than") | ("less", "than") | ("at", "most") | ("maximum", "of") => {
                Qualifier::AtMost
            }
            ("close" | "closer" | "nearer", "to") | ("an", "estimated") | ("or", "so") => Qualifier::Approx,
            _ => match last(1) {
                "about" | "around" | "approximately" | "roughly" | "some" | "nearly" | "almost" | "estimated"
                | "circa" | "approx" | "est" | "ca" | "~" | "reportedly" => Qualifier::Approx,
                "over" | "above" | "exceeding" | "beyond" => Qualifier::AtLeast,
                "under" | "below" | "max" => Qualifier::AtMost,
                _ => return None,
            },
        },
    })
}

/// Verbs that attribute a statement to their subject.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "stated",
    "states",
    "claimed",
    "claims",
    "claim",
    "estimated",
    "estimates",
    "estimate",
    "reported",
    "reports",
    "report",
    "believes",
    "believe",
    "assessed",
    "assesses",
    "assess",
    "confirmed",
    "confirms",
    "confirm",
    "announced",
    "announces",
    "warned",
    "warns",
    "noted",
    "mentioned",
    "mentions",
    "revealed",
    "reveals",
    "reporting",
    "disclosed",
    "accused",
    "accuses",
    "alleged",
    "alleges",
    "wrote",
    "writes",
    "testified",
    "insisted",
    "explained",
    "acknowledged",
    "admitted",
    "thinks",
    "think",
    "briefed",
    "informed",
    "quoted",
    "cited",
    "citing",
    "according",
    "posted",
    "asserted",
    "suggested",
    "predicted",
    "projected",
    "calculated",
    "counted",
    "affirmed",
    "affirms",
    "notified",
    "tweeted",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "highlighted",
];

/// Is `w` one of [`SPEECH_VERBS`]? (A set, not a `match`: a `match` tests the words one after
/// another, and this runs for every word of every sentence read closely.)
pub fn speech_verb(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| SPEECH_VERBS.iter().copied().collect());
    SET.contains(w)
}

/// Speech verbs as "-ing" forms that open a report of their own: "with the Pentagon saying that ...",
/// "Budanov, noting that 12,000 had arrived, ...". (Not "reporting", "citing", "quoting": speech
/// verbs already, with their own rules.)
pub const SPEECH_GERUNDS: &[&str] = &[
    "saying",
    "claiming",
    "mentioning",
    "noting",
    "estimating",
    "stating",
    "adding",
    "warning",
    "telling",
    "insisting",
    "asserting",
    "announcing",
    "confirming",
    "revealing",
    "indicating",
];

/// Is `w` one of [`SPEECH_GERUNDS`]?
pub fn speech_gerund(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| SPEECH_GERUNDS.iter().copied().collect());
    SET.contains(w)
}

/// Nouns for a figure itself, by which a sentence points at one: "put the figure at 3,000", "This
/// number includes", "the toll has risen to 300".
pub fn figure_noun(w: &str) -> bool {
    matches!(w, "figure" | "number" | "toll" | "tally" | "total" | "count" | "estimate")
}

/// Auxiliaries and adverbs between a subject and its speech verb ("has also said").
pub fn aux_or_adverb(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "previously"
            | "earlier"
            | "later"
            | "reportedly"
            | "separately"
            | "further"
            | "again"
            | "now"
            | "then"
            | "recently"
            | "publicly"
            | "separately,"
            | "already"
            | "repeatedly"
            | "originally"
            | "initially"
            | "first"
            | "subsequently"
            | "privately"
            | "officially"
            | "formally"
            | "openly"
            | "tentatively"
            | "jointly"
            | "consistently"
            | "once"
            | "himself"
            | "herself"
            | "itself"
            | "themselves"
            | "on"
            | "would"
            | "will"
            | "could"
            | "did"
            | "does"
            | "do"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
    )
}

/// Be-verbs: "troops are believed", "is said to": a passive, not an attribution.
pub fn be_verb(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being")
}

/// Pronouns that refer back to the last named speaker.
pub fn pronoun(w: &str) -> bool {
    // Not "us": lower-cased, it is also the country.
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "him" | "her" | "them")
}

/// Words that open a subordinate clause: an attribution's subject never reaches back over them.
pub fn clause_opener(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "after"
            | "while"
            | "as"
            | "when"
            | "because"
            | "but"
            | "although"
            | "though"
            | "since"
            | "whereas"
            | "if"
            | "before"
            | "and"
            | "which"
            | "where"
    )
}

/// Verbs and phrases that make a figure a plan or expectation rather than a deployment.
pub fn planned_cue(w: &str) -> bool {
    // Not the nouns "preparedness", "plane", "planet", nor "planted" mines or a "plank".
    w.starts_with("expect")
        || w.starts_with("plan") && !w.starts_with("plane") && !w.starts_with("plant") && !w.starts_with("plank")
        || w.starts_with("prepar") && w != "preparedness"
        || matches!(
            w,
            "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "likely"
                | "intends"
                | "intend"
                | "aims"
                | "await"
                | "awaiting"
                | "decided"
                | "set"
                | "ready"
                | "pledged"
                | "promised"
                | "considering"
                | "weighing"
                | "mulling"
                | "contemplating"
                // Headlines' present tense: "US considers sending N more troops".
                | "considers"
                | "weighs"
                | "mulls"
                | "contemplates"
                | "proposed"
                | "proposing"
                | "wants"
                | "wanted"
                | "requested"
                | "seeks"
                | "sought"
                | "potential"
                | "possible"
                | "future"
                | "forthcoming"
                | "upcoming"
                // "North Korea readies 6,000 more troops", "is readying 6,000 troops".
                | "readies"
                | "readying"
        )
}

/// Infinitive verbs of sending ("to send", "to deploy").
pub fn sending_verb(w: &str) -> bool {
    matches!(
        w,
        "send"
            | "deploy"
            | "dispatch"
            | "transfer"
            | "mobilize"
            | "mobilise"
            | "supply"
            | "provide"
            | "commit"
            | "sent"
            | "deployed"
            | "dispatched"
    )
}

/// Participles of making troops ready to go, in "are being readied" (a plan, like "to be sent").
/// Not "trained": troops "being trained in eastern Russia" are there already.
pub fn readying_verb(w: &str) -> bool {
    matches!(w, "readied" | "prepared" | "mobilized" | "mobilised" | "recruited" | "drafted")
}

/// Words saying the figure is already in place.
pub fn deployed_cue(w: &str) -> bool {
    matches!(
        w,
        "already"
            | "stationed"
            | "arrived"
            | "currently"
            | "now"
            | "far"
            | "present"
            | "remain"
            | "remaining"
            | "serving"
            | "fighting"
            | "based"
    )
}

/// Words after a figure that add it to an earlier one.
pub fn increment_word(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "additional"
            | "extra"
            | "further"
            | "another"
            | "fresh"
            | "new"
            | "second"
            | "third"
            | "reinforcements"
    )
}

/// Prepositions after which a four-digit number is a year ("in 2024").
pub fn year_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "during"
            | "through"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "year"
    )
}

/// Currency words after a number.
pub fn money_or_unit_word(w: &str) -> bool {
    matches!(
        w,
        "dollars"
            | "dollar"
            | "euros"
            | "euro"
            | "won"
            | "rubles"
            | "roubles"
            | "yuan"
            | "pounds"
            | "hryvnias"
            | "percent"
            | "pct"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "metres"
            | "meters"
            | "tons"
            | "tonnes"
            | "years"
            | "year"
            | "days"
            | "day"
            | "months"
            | "month"
            | "hours"
            | "minutes"
            | "weeks"
            | "times"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges() {
        assert_eq!(qualifier_before(&["sent", "at", "least"]), Some(Qualifier::AtLeast));
        assert_eq!(qualifier_before(&["believes", "as", "many", "as"]), Some(Qualifier::AtMost));
        assert_eq!(qualifier_before(&["suffered", "more", "than"]), Some(Qualifier::AtLeast));
        assert_eq!(qualifier_before(&["sent", "some"]), Some(Qualifier::Approx));
        assert_eq!(qualifier_before(&["upward", "of"]), Some(Qualifier::AtLeast));
        assert_eq!(qualifier_before(&["sent", "an", "estimated"]), Some(Qualifier::Approx));
        assert_eq!(qualifier_before(&["has", "sent"]), None);
    }
}
