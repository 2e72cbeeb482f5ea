//! Reviewing the machine's reading: accept or reject the selected claim, correct its fields, set a
//! document's date or outlet, add a missed claim from a sentence. Each panel returns a [`Curate`]
//! operation; the app applies it to the corrections, saves them and keeps an undo history.

use chrono::NaiveDate;
use claimline::curation::{AddedClaim, ClaimEdit, Corrections, Status};
use claimline::{ByteSpan, ClaimId, Corpus, DocId, Kind, Qualifier, Side};
use egui::Ui;

/// A change to the corrections.
#[derive(Clone, Debug)]
pub enum Curate {
    Accept(ClaimId),
    Reject(ClaimId),
    Edit(ClaimId, ClaimEdit),
    SetDoc { doc: DocId, published: Option<NaiveDate>, outlet: Option<String> },
    Add(AddedClaim),
}

/// Apply an operation to a copy of the corrections.
pub fn apply(corpus: &Corpus, mut c: Corrections, op: &Curate) -> Corrections {
    match op {
        Curate::Accept(id) => c.edit_mut(&corpus.anchor(*id)).status = Some(Status::Accepted),
        Curate::Reject(id) => c.edit_mut(&corpus.anchor(*id)).status = Some(Status::Rejected),
        Curate::Edit(id, edit) => {
            let e = c.edit_mut(&corpus.anchor(*id));
            let status = e.status;
            *e = ClaimEdit { status, ..edit.clone() };
        }
        Curate::SetDoc { doc, published, outlet } => {
            let d = c.doc_mut(&corpus.document(*doc).path);
            d.published = *published;
            d.outlet = outlet.clone().filter(|o| !o.trim().is_empty());
        }
        Curate::Add(a) => c.added.push(a.clone()),
    }
    c.tidy();
    c
}

/// The edit form's state for the selected claim (kept between frames while the user types).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EditForm {
    pub claim: Option<ClaimId>,
    pub value: String,
    pub qualifier: Option<Qualifier>,
    pub kind: Option<Kind>,
    pub side: Option<Side>,
    pub claimant: String,
    pub date: String,
}

impl EditForm {
    fn load(corpus: &Corpus, id: ClaimId) -> Self {
        let c = corpus.claim(id);
        Self {
            claim: Some(id),
            value: claimline_value(c.value),
            qualifier: Some(c.qualifier),
            kind: Some(c.kind),
            side: Some(c.side),
            claimant: c.claimant.clone().unwrap_or_default(),
            date: c.claim_date.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// The fields that differ from the claim as shown.
    fn edit(&self, corpus: &Corpus, id: ClaimId) -> ClaimEdit {
        let c = corpus.claim(id);
        let value = self.value.replace(',', "").trim().parse::<f64>().ok().filter(|v| *v != c.value);
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").ok().filter(|d| Some(*d) != c.claim_date);
        let claimant = Some(self.claimant.trim().to_string())
            .filter(|s| Some(s.as_str()) != c.claimant.as_deref() && !(s.is_empty() && c.claimant.is_none()));
        ClaimEdit {
            status: None,
            value,
            qualifier: self.qualifier.filter(|q| *q != c.qualifier),
            kind: self.kind.filter(|k| *k != c.kind),
            side: self.side.filter(|s| *s != c.side),
            claimant,
            claim_date: date,
        }
    }
}

fn claimline_value(v: f64) -> String {
    if v.fract() == 0.0 { format!("{v:.0}") } else { v.to_string() }
}

fn combo<T: Copy + PartialEq>(ui: &mut Ui, label: &str, value: &mut Option<T>, all: &[T], name: fn(T) -> &'static str) {
    egui::ComboBox::from_label(label).selected_text(value.map_or("", name)).show_ui(ui, |ui| {
        for v in all {
            ui.selectable_value(value, Some(*v), name(*v));
        }
    });
}

/// Accept / reject / correct the selected claim.
pub fn claim_review_ui(ui: &mut Ui, corpus: &Corpus, id: ClaimId, form: &mut EditForm) -> Option<Curate> {
    if form.claim != Some(id) {
        *form = EditForm::load(corpus, id);
    }
    let mut out = None;
    let c = corpus.claim(id);
    ui.horizontal(|ui| {
        ui.label(format!("Review ({})", c.curation.as_str()));
        if ui.button("Accept").on_hover_text("The machine read this claim right").clicked() {
            out = Some(Curate::Accept(id));
        }
        if ui.button("Reject").on_hover_text("Not a claim (a false positive): hide it everywhere").clicked() {
            out = Some(Curate::Reject(id));
        }
    });
    egui::CollapsingHeader::new("Correct this claim").id_salt("correct-claim").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label("Value");
            ui.add(egui::TextEdit::singleline(&mut form.value).desired_width(90.0));
        });
        combo(ui, "Qualifier", &mut form.qualifier, Qualifier::ALL, Qualifier::as_str);
        combo(ui, "Kind", &mut form.kind, Kind::ALL, Kind::as_str);
        combo(ui, "Side", &mut form.side, Side::ALL, Side::as_str);
        ui.horizontal(|ui| {
            ui.label("Claimant");
            ui.add(egui::TextEdit::singleline(&mut form.claimant).desired_width(180.0));
        });
        ui.horizontal(|ui| {
            ui.label("Claim date");
            ui.add(egui::TextEdit::singleline(&mut form.date).hint_text("YYYY-MM-DD").desired_width(100.0));
        });
        if ui.button("Save correction").clicked() {
            let edit = form.edit(corpus, id);
            if !edit.is_empty() {
                out = Some(Curate::Edit(id, edit));
            }
        }
    });
    out
}

/// Set a document's date and outlet (an undated article gets its date here).
pub fn doc_review_ui(ui: &mut Ui, corpus: &Corpus, doc: DocId) -> Option<Curate> {
    let d = corpus.document(doc);
    let key = egui::Id::unique(("doc-form", doc));
    let (mut date, mut outlet): (String, String) = ui.data(|m| m.get_temp(key)).unwrap_or_else(|| {
        (d.published.value.map(|p| p.to_string()).unwrap_or_default(), d.outlet.value.clone().unwrap_or_default())
    });
    let mut out = None;
    egui::CollapsingHeader::new("Correct this article's date or outlet").id_salt(("correct-doc", doc)).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label("Published");
            ui.add(egui::TextEdit::singleline(&mut date).hint_text("YYYY-MM-DD").desired_width(100.0));
        });
        ui.horizontal(|ui| {
            ui.label("Outlet");
            ui.add(egui::TextEdit::singleline(&mut outlet).desired_width(180.0));
        });
        if ui.button("Save article details").clicked() {
            let published = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok();
            out = Some(Curate::SetDoc { doc, published, outlet: Some(outlet.clone()) });
        }
    });
    ui.data_mut(|m| m.insert_temp(key, (date, outlet)));
    out
}

/// Numbers of a sentence that is not (yet) a claim, each with a button to add it.
pub fn add_claim_ui(ui: &mut Ui, corpus: &Corpus, doc: DocId, sentence: ByteSpan) -> Option<Curate> {
    let d = corpus.document(doc);
    let text = &d.text[sentence];
    let numbers: Vec<_> = claimline::numbers::scan(text).into_iter().filter(|m| m.value >= 1.0).collect();
    let mut out = None;
    ui.group(|ui| {
        ui.label(egui::RichText::new(format!("Sentence: {}", claimline::export::data::normalise(text))).italics());
        if numbers.is_empty() {
            ui.weak("No number in this sentence.");
        }
        ui.horizontal_wrapped(|ui| {
            for (i, m) in numbers.iter().enumerate() {
                let number = &text[m.span];
                if ui.button(format!("Add {number} as a claim")).clicked() {
                    let occurrence = numbers[..i].iter().filter(|o| &text[o.span] == number).count() as u32;
                    out = Some(Curate::Add(AddedClaim {
                        anchor: claimline::curation::Anchor {
                            doc: d.path.clone(),
                            sentence: claimline::export::data::normalise(text),
                            number: number.to_string(),
                            occurrence,
                        },
                        value: m.value,
                        qualifier: if m.vague { Qualifier::Vague } else { Qualifier::Exact },
                        kind: Kind::Deployed,
                        side: Side::NorthKorea,
                        claimant: None,
                        claim_date: None,
                    }));
                }
            }
        });
    });
    out
}
