//! Claim extraction: every reported count of military personnel in a document, with its qualifier,
//! kind, side, claimant, claim date and spans.
//!
//! A sentence is looked at closely only when a cheap scan of the whole document ([`triggers`]) finds a
//! personnel or casualty word and a number in it, or a speech verb (to follow who is speaking, for
//! "he said").
//! Then: tokens -> numbers ([`crate::numbers`]) -> figures that count people ([`figure`]) ->
//! who says so and when ([`attribution`], [`claimants`]).

pub mod attribution;
pub mod claimants;
pub mod figure;
pub mod lexicon;
pub mod sentence;
pub mod triggers;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::claim::{Claim, ClaimId, DateBasis, Kind, Side};
use crate::document::{BlockKind, Document};
use crate::numbers::find_numbers;
use crate::segment::{self, Sentence};
use crate::span::ByteSpan;
use attribution::{Attribution, DateCue};
use claimants::{Claimants, Registry};
use figure::Figure;
use sentence::Words;
use triggers::{Hit, Triggers};

/// The claim extractor, configured with an alias table.
#[derive(Clone)]
pub struct Extractor {
    claimants: Claimants,
    triggers: Triggers,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new(claimants::BUILTIN.clone())
    }
}

/// A speaker met in the document, for pronouns in later sentences.
#[derive(Clone)]
struct Speaker {
    claimant: Option<Arc<str>>,
    date: Option<DateCue>,
}

/// An attribution with its claimant resolved.
struct Resolved {
    attr: Attribution,
    claimant: Option<Arc<str>>,
    date: Option<DateCue>,
    carried: bool,
    /// One cited ("citing a senior US military official") whom the alias table knows: the source
    /// the speaker passes on (see `cited_source`).
    known_cited: bool,
}

#[derive(Default)]
struct DocState<'t> {
    registry: Registry<'t>,
    /// Index of the sentence the last named speaker comes from.
    last_named_at: usize,
    /// Sentences with a speech verb but no figure, not read yet: they matter only when a later
    /// sentence says "he said" or names someone by surname, so they are read then (most never are).
    pending: Vec<(usize, ByteSpan)>,
    /// Index of the last sentence that held a claim: the next one may go on about the same people
    /// without naming them ("This includes 300 deaths and 2,700 injuries").
    last_claim_at: Option<usize>,
    /// Index in the claims of the first claim of that sentence.
    last_claims_from: usize,
    /// The last one cited ("citing a US military official"), for "the official said" next.
    last_cited: Option<Cited>,
    /// The last few named speakers and the words naming them, oldest first: "he said" is the last
    /// one, "the ministry said" the last one named with "ministry" (not always the last one).
    recent_named: Vec<(String, Speaker)>,
    /// Index of the last sentence with a speaker, named or not ("he emphasized, saying, ...").
    last_speech_at: Option<usize>,
    /// Index of the last sentence with a personnel or casualty word, claim or not: "North Korean
    /// troops began reaching the front. Budanov said 12,000 have arrived."
    last_figure_word_at: Option<usize>,
}

impl DocState<'_> {
    /// The speaker "he said" refers to.
    fn last_named(&self) -> Option<&Speaker> {
        self.recent_named.last().map(|(_, s)| s)
    }
}

/// Someone whose words a speaker passed on.
struct Cited {
    /// Index of the sentence that cited them.
    at: usize,
    /// The words naming them, in lower case ("a senior us military official").
    words: String,
    claimant: Option<Arc<str>>,
}

impl Extractor {
    pub fn new(claimants: Claimants) -> Self {
        Self { claimants, triggers: Triggers::new() }
    }

    /// Every claim of a document; ids are numbered from `first_id`.
    pub fn extract(&self, doc: &Document, first_id: u32) -> Vec<Claim> {
        let text = doc.text.as_str();
        let published = doc.published.value;
        let mut state = DocState { registry: Registry::new(text), ..DocState::default() };
        let mut claims = Vec::new();
        let mut sides = Vec::new();
        let hits = self.triggers.scan(text);
        let mut next_hit = 0;
        let sentences = segment::sentences(text, &doc.blocks);
        // The sentence whose quotation is still open, in the paragraph read so far.
        let mut quotes = OpenQuote::default();
        for (at, &s) in sentences.iter().enumerate() {
            let open_before = quotes.before(text, &s, at);
            // Sentences come in text order, blocks too: the hits of this one follow the last one's.
            while next_hit < hits.len() && hits[next_hit].0 < s.span.start {
                next_hit += 1;
            }
            let (mut figure, mut number) = (false, false);
            // "MR. KIRBY: Good afternoon.": a briefing transcript names who speaks for the lines after.
            let mut speech = transcript_label(text, s.span);
            let mut k = next_hit;
            while k < hits.len() && hits[k].0 < s.span.end {
                match hits[k].1 {
                    Hit::Figure => figure = true,
                    Hit::Speech => speech = true,
                    Hit::Number => number = true,
                }
                k += 1;
            }
            // "Around 8,000 of them are now in Kursk", '"About 10,000 are expected by December," he
            // added': no personnel word, but the troops of the sentence before.
            // (A quotation may go on two sentences later: '"The first units are engaged," he told a
            // news conference. "We expect 4,000 more within weeks," he added.')
            let recent_claim = state.last_claim_at.is_some_and(|c| c + 1 == at || speech && c + 2 == at);
            let goes_on = || {
                let t = &text.as_bytes()[s.span.start..s.span.end];
                recent_claim
                    && (speech
                        || of_them(&text[s.span])
                        // "The NIS put the figure at 3,000.": see `figure::refer_back` (the
                        // nouns of `lexicon::figure_noun` most often written so).
                        || [&b"the figure"[..], b"the number", b"the toll", b"the tally", b" it at "]
                            .iter()
                            .any(|p| memchr::memmem::find(t, p).is_some()))
            };
            // "North Korean troops began reaching the front last week. Budanov said 12,000 have
            // arrived so far.": the troops of the sentence before, which counted none.
            let troops_before = !figure && state.last_figure_word_at.is_some_and(|f| f + 1 == at);
            if figure {
                state.last_figure_word_at = Some(at);
            }
            // A caption or a stray line between two paragraphs ("North Korean troops at a parade.
            // REUTERS/File Photo") does not end the story the next sentence goes on with.
            if !number && !speech && s.span.len() < 120 && state.last_claim_at.is_some_and(|c| c + 1 == at) {
                state.last_claim_at = Some(at);
                continue;
            }
            let figure = number && (figure || troops_before || goes_on());
            if !figure {
                if speech && !self.source_of_previous(doc, &s, at, &mut state, &mut claims) {
                    state.pending.push((at, s.span));
                }
                continue;
            }
            let words = Words::new(text, s.span);
            let follows_claim = state.last_claim_at.is_some_and(|c| c + 1 == at);
            let mut figs = figures(&words, follows_claim || recent_claim || troops_before);
            if follows_claim {
                figure::refer_back(&words, &mut figs, claims[state.last_claims_from..].last().map(|c| c.kind));
            }
            // "How many North Korean soldiers have died? About 2,000, according to the NIS.": an
            // answer that opens on its figure counts what the question asked about.
            if troops_before && let Some(asked) = how_many(&text[sentences[at - 1].span]) {
                for f in figs.iter_mut().filter(|f| f.head.is_none() && f.start <= 2) {
                    let at = f.num.tokens.0;
                    f.head = Some(match asked {
                        Some(kind) => figure::Head::Casualty { at, kind },
                        None => figure::Head::Before { at },
                    });
                }
            }
            if figs.iter().all(|f| f.head.is_none()) {
                // Numbers, but none counting personnel ("during a visit from February 23-26"): it may
                // name the source of the claims before; else only its speakers may matter, later.
                if speech && !self.source_of_previous(doc, &s, at, &mut state, &mut claims) {
                    state.pending.push((at, s.span));
                }
                continue;
            }
            let mut attrs = attribution::find(&words, published);
            // A quotation with no speaker of its own right after a sentence that named one goes on
            // quoting them: '"...," Rutte said. "Over 600,000 Russian soldiers have been killed ..."'.
            let opens_quote = matches!(words.w(0), "\"" | "\u{201c}");
            // 'he said, saying, "North Korea. Just look: 12,000 have arrived. Today 3,800 killed or
            // wounded."': a sentence inside a quotation that an earlier sentence of its paragraph opened.
            let inside_quote = if attrs.is_empty() && !opens_quote { open_before } else { None };
            let quoted = attrs.is_empty() && (opens_quote || inside_quote.is_some());
            let needs_history = quoted
                || attrs.iter().any(|a| {
                    a.is_pronoun
                        || a.date.is_none() && definite_description(&a.speaker)
                        || state.registry.in_table(&self.claimants, &a.speaker).is_none()
                });
            if needs_history {
                self.read_pending(text, published, &mut state);
            }
            // A quotation that the next sentence closes is that sentence's speaker's: '"Over the past
            // day, Ukraine lost 250 soldiers. Seven surrendered," the ministry said.'
            // (Read only for a quotation: counting marks costs a pass over the sentence.)
            let closes_here = || match inside_quote {
                Some(_) => text[s.span].contains(CLOSING_QUOTES),
                None => closes_quote(&text[s.span]),
            };
            // ... also a few sentences on: '"... Three thousand soldiers. We believe ... soon. This
            // should happen soon," Zelenskyy said.' (the first sentence of the paragraph that closes
            // a quotation).
            let closed_later = if quoted && !closes_here() {
                sentences[at + 1..]
                    .iter()
                    .take(5)
                    .take_while(|next| next.paragraph == s.paragraph)
                    .find(|next| text[next.span].contains(CLOSING_QUOTES))
                    .and_then(|next| closing_attribution(text, next.span, published))
            } else {
                None
            };
            if let Some(a) = closed_later {
                attrs.push(a);
            } else if quoted
                && state.last_named().is_some()
                && match inside_quote {
                    // The sentence that opened the quotation named its speaker, or said "he said".
                    Some(opener) => state.last_named_at == opener || state.last_speech_at == Some(opener),
                    None => state.last_named_at + 1 == at,
                }
            {
                attrs.push(attribution::Attribution::continued_quote());
            }
            let resolved = self.resolve_attributions(attrs, &mut state, true, at);
            let before = claims.len();
            self.sentence_claims(doc, &s, &words, &figs, &resolved, (&mut claims, &mut sides));
            // "The US confirmed that some North Korean soldiers were in Kursk. A couple of thousand
            // more were heading there": whose troops the sentence before named.
            if troops_before
                && sides[before..].iter().any(Option::is_none)
                && let Some(side) = troops_named_in(&text[sentences[at - 1].span])
            {
                sides[before..].iter_mut().filter(|s| s.is_none()).for_each(|s| *s = Some(side));
            }
            // "This number includes 1,280 casualties suffered over the past day.": a sentence that
            // points back at the figure before goes on with its source.
            if follows_claim && resolved.is_empty() && points_back(&words) {
                let (done, new) = claims.split_at_mut(before);
                if let Some(source) = done.get(state.last_claims_from).filter(|c| c.claimant.is_some()) {
                    for c in new.iter_mut().filter(|c| c.claimant.is_none()) {
                        c.claimant.clone_from(&source.claimant);
                        c.claimant_text.clone_from(&source.claimant_text);
                        (c.claim_date, c.claim_date_basis) = (source.claim_date, source.claim_date_basis);
                        c.claim_date_text.clone_from(&source.claim_date_text);
                    }
                }
            }
            // "Lee told reporters that Pyongyang is deepening its support. This includes plans to
            // send 6,000 more troops.": the same, after a sentence whose speaker said something else.
            if !follows_claim && resolved.is_empty() && points_back(&words) && claims.len() > before {
                self.read_pending(text, published, &mut state);
                if state.last_named_at + 1 == at
                    && let Some((named, speaker)) = state.recent_named.last()
                {
                    for c in claims[before..].iter_mut().filter(|c| c.claimant.is_none()) {
                        c.claimant = speaker.claimant.as_deref().map(str::to_string);
                        c.claimant_text = Some(named.clone());
                        if let Some(date) = speaker.date.as_ref().filter(|d| d.date.is_some()) {
                            (c.claim_date, c.claim_date_basis) = (date.date, DateBasis::CarriedOver);
                            c.claim_date_text = Some(date.text.clone());
                        }
                    }
                }
            }
            if claims.len() > before {
                state.last_claim_at = Some(at);
                state.last_claims_from = before;
            }
            remember_speaker(&mut state, &resolved, at);
        }
        fill_sides(text, &mut claims, &sides);
        for (i, c) in claims.iter_mut().enumerate() {
            c.id = ClaimId(first_id + i as u32);
        }
        claims
    }

    /// "This is according to South Korea's Joint Chiefs of Staff.": a sentence right after claims that
    /// no one was said to make names their source. Returns whether the sentence was read.
    fn source_of_previous(
        &self,
        doc: &Document,
        s: &Sentence,
        at: usize,
        state: &mut DocState,
        claims: &mut [Claim],
    ) -> bool {
        let text = doc.text.as_str();
        let unsourced = state.last_claim_at.is_some_and(|c| c + 1 == at)
            && claims[state.last_claims_from..].iter().any(|c| c.claimant.is_none());
        let sentence = &text[s.span];
        // ... and "The Russian Defence Ministry made the claim on Monday.", "President Zelensky stated
        // this in an interview."
        // ("That's according to the latest estimates from U.S. officials.")
        let pointing =
            ["This ", "That ", "These ", "Those ", "That's ", "That\u{2019}s "].iter().any(|p| sentence.starts_with(p));
        const NAMING: [&str; 7] = [
            " made the claim",
            " made the statement",
            " made the announcement",
            " stated this",
            " said this",
            " reported this",
            " announced this",
        ];
        // "The information was provided by Ukraine's military intelligence.": `attribution` checks
        // that what was provided is information.
        let provided = || {
            sentence
                .match_indices(" by ")
                .any(|(at, _)| attribution::SOURCE_BY_VERBS.iter().any(|v| sentence[..at].ends_with(v)))
        };
        let made = || NAMING.iter().any(|m| sentence.contains(m)) || provided();
        if !unsourced || !(pointing || made()) {
            return false;
        }
        let words = Words::new(text, s.span);
        let attrs: Vec<Attribution> =
            attribution::find(&words, doc.published.value).into_iter().filter(|a| !a.is_pronoun).collect();
        let resolved = self.resolve_attributions(attrs, state, true, at);
        if let Some(r) = resolved
            .iter()
            .find(|r| r.claimant.is_some() && r.attr.reach.speaks())
            .map(|r| cited_source(&resolved, r).unwrap_or(r))
        {
            for c in claims[state.last_claims_from..].iter_mut().filter(|c| c.claimant.is_none()) {
                c.claimant = r.claimant.as_deref().map(str::to_string);
                c.claimant_text = Some(r.attr.speaker.clone());
            }
        }
        remember_speaker(state, &resolved, at);
        true
    }

    /// Read the sentences put aside, oldest first, for their speakers.
    fn read_pending(&self, text: &str, published: Option<NaiveDate>, state: &mut DocState) {
        for (at, span) in std::mem::take(&mut state.pending) {
            let words = Words::new(text, span);
            let attrs = attribution::find(&words, published);
            let resolved = self.resolve_attributions(attrs, state, false, at);
            remember_speaker(state, &resolved, at);
        }
    }

    /// Resolve claimants. `latest` is false for sentences read late: their names do not replace
    /// names remembered from later sentences.
    fn resolve_attributions(
        &self,
        attrs: Vec<Attribution>,
        state: &mut DocState,
        latest: bool,
        at: usize,
    ) -> Vec<Resolved> {
        let mut out: Vec<Resolved> = Vec::with_capacity(attrs.len());
        let mut first_person = Vec::new();
        for mut attr in attrs {
            // "The envoy said": only the envoy named before, or someone not named before.
            if attr.is_pronoun
                && attr.speaker.rsplit(' ').next().is_some_and(attribution::named_role_word)
                && same_role(state, &attr.speaker).is_none()
            {
                attr.is_pronoun = false;
            }
            // "..., citing a senior US military official. The official said ...": the one cited.
            let cited =
                state.last_cited.as_ref().filter(|c| c.at + 1 >= at && c.at <= at && attr.is_pronoun).and_then(|c| {
                    // The role word ("official", "sources") must be among the words that named them.
                    let role = attr.speaker.rsplit(' ').next()?.to_lowercase();
                    let role = role.trim_end_matches('s');
                    (role.len() > 2
                        && c.words.split(|ch: char| !ch.is_alphanumeric()).any(|w| w.trim_end_matches('s') == role))
                    .then(|| c.claimant.clone())
                });
            if let Some(claimant) = cited {
                let date = attr.date.clone();
                out.push(Resolved { attr, claimant, date, carried: false, known_cited: false });
            } else if attr.is_pronoun {
                // "adding that it estimated": the named speaker of the same sentence; else the last one.
                let earlier = out
                    .iter()
                    .rev()
                    .find(|r| !r.attr.is_pronoun && r.attr.reach != attribution::Reach::Owner && r.attr.reach.speaks())
                    .map(|r| Speaker { claimant: r.claimant.clone(), date: r.date.clone() });
                let from_sentence = earlier.is_some();
                let speaker =
                    earlier.or_else(|| same_role(state, &attr.speaker)).or_else(|| state.last_named().cloned());
                let (claimant, date, carried) = match (speaker, attr.date.clone()) {
                    (Some(sp), Some(own)) => (sp.claimant, Some(own), false),
                    (Some(sp), None) => (sp.claimant, sp.date, true),
                    (None, own) => (None, own, false),
                };
                // "\"We assess that ... 1,100 casualties,\" the JCS said": the first person of a quotation is
                // its speaker named after it, not whoever spoke last.
                if !from_sentence && matches!(attr.speaker.to_lowercase().as_str(), "we" | "i") {
                    first_person.push(out.len());
                }
                out.push(Resolved { attr, claimant, date, carried, known_cited: false });
            } else if attr.needs_table {
                // "Kursk: 300 soldiers killed" is not a statement of Kursk's.
                if let Some(claimant) = state.registry.in_table(&self.claimants, &attr.speaker) {
                    let date = attr.date.clone();
                    out.push(Resolved { attr, claimant: Some(claimant), date, carried: false, known_cited: false });
                }
            } else if let Some(sp) = self.leader_named_before(state, &attr.speaker) {
                let (date, carried) = match attr.date.clone() {
                    Some(own) => (Some(own), false),
                    None => (sp.date, true),
                };
                out.push(Resolved { attr, claimant: sp.claimant, date, carried, known_cited: false });
            } else {
                let claimant = state.registry.resolve(&self.claimants, &attr.speaker, latest);
                // "Zelensky told the AP on Feb. 2 ... The president also claimed": a definite
                // description of the one named in the sentence before, with no day of its own,
                // goes on with that day.
                let same_speaker = latest
                    && attr.date.is_none()
                    && state.last_named_at + 1 == at
                    && definite_description(&attr.speaker)
                    && claimant.is_some()
                    && state.last_named().is_some_and(|sp| sp.claimant == claimant && sp.date.is_some());
                let (date, carried) = if same_speaker {
                    (state.last_named().and_then(|sp| sp.date.clone()), true)
                } else {
                    (attr.date.clone(), false)
                };
                let known_cited = attr.reach == attribution::Reach::Cited
                    && state.registry.in_table(&self.claimants, &attr.speaker).is_some();
                out.push(Resolved { attr, claimant, date, carried, known_cited });
            }
        }
        for k in first_person {
            let verb = out[k].attr.verb;
            let named = out[k + 1..]
                .iter()
                .find(|r| !r.attr.is_pronoun && r.attr.reach == attribution::Reach::Statement && r.claimant.is_some())
                .filter(|r| r.attr.verb > verb)
                .map(|r| (r.claimant.clone(), r.date.clone()));
            if let Some((claimant, date)) = named {
                let own = out[k].attr.date.is_some();
                out[k].claimant = claimant;
                if !own {
                    out[k].date = date;
                    out[k].carried = false;
                }
            }
        }
        out
    }

    /// "The mercenary chief estimated ...": a leader's role with one describing word that the alias
    /// table does not know is the leader named before.
    fn leader_named_before(&self, state: &mut DocState, speaker: &str) -> Option<Speaker> {
        if !leader_role(speaker) || state.registry.in_table(&self.claimants, speaker).is_some() {
            return None;
        }
        same_role(state, speaker).or_else(|| state.last_named().cloned())
    }

    /// Append the claims of one sentence, and for each whether its sentence said whose troops.
    fn sentence_claims(
        &self,
        doc: &Document,
        s: &Sentence,
        words: &Words<'_>,
        figs: &[Figure],
        resolved: &[Resolved],
        (claims, sides): (&mut Vec<Claim>, &mut Vec<Option<Side>>),
    ) {
        let attr_spans: Vec<(usize, usize)> = resolved.iter().map(|r| r.attr.speaker_tokens).collect();
        let published = doc.published.value;
        let first_in_sentence = claims.len();
        for (i, f) in figs.iter().enumerate() {
            let Some(head) = f.head else { continue };
            let next_fig = figs.get(i + 1).map(|n| n.num.tokens.0);
            let kind = figure::kind(words, f, head, next_fig);
            let kind = inherited_kind(words, f, head, kind, claims[first_in_sentence..].last().map(|p| p.kind));
            let mut qualifier = figure::qualifier(words, f);
            // "Around 400 were killed and 3,600 wounded": the hedge covers both.
            if qualifier.is_none()
                && f.num.tokens.0 > 0
                && matches!(words.w(f.num.tokens.0 - 1), "and" | "or")
                && let Some(prev) = claims[first_in_sentence..].last()
            {
                qualifier = Some(prev.qualifier).filter(|q| *q != crate::claim::Qualifier::Vague);
            }
            // "One soldier, as he was about to be captured, shouted ...": one person's story, not a
            // count of troops (but "one soldier was captured" is a count of captives).
            if f.num.value == 1.0 && f.high.is_none() && matches!(kind, Kind::Deployed | Kind::Other) {
                continue;
            }
            let side = figure::side(words, f, head, &attr_spans);
            let np_end = match head {
                figure::Head::Noun { at } => at + 1,
                _ => f.end,
            };
            let attr = choose_attribution(words, resolved, f.num.tokens.0, f.end, np_end);
            let (claim_date, basis, date_text) = claim_date(s.kind, attr, published);
            // Who made the claim; when they said it stays what the sentence says of its speaker.
            let source = attr.map(|a| cited_source(resolved, a).unwrap_or(a));
            let number_span = ByteSpan::new(f.num.span.start, f.high.map_or(f.num.span.end, |h| h.span.end));
            sides.push(side);
            claims.push(Claim {
                id: ClaimId(0),
                doc: doc.id,
                sentence_span: s.span,
                number_span,
                number_text: doc.text[number_span].to_string(),
                value: f.num.value,
                value_high: f.high.map(|h| h.value),
                qualifier: qualifier.unwrap_or(crate::claim::Qualifier::Exact),
                kind,
                side: side.unwrap_or(Side::Other),
                claimant: source.and_then(|r| r.claimant.as_deref().map(str::to_string)),
                claimant_text: source.map(|r| r.attr.speaker.clone()).filter(|s| !s.is_empty()),
                claim_date,
                claim_date_basis: basis,
                claim_date_text: date_text,
                in_headline: s.kind == BlockKind::Headline,
                curation: crate::claim::Curation::Machine,
            });
        }
    }
}

/// Which sentence of the current paragraph opened a quotation still open, followed sentence by
/// sentence in one pass over the quotation marks. Curly marks say which way they go; straight ones
/// alternate.
#[derive(Default)]
struct OpenQuote {
    paragraph: Option<u32>,
    open: Option<usize>,
}

impl OpenQuote {
    /// The quotation open when sentence `at` begins (its opener's index); then reads `s`'s marks.
    fn before(&mut self, text: &str, s: &Sentence, at: usize) -> Option<usize> {
        if self.paragraph != Some(s.paragraph) {
            (self.paragraph, self.open) = (Some(s.paragraph), None);
        }
        let before = self.open;
        let b = &text.as_bytes()[s.span.start..s.span.end];
        // '"', and the lead bytes of U+201C-201E (E2 80 9C-9E) and of the guillemets (C2 AB, C2 BB).
        for i in memchr::memchr3_iter(b'"', 0xE2, 0xC2, b) {
            match (b[i], b.get(i + 1), b.get(i + 2)) {
                (b'"', ..) => self.open = if self.open.is_some() { None } else { Some(at) },
                (0xE2, Some(0x80), Some(0x9C | 0x9E)) | (0xC2, Some(0xAB), _) => self.open = Some(at),
                (0xE2, Some(0x80), Some(0x9D)) | (0xC2, Some(0xBB), _) => self.open = None,
                _ => {}
            }
        }
        before
    }
}

/// Marks that may close a quotation: the straight quote, and the closing curly and guillemet forms.
const CLOSING_QUOTES: [char; 3] = ['"', '\u{201d}', '\u{bb}'];

/// Does a sentence that opens a quotation also close it?
fn closes_quote(sentence: &str) -> bool {
    if sentence.starts_with('"') {
        sentence.matches('"').count() >= 2
    } else {
        let count = |marks: &[char]| sentence.matches(marks).count();
        count(&['\u{201d}', '\u{bb}']) >= count(&['\u{201c}', '\u{ab}', '\u{201e}'])
    }
}

/// The attribution right after the closing quotation mark of the sentence at `span` ('...," the
/// ministry said.'), standing for a quotation that began in the sentence before.
fn closing_attribution(text: &str, span: crate::span::ByteSpan, published: Option<NaiveDate>) -> Option<Attribution> {
    let t = &text[span];
    if !t.contains(CLOSING_QUOTES) {
        return None;
    }
    let words = Words::new(text, span);
    let close = (0..words.len()).find(|&i| matches!(words.w(i), "\"" | "\u{201d}"))?;
    let attr = attribution::find(&words, published)
        .into_iter()
        .find(|a| a.verb > close && a.reach == attribution::Reach::Statement)?;
    // It governs the figures of the sentence before, all of them: as if it stood before them.
    Some(Attribution { verb: 0, speaker_tokens: (0, 0), ..attr })
}

/// "The president", "the Ukrainian leader": a description that points back, not a name ("the UK
/// Ministry of Defence").
fn definite_description(speaker: &str) -> bool {
    speaker.get(..4).is_some_and(|t| t.eq_ignore_ascii_case("the "))
        && speaker.rsplit(' ').next().is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// How many named speakers `same_role` can look back over.
const RECENT_NAMED: usize = 6;

/// After a sentence at index `at`: its last named speaker is the one "he said" refers to next.
fn remember_speaker(state: &mut DocState, resolved: &[Resolved], at: usize) {
    if at < state.last_named_at && state.last_named().is_some() {
        return;
    }
    let speaker = |r: &&Resolved| {
        !r.attr.is_pronoun && r.attr.reach != attribution::Reach::Owner && r.attr.reach.speaks() && r.claimant.is_some()
    };
    // All of them, in order: "Rep. Park said NIS Director Cho disclosed ... The lawmakers told
    // reporters" goes back past Cho to Park (see `same_role`); the last stays the one "he" means.
    if resolved.iter().any(|r| r.attr.reach.speaks() && r.claimant.is_some()) {
        state.last_speech_at = state.last_speech_at.max(Some(at));
    }
    for r in resolved.iter().filter(speaker) {
        let named = Speaker { claimant: r.claimant.clone(), date: r.date.clone() };
        if state.recent_named.len() == RECENT_NAMED {
            state.recent_named.remove(0);
        }
        state.recent_named.push((r.attr.speaker.clone(), named));
        state.last_named_at = at;
    }
    if let Some(r) = resolved.iter().rev().find(|r| r.attr.reach == attribution::Reach::Cited) {
        state.last_cited = Some(Cited { at, words: r.attr.speaker.to_lowercase(), claimant: r.claimant.clone() });
    }
}

/// "the mercenary chief", "the Wagner boss": a leader's role with one describing word.
fn leader_role(speaker: &str) -> bool {
    let mut parts = speaker.split(' ');
    let (Some(the), Some(_), Some(role), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    the.eq_ignore_ascii_case("the") && matches!(role, "chief" | "leader" | "head" | "boss" | "founder" | "commander")
}

/// "the ministry said": the last speaker named with that role word ("the British Ministry of
/// Defence"), when another was named since.
fn same_role(state: &DocState, speaker: &str) -> Option<Speaker> {
    let role = speaker.rsplit(' ').next()?.trim_end_matches('s');
    if role.len() < 4 || !speaker.contains(' ') {
        // "he", "they": no role to match.
        return None;
    }
    let names_role = |words: &str| {
        words.split(|c: char| !c.is_alphanumeric()).any(|w| w.trim_end_matches('s').eq_ignore_ascii_case(role))
    };
    state
        .recent_named
        .iter()
        .rev()
        .find(|(words, s)| names_role(words) || s.claimant.as_deref().is_some_and(names_role))
        .map(|(_, s)| s.clone())
}

/// Does the sentence open by pointing back at the figure before it ("This number includes", "The
/// figure includes", "That toll", "This includes")?
fn points_back(words: &Words<'_>) -> bool {
    matches!(words.w(0), "this" | "that" | "the" | "these")
        && (lexicon::figure_noun(words.w(1))
            || words.w(0) != "the" && matches!(words.w(1), "includes" | "included" | "include"))
}

/// Does the sentence at `span` open a line with a speaker's label in capitals, as transcripts of
/// briefings do ("DEPUTY PRESS SECRETARY SABRINA SINGH: ...", "MR. RYDER: ...")? Not a reporter's "Q:".
fn transcript_label(text: &str, span: ByteSpan) -> bool {
    let b = text.as_bytes();
    if span.start > 0 && b[span.start - 1] != b'\n' {
        return false;
    }
    let head = &b[span.start..span.end.min(span.start + 60)];
    let Some(colon) = memchr::memchr(b':', head) else { return false };
    let label = &head[..colon];
    label.iter().filter(|c| c.is_ascii_uppercase()).count() >= 4
        && label.iter().all(|&c| c.is_ascii_uppercase() || matches!(c, b' ' | b'.' | b'-' | b'\''))
        && label.contains(&b' ')
}

/// The numbers of a sentence that may be claims, each with what it counts (`head`), if anything.
/// `follows_claim`: the sentence before held a claim, so this one is about the military too.
fn figures(words: &Words<'_>, follows_claim: bool) -> Vec<Figure> {
    let nums: Vec<_> = find_numbers(words.text, &words.toks)
        .into_iter()
        .map(|m| figure::dot_grouped(words.text, m))
        .filter(|m| !figure::not_a_count(words, m))
        .collect();
    if nums.is_empty() {
        return Vec::new();
    }
    let military = figure::military_sentence(words);
    let context = (follows_claim || military) && !figure::civilian_scene(words);
    let own_context = military && context;
    let mut figs: Vec<Figure> = figure::ranges(words, &nums);
    for f in &mut figs {
        f.head = figure::head(words, f, context, own_context).filter(|_| !figure::generic(words, f));
    }
    // "from 3,000 to 11,000 troops", "400 and 600 soldiers": the first figure shares the second's noun.
    for i in (0..figs.len().saturating_sub(1)).rev() {
        let gap = figs[i + 1].num.tokens.0.saturating_sub(figs[i].end);
        if figs[i].head.is_none() && gap == 1 && matches!(words.w(figs[i].end), "to" | "and" | "or") {
            figs[i].head = figs[i + 1].head.filter(|h| matches!(h, figure::Head::Noun { .. }));
        }
    }
    // "killed 77 and wounded as many as 40 North Korean soldiers": two verbs, each with its figure,
    // and one noun for both.
    for i in (0..figs.len().saturating_sub(1)).rev() {
        let end = figs[i].end;
        if figs[i].head.is_none()
            && matches!(words.w(end), "and" | "or")
            && lexicon::casualty_word(words.w(end + 1)).is_some()
            && figs[i + 1].start == end + 2
        {
            figs[i].head = figs[i + 1].head.filter(|h| matches!(h, figure::Head::Noun { .. }));
        }
    }
    figure::shared_noun(words, &mut figs);
    figs
}

/// The attribution governing a figure at tokens `[a, end)` whose noun phrase ends at `np_end`:
/// "reported by X" right after it, else the nearest statement before it, else the first after it.
fn choose_attribution<'r>(
    words: &Words<'_>,
    resolved: &'r [Resolved],
    a: usize,
    end: usize,
    np_end: usize,
) -> Option<&'r Resolved> {
    use attribution::Reach;
    let agent =
        resolved.iter().find(|r| r.attr.reach == Reach::Agent && r.attr.verb >= end && r.attr.verb <= np_end + 1);
    let speaks = |r: &&Resolved| r.attr.reach != Reach::Agent && r.attr.reach.speaks();
    // (A speaker carried in from another sentence stands before the first word, even a figure's:
    // '"... Three thousand North Korean soldiers. ...," Zelenskyy said.')
    let carried_in = |r: &Resolved| r.attr.verb == 0 && r.attr.speaker_tokens == (0, 0);
    // '"We have confirmed deaths, and the number of injured approaches 1,130," he said': "we" inside
    // a quotation is the one quoted, who is named outside it when anyone is.
    let first_person = |r: &Resolved| matches!(r.attr.speaker.as_str(), "We" | "we" | "I");
    // "X made the remarks amid reports that North Korea had deployed 12,000 troops": the reports'
    // figure, not X's.
    let amid_reports = |r: &Resolved| {
        (r.attr.verb + 1..a).any(|i| {
            matches!(words.w(i), "reports" | "claims" | "speculation")
                && matches!(words.w(i - 1), "amid" | "despite" | "following" | "after" | "over")
                && matches!(words.w(i + 1), "that" | "of")
        })
    };
    let before_any = || resolved.iter().filter(speaks).rfind(|r| r.attr.verb < a && !amid_reports(r) || carried_in(r));
    let before = || before_any().filter(|r| !first_person(r));
    // "North Korea has deployed 15,000 troops, while Seoul warns that ...": a speaker who opens a
    // clause of contrast speaks for that clause, not for the figure before it.
    let contrast = |r: &Resolved| {
        let at = r.attr.speaker_tokens.0;
        at > 0 && matches!(words.w(at - 1), "while" | "whereas" | "but" | "although" | "though" | "yet")
    };
    // "North Korea sent 14,000 soldiers, with Western sources reporting over 6,000 killed": a
    // clause opened by "with" speaks for its own figures only.
    let absolute = |r: &Resolved| {
        let at = r.attr.speaker_tokens.0;
        words.w(r.attr.verb).ends_with("ing")
            && (at.saturating_sub(8)..at)
                .rev()
                .take_while(|&i| words.toks[i].numeral().is_none())
                .any(|i| words.w(i) == "with")
    };
    let after = |quoted: bool| {
        resolved
            .iter()
            .filter(speaks)
            .find(|r| r.attr.verb >= end && (quoted || !first_person(r)))
            .filter(|r| !contrast(r) && !absolute(r))
    };
    // "the Kremlin has confirmed the presence of North Korean troops, which could number as many as
    // 11,000, according to Ukrainian and South Korean estimates": a relative clause that gives the
    // figure has its own source after it.
    let relative = || {
        let since = before().map_or(0, |r| r.attr.verb);
        let opened = (since..a).any(|i| i > 0 && words.w(i - 1) == "," && matches!(words.w(i), "which" | "who"));
        let source = resolved.iter().find(|r| r.attr.reach == Reach::According && r.attr.verb >= end);
        source.filter(|r| opened && words.w(r.attr.verb.saturating_sub(1)) == ",")
    };
    agent.or_else(relative).or_else(before).or_else(|| after(false)).or_else(before_any).or_else(|| after(true))
}

/// What a figure counts when it is a part of, or stands beside, the figure before it in its sentence
/// (`prev`, what that one counts) and its own words say only "deployed": a plan, a casualty count
/// and an army's size carry over to such a figure, each by the links that join figures that way.
fn inherited_kind(words: &Words<'_>, f: &Figure, head: figure::Head, kind: Kind, prev: Option<Kind>) -> Kind {
    let Some(prev) = prev else { return kind };
    let a = f.num.tokens.0;
    let before = |n: usize| if a >= n { words.w(a - n) } else { "" };
    match prev {
        // "would send 1,000 deminers and 5,000 builders": the plan covers both objects; also "as
        // well as", "along with", "agreed to send 6,000 personnel, including 1,000 sappers" (a part
        // of a planned whole) and "to deploy 6,000 personnel—1,000 sappers and 5,000 builders—".
        Kind::Planned => {
            let joined = matches!(before(1), "and" | "or" | "including" | "\u{2014}" | "\u{2013}")
                || (before(3), before(2), before(1)) == ("as", "well", "as")
                || (before(2), before(1)) == ("along", "with");
            if joined && kind == Kind::Deployed { Kind::Planned } else { kind }
        }
        // "killed 700 soldiers on Monday and another 900 on Tuesday": with no verb of its own, a
        // figure whose noun is left out counts what the one before it counted; so does one tacked
        // on at the end ("8 North Korean soldiers were killed in a strike, alongside 35 Russians."),
        // a running total ("had killed 1,530 Russian soldiers, bringing the total since the invasion
        // to 860,000") and a part ("killed 32 soldiers, including four officers").
        p if p.is_casualty() => {
            let np_last = match head {
                figure::Head::Noun { at } => at + 1,
                _ => f.end,
            };
            let tacked_on = (matches!(before(1), "alongside" | "plus") || (before(2), before(1)) == ("along", "with"))
                && (np_last >= words.len() || !words.is_word(np_last));
            let running_total = matches!(head, figure::Head::Before { at } if at >= 2
            && matches!(words.w(at), "total" | "tally" | "toll")
            && matches!(
                words.w(at - 2),
                "bringing" | "brought" | "brings" | "raising" | "raised" | "taking" | "took" | "pushing" | "pushed"
            ));
            let part = (before(2), before(1)) == (",", "including");
            let linked = f.shared || tacked_on || running_total || part;
            if linked && matches!(kind, Kind::Increment | Kind::Deployed) { p } else { kind }
        }
        // "North Korea has 1.28 million active personnel, with 1.1 million of them in the army": a
        // part of an army is an army too.
        Kind::ForceSize => {
            let of_them = words.w(f.end) == "of" && matches!(words.w(f.end + 1), "them" | "whom" | "which");
            if of_them && kind == Kind::Deployed { Kind::ForceSize } else { kind }
        }
        _ => kind,
    }
}

/// "Yonhap reported on Sept. 2, citing lawmakers briefed by the NIS", "The New York Times, citing a
/// senior US Department of Defense official, reported": a news outlet passes on the claim of the one
/// it cites right by its verb, when the alias table knows them (not "citing intelligence data",
/// "citing sources"). (A lawmaker "citing the spy agency" still makes the claim: the speaker of the
/// sentence, as in "lawmakers said after a briefing by the NIS".)
fn cited_source<'r>(resolved: &'r [Resolved], speaker: &Resolved) -> Option<&'r Resolved> {
    let words = speaker.attr.speaker.to_lowercase();
    let media = speaker.claimant.as_deref().is_some_and(|c| {
        crate::load::meta::OUTLETS.known(c).is_some() || crate::load::meta::OUTLETS.known(&format!("The {c}")).is_some()
    }) || [
        "newspaper",
        "news agency",
        "media",
        "outlet",
        "broadcaster",
        "magazine",
        "television",
        "press",
        "reports",
    ]
    .iter()
    .any(|m| words.contains(m));
    let (end, verb) = (speaker.attr.speaker_tokens.1, speaker.attr.verb);
    // "UNN reports, citing ...": whoever reports what they cite relays it, outlet list or not.
    let relays = resolved.iter().any(|r| r.attr.reach == attribution::Reach::Cited && r.attr.verb == verb + 2);
    if !media && !relays {
        return None;
    }
    resolved.iter().find(|r| {
        let at = r.attr.verb;
        r.known_cited && r.claimant.is_some() && (end <= at && at < verb || verb < at && at <= verb + 8)
    })
}

fn claim_date(
    kind: BlockKind,
    attr: Option<&Resolved>,
    published: Option<NaiveDate>,
) -> (Option<NaiveDate>, DateBasis, Option<String>) {
    let cue = attr.and_then(|r| r.date.clone().map(|d| (d, r.carried)));
    match cue {
        Some((d, carried)) if kind != BlockKind::Headline => {
            let basis = if carried && d.date.is_some() { DateBasis::CarriedOver } else { d.basis };
            (d.date, basis, Some(d.text))
        }
        _ => match published {
            Some(p) => (Some(p), DateBasis::Publication, None),
            None => (None, DateBasis::Unresolved, None),
        },
    }
}

/// Claims whose sentence does not say whose troops take the side most of the document's claims state,
/// or, when none does, the side whose troops the text names most ("North Korean troops").
fn fill_sides(text: &str, claims: &mut [Claim], sides: &[Option<Side>]) {
    let mut counts: HashMap<Side, usize> = HashMap::new();
    for s in sides.iter().flatten() {
        *counts.entry(*s).or_default() += 1;
    }
    let majority = counts.into_iter().max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s))).map(|(s, _)| s);
    let fallback = match majority {
        Some(m) => m,
        None if sides.iter().any(Option::is_none) => named_troops(text).unwrap_or(Side::Other),
        None => Side::Other,
    };
    // "We see 12 thousand North Korean soldiers ... 4 thousand were killed.": a figure that does
    // not say whose, in the sentence right after one that does, in the same paragraph, is theirs;
    // so is one whose sentence opens by pointing back at that figure ("The tally includes ...") or
    // counts some "of them", even in a paragraph of its own.
    let mut previous: Option<(ByteSpan, Side)> = None;
    for (c, s) in claims.iter_mut().zip(sides) {
        // (Read only for a claim whose own sentence does not say.)
        let next_sentence = previous.filter(|_| s.is_none()).filter(|(span, _)| {
            span.end <= c.sentence_span.start && {
                let gap = &text[span.end..c.sentence_span.start];
                gap.trim().is_empty()
                    && (!gap.contains("\n\n")
                        || of_them(&text[c.sentence_span])
                        || points_back(&Words::new(text, c.sentence_span)))
            }
        });
        c.side = s.or(next_sentence.map(|(_, side)| side)).unwrap_or(fallback);
        if s.is_some() {
            previous = Some((c.sentence_span, c.side));
        }
    }
}

/// A question asking how many ("**How many North Korean soldiers have died?**"): `Some` with what
/// happened to them, if the question says (`None` inside: how many there are).
fn how_many(sentence: &str) -> Option<Option<Kind>> {
    let markup = |c: char| matches!(c, '*' | '#' | '_' | '"' | '\u{201c}' | '\u{201d}') || c.is_whitespace();
    let q = sentence.trim_matches(markup);
    let opens = q.get(..8).is_some_and(|h| h.eq_ignore_ascii_case("how many"));
    if !opens || !q.ends_with('?') {
        return None;
    }
    let mut kinds =
        q.split(|c: char| !c.is_ascii_alphabetic()).filter_map(|w| lexicon::casualty_word(&w.to_ascii_lowercase()));
    Some(match (kinds.next(), kinds.next()) {
        (Some(a), Some(b)) if a != b => Some(Kind::Casualties),
        (first, _) => first,
    })
}

/// "1,000 of them", "most of those".
fn of_them(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    memchr::memmem::find(b, b" of them").is_some() || memchr::memmem::find(b, b" of those").is_some()
}

/// The side of the first troops a sentence names with their nationality ("some North Korean
/// soldiers", "Russia's troops"): [`named_troops`]' reading, for one sentence.
fn troops_named_in(sentence: &str) -> Option<Side> {
    claimants::country_before_words(sentence)
        .find(|(_, next)| lexicon::personnel(next) == Some(lexicon::Personnel::Strong))
        .map(|(country, _)| figure::side_of(country))
}

/// The side whose personnel the text names most often ("North Korean troops", "Pyongyang's
/// soldiers"), if any. Read only for documents none of whose claims says.
fn named_troops(text: &str) -> Option<Side> {
    use claimants::Country;
    let mut counts: HashMap<Side, usize> = HashMap::new();
    for (country, next) in claimants::country_before_words(text) {
        let side = match country {
            Country::NorthKorea => Side::NorthKorea,
            Country::Russia => Side::Russia,
            Country::Ukraine => Side::Ukraine,
            _ => continue,
        };
        if lexicon::personnel(&next) == Some(lexicon::Personnel::Strong) {
            *counts.entry(side).or_default() += 1;
        }
    }
    counts.into_iter().max_by_key(|(s, n)| (*n, std::cmp::Reverse(*s))).map(|(s, _)| s)
}
