//! Extraction on articles written for these tests in the shapes of other outlets (wire copy with an
//! AP dateline, a markdown export with front matter, an HTML page): general English-news patterns that
//! the seed articles do not exercise. Each assertion names the pattern it pins down.

use claimline::{Claim, Corpus, Kind, Qualifier, Side};

/// The test corpus, loaded once for all tests.
fn corpus() -> &'static Corpus {
    static CORPUS: std::sync::LazyLock<Corpus> = std::sync::LazyLock::new(|| {
        Corpus::open(std::path::Path::new("tests/data/news"), &|_, _| {}).unwrap_or_else(|e| panic!("{e}"))
    });
    &CORPUS
}

/// The claim with this number in a sentence containing `needle`.
fn found<'c>(c: &'c Corpus, number: &str, needle: &str) -> &'c Claim {
    c.claims
        .iter()
        .find(|cl| cl.number_text == number && c.document(cl.doc).text[cl.sentence_span].contains(needle))
        .unwrap_or_else(|| panic!("no claim {number} in a sentence with {needle:?}"))
}

/// The document at `path` in the test corpus.
fn doc<'c>(c: &'c Corpus, path: &str) -> &'c claimline::Document {
    c.documents.iter().find(|d| d.path == path).unwrap_or_else(|| panic!("no document {path}"))
}

/// (kind, qualifier, claimant) of [`found`].
fn claim(c: &Corpus, number: &str, needle: &str) -> (Kind, Qualifier, Option<String>) {
    let cl = found(c, number, needle);
    (cl.kind, cl.qualifier, cl.claimant.clone())
}

#[test]
fn wire_dateline_without_a_date_names_the_agency() {
    let c = corpus();
    let d = doc(c, "ap.txt");
    assert_eq!(d.outlet.value.as_deref(), Some("AP"));
    assert_eq!(d.published.value, None, "no date in the article: undated, not guessed");
}

#[test]
fn losses_ranges_and_estimates() {
    let c = corpus();
    assert_eq!(claim(c, "700,000", "has lost").0, Kind::Casualties, "'has lost N troops' counts losses");
    assert_eq!(claim(c, "3,000", "killed or wounded").0, Kind::Casualties);
    let range = c.claims.iter().find(|cl| cl.number_text == "11,000 and 12,000").unwrap_or_else(|| panic!("no range"));
    assert_eq!((range.value, range.value_high), (11_000.0, Some(12_000.0)), "'between 11,000 and 12,000' is one range");
    assert_eq!(range.claimant.as_deref(), Some("United States (Defense Dept / officials)"));
    let (kind, q, who) = claim(c, "1.28 million", "active-duty");
    assert_eq!((kind, q, who), (Kind::ForceSize, Qualifier::Approx, None), "'an estimated' is a hedge, not a speaker");
}

#[test]
fn attributions_in_their_usual_shapes() {
    let c = corpus();
    assert_eq!(
        claim(c, "1,000", "killed in a week, says Zelensky").2.as_deref(),
        Some("Ukraine (Zelensky)"),
        "', says X' at the end"
    );
    assert_eq!(
        claim(c, "100", "(NIS) told").2.as_deref(),
        Some("South Korea NIS"),
        "an abbreviation in brackets before the verb"
    );
    assert_eq!(claim(c, "300", "According to Ukraine").2.as_deref(), Some("Ukraine (government/military)"));
    assert_eq!(claim(c, "4,000", "White House").2.as_deref(), Some("United States (Defense Dept / officials)"));
}

#[test]
fn left_out_nouns_and_plans() {
    let c = corpus();
    let (kind, q, _) = claim(c, "1,000", "had been wounded");
    assert_eq!((kind, q), (Kind::Wounded, Qualifier::Approx), "'nearly 1,000 had been wounded'");
    assert_eq!(claim(c, "2,700", "injured").0, Kind::Wounded, "'300 killed and 2,700 injured'");
    assert_eq!(claim(c, "25,000", "could send").0, Kind::Planned, "'could send up to 25,000 more' is a plan");
    assert_eq!(claim(c, "Two", "captured").0, Kind::Captured);
}

#[test]
fn not_claims() {
    let c = corpus();
    for number in ["12", "100", "20", "1,000", "2024", "5.5", "2,000"] {
        let bad = c.claims.iter().find(|cl| {
            let s = &c.document(cl.doc).text[cl.sentence_span];
            cl.number_text == number
                && (s.contains("civilians")
                    || s.contains("drones")
                    || s.contains("$5.5 billion")
                    || s.contains("police"))
        });
        assert!(bad.is_none(), "{number} is not a count of personnel: {bad:?}");
    }
}

#[test]
fn html_title_loses_the_site_name() {
    let c = corpus();
    let d = doc(c, "page.html");
    assert_eq!(d.title.value.as_deref(), Some("Kim sends more soldiers"));
    assert_eq!(d.outlet.value.as_deref(), Some("Example Times"));
}

#[test]
fn casualty_verbs_before_the_figure_and_of_them() {
    let c = corpus();
    assert_eq!(claim(c, "30", "killing at least 30").0, Kind::Killed, "'killing at least 30 soldiers'");
    assert_eq!(claim(c, "1,000", "of them were killed").0, Kind::Killed, "'some 1,000 of them were killed'");
    assert_eq!(claim(c, "4,000", "of whom 4,000").0, Kind::Wounded, "'of whom 4,000 have been wounded'");
    assert_eq!(claim(c, "12,000", "remain in Russia").2.as_deref(), Some("Institute for the Study of War"));
    assert!(c.claims.iter().all(|cl| cl.number_text != "30%"
        && !(cl.number_text == "30" && c.document(cl.doc).text[cl.sentence_span].contains("30%"))));
}

#[test]
fn scales_shared_in_ranges_and_nouns_before_the_figure() {
    let c = corpus();
    let range = c.claims.iter().find(|cl| cl.number_text == "10 to 12 thousand").unwrap_or_else(|| panic!("no range"));
    assert_eq!((range.value, range.value_high), (10_000.0, Some(12_000.0)), "'10 to 12 thousand'");
    let (kind, _, who) = claim(c, "4,000", "casualties have reached");
    assert_eq!((kind, who.as_deref()), (Kind::Casualties, Some("United States (Defense Dept / officials)")));
    assert_eq!(claim(c, "1,000", "killed in Kursk rose to").0, Kind::Killed);
}

#[test]
fn wire_copy_with_a_dateline_and_no_year() {
    let c = corpus();
    let d = doc(c, "wire-march.txt");
    assert_eq!(d.outlet.value.as_deref(), Some("Reuters"));
    assert_eq!(d.published.value, None, "a dateline without a year does not date the article");
    let (kind, q, who) = claim(c, "4,700", "an estimated 4,700");
    assert_eq!((kind, q, who.as_deref()), (Kind::Casualties, Qualifier::Approx, Some("South Korea JCS")));
    assert_eq!(claim(c, "4,000", "were casualties").0, Kind::Casualties);
    assert_eq!(claim(c, "1,300", "forces lost").0, Kind::Casualties);
    let (kind, q, who) = claim(c, "100,000", "could eventually fight");
    assert_eq!((kind, q, who.as_deref()), (Kind::Planned, Qualifier::AtMost, Some("Ukraine (Zelensky)")));
    assert!(c.claims.iter().all(|cl| cl.number_text != "220"), "artillery pieces are not personnel");
}

#[test]
fn labelled_date_line_and_foreign_attributions() {
    let c = corpus();
    let d = doc(c, "key-events.txt");
    assert_eq!(d.published.value.map(|p| p.to_string()).as_deref(), Some("2025-01-08"), "'Published On 8 Jan 2025'");
    assert_eq!(
        claim(c, "1,523", "casualties were").2.as_deref(),
        Some("UK Ministry of Defence"),
        "a ministry of a country the alias table does not know keeps its own name"
    );
    assert_eq!(claim(c, "1,523", "casualties were").0, Kind::Casualties, "'casualties were N'");
    assert_eq!(
        claim(c, "several hundred", "US military official").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'US' in capitals is the country, and a quoted figure still counts troops"
    );
}

#[test]
fn anaphora_and_others() {
    let c = corpus();
    let (kind, q, who) = claim(c, "8,000", "of them moved");
    assert_eq!((kind, q), (Kind::Deployed, Qualifier::Approx), "'about 8,000 of them' counts the troops named before");
    assert_eq!(who.as_deref(), Some("United States (Defense Dept / officials)"));
    assert_eq!(claim(c, "1,000", "others had been injured").0, Kind::Wounded, "'N others had been injured'");
}

#[test]
fn headline_sources_hedged_participles_and_abbreviations() {
    let c = corpus();
    assert_eq!(
        claim(c, "3,000", "more troops to Russia: JCS").2.as_deref(),
        Some("South Korea JCS"),
        "a headline's trailing ': JCS' names the source"
    );
    assert_eq!(
        claim(c, "200", "believed to have been captured").0,
        Kind::Captured,
        "'were believed to have been captured'"
    );
    let (kind, q, _) = claim(c, "28,500", "U.S. troops are stationed");
    assert_eq!(
        (kind, q),
        (Kind::Deployed, Qualifier::Approx),
        "'28,500 U.S. troops': the dots of U.S. stay in the noun phrase"
    );
    assert_eq!(claim(c, "100,000", "troop numbers could reach").0, Kind::Planned, "'troop numbers could reach N'");
    for not in ["248", "26", "11", "200 drones", "1,500"] {
        assert!(
            !c.claims.iter().any(|cl| {
                let s = &c.document(cl.doc).text[cl.sentence_span];
                cl.number_text == not.split(' ').next().unwrap_or(not)
                    && (s.contains("km") || s.contains("year-old") || s.contains("Corps") || s.contains("drones"))
            }),
            "{not} is not a count of personnel"
        );
    }
}

#[test]
fn copulas_shares_and_sentence_final_speech_verbs() {
    let c = corpus();
    let (kind, q, who) = claim(c, "1,000", "casualties number around");
    assert_eq!(
        (kind, q, who.as_deref()),
        (Kind::Casualties, Qualifier::Approx, Some("South Korea NIS")),
        "'casualties number around N'"
    );
    assert_eq!(
        claim(c, "790,000", "losses stand at").2.as_deref(),
        Some("Ukraine (government/military)"),
        "', Ukraine's military claims.' is a speech verb, not a noun"
    );
    assert_eq!(claim(c, "4,000", "The deaths of at least").0, Kind::Killed, "'the deaths of N soldiers'");
    assert_eq!(
        claim(c, "12,000", "10% of the").0,
        Kind::Deployed,
        "'10% of the N soldiers ... killed': the share is killed"
    );
    assert_eq!(claim(c, "3,000", "South Korean intelligence").2.as_deref(), Some("South Korea NIS"));
    assert_eq!(claim(c, "12,000", "10% of the").2.as_deref(), Some("Institute for the Study of War"));
}

#[test]
fn civilians_and_things_are_not_personnel() {
    let c = corpus();
    let doc = doc(c, "strike.txt").id;
    let numbers: Vec<&str> = c.claims_of(doc).map(|cl| cl.number_text.as_str()).collect();
    assert_eq!(
        numbers,
        ["1,500", "1,200", "1.2 million", "Two"],
        "people killed, residents, drones, tanks, refugees are not claims"
    );
    assert_eq!(
        claim(c, "1,200", "lost 45 tanks and").0,
        Kind::Casualties,
        "'lost 45 tanks and 1,200 troops': the verb governs both"
    );
}

#[test]
fn hedges_as_news_writes_them() {
    use Qualifier::*;
    let c = corpus();
    for (number, needle, qualifier) in [
        ("3,000", "close to 3,000", Approx),
        ("12,000", "upwards of", AtLeast),
        ("12,000", "in excess of", AtLeast),
        ("500", "fewer than 500", AtMost),
        ("10,000", "no fewer than", AtLeast),
        ("30,000", "a maximum of", AtMost),
        ("11,000", "just under", AtMost),
        ("11,000", "11,000-plus", AtLeast),
        ("several thousand", "several thousand", Vague),
        ("twelve thousand", "twelve thousand", Exact),
        ("700", "Approx. 700", Approx),
        ("several dozen", "several dozen", Vague),
        ("2,300", "est. 2,300", Approx),
    ] {
        assert_eq!(claim(c, number, needle).1, qualifier, "{needle}");
    }
    assert_eq!(
        claim(c, "11,000", "estimated at 11,000").2.as_deref(),
        Some("South Korea NIS"),
        "'estimated at N' gives the figure; the speaker is the one who said it"
    );
}

#[test]
fn headline_colons_and_role_words() {
    let c = corpus();
    assert_eq!(
        claim(c, "3,000", "Zelensky: 3,000").2.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'Zelensky: N soldiers killed' without quotation marks, a speaker the table knows"
    );
    let withdrawn = claim(c, "300", "Kursk: 300 soldiers withdrawn");
    assert_eq!(withdrawn.2, None, "'Kursk: ...' has the same shape but Kursk says nothing");
    let agency = found(c, "200", "The agency reported");
    assert_eq!(
        agency.claimant.as_deref(),
        Some("Ukraine (government/military)"),
        "'the agency' is the GUR named before"
    );
    assert_eq!(agency.claim_date.map(|d| d.to_string()).as_deref(), Some("2025-01-05"), "'reported on Jan. 5'");
}

#[test]
fn deployment_verbs_and_forces() {
    let c = corpus();
    let doc = doc(c, "deployment-verbs.txt").id;
    // One claim per line of the article, each counting North Korean personnel.
    let body_lines = c.document(doc).text.lines().filter(|l| l.ends_with("said.") || l.ends_with("February.")).count();
    let claims: Vec<_> = c.claims_of(doc).collect();
    assert_eq!(
        claims.len(),
        body_lines + 1,
        "every line's figure, and both figures of 'Of the 11,000 ..., about 3,000'"
    );
    assert!(claims.iter().all(|cl| cl.side == claimline::Side::NorthKorea));
    assert_eq!(claim(c, "12,000", "12,000-strong force").0, Kind::Deployed, "'a 12,000-strong force'");
    assert_eq!(
        claim(c, "3,000", "about 3,000 are fighting").1,
        Qualifier::Approx,
        "'Of the N troops, about M are ...'"
    );
    assert_eq!(claim(c, "6,000", "will send").0, Kind::Planned);
    assert_eq!(claim(c, "2,000", "preparing to send an additional").0, Kind::Planned);
}

#[test]
fn casualty_phrasing() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,800", "had wounded 2,800").0,
        Kind::Wounded,
        "the verb before the figure, not the one after"
    );
    assert_eq!(claim(c, "1,200", "and killed 1,200").0, Kind::Killed, "'and killed 1,200.': the troops named before");
    assert_eq!(claim(c, "30", "taken prisoner").0, Kind::Captured, "'had been taken prisoner'");
    let toll = claim(c, "300", "death toll at around");
    assert_eq!(
        (toll.0, toll.1, toll.2.as_deref()),
        (Kind::Killed, Qualifier::Approx, Some("South Korea NIS")),
        "'put the death toll at'"
    );
    assert_eq!(claim(c, "2,700", "with 2,700 injured").0, Kind::Wounded);
    assert_eq!(
        claim(c, "600", "state media said").2.as_deref(),
        Some("North Korea"),
        "'state media' naming no country"
    );
    assert_eq!(claim(c, "2,000", "are missing").0, Kind::Missing);
}

#[test]
fn other_wars_do_not_borrow_korean_claimants() {
    let c = corpus();
    let (kind, _, who) = claim(c, "300", "Israeli soldiers have died");
    assert_eq!(kind, Kind::Killed);
    assert_eq!(who.as_deref(), Some("military"), "'the military' in a story that never names Korea is not the JCS");
    assert_eq!(claim(c, "12,000", "peacekeepers").0, Kind::Deployed);
    assert_eq!(claim(c, "450", "captured 450 army soldiers").0, Kind::Captured);
    assert!(!c.claims.iter().any(|cl| cl.number_text == "150"), "people killed in the city are civilians");
}

#[test]
fn scraped_markdown_with_lists_and_a_byline_date() {
    let c = corpus();
    let d = doc(c, "scraped-list.md");
    assert_eq!(d.published.value.map(|p| p.to_string()).as_deref(), Some("2024-12-12"), "'By X | 12 Dec. 2024, 09:15'");
    assert_eq!(
        d.title.value.as_deref(),
        Some("North Korean troops in Russia: the numbers so far"),
        "no markdown emphasis"
    );
    assert_eq!(
        claim(c, "11,000", "NIS: about 11,000").2.as_deref(),
        Some("South Korea NIS"),
        "a list item 'Source: figure'"
    );
    let (_, _, who) = claim(c, "500", "incl. 500 officers");
    assert_eq!(who.as_deref(), Some("Ukraine (government/military)"), "'incl.' does not end the sentence");
    assert_eq!(claim(c, "1,000", "Rep. Lee Seong-kweun").2.as_deref(), Some("South Korean lawmakers"));
}

#[test]
fn korean_dailies_cite_the_spy_agency() {
    let c = corpus();
    let d = doc(c, "korean-daily.txt");
    assert_eq!(
        d.published.value.map(|p| p.to_string()).as_deref(),
        Some("2025-02-27"),
        "'Published : Feb. 27, 2025 - 15:20'"
    );
    assert_eq!(
        claim(c, "300", "cited the NIS as saying").2.as_deref(),
        Some("South Korea NIS"),
        "the source cited, not who cites it"
    );
    assert_eq!(claim(c, "1,000 to 3,000", "was quoted as saying").2.as_deref(), Some("South Korea NIS"));
    assert_eq!(
        claim(c, "12,000", "according to the spy agency").2.as_deref(),
        Some("South Korea NIS"),
        "a story about the North never naming the South: 'the spy agency' is still Seoul's"
    );
    assert_eq!(
        c.claims.iter().find(|cl| cl.number_text == "12,000" && cl.doc == d.id).map(|cl| cl.side),
        Some(claimline::Side::NorthKorea),
        "'North Korea's troop dispatch to Russia': the owner, not the destination"
    );
}

#[test]
fn numbers_written_in_words() {
    let c = corpus();
    let value = |number: &str, needle: &str| found(c, number, needle).value;
    assert_eq!(value("ten thousand", "some ten thousand"), 10_000.0);
    assert_eq!(value("a hundred", "Over a hundred"), 100.0, "'a hundred' is 100");
    assert_eq!(value("a thousand", "Nearly a thousand"), 1000.0);
    assert_eq!(value("Fifteen hundred", "Fifteen hundred"), 1500.0);
    assert_eq!(value("3K", "3K more"), 3000.0);
    assert_eq!(claim(c, "A few hundred", "A few hundred").1, Qualifier::Vague);
}

#[test]
fn claim_dates_as_news_writes_them() {
    let c = corpus();
    let date = |number: &str| found(c, number, &format!("had sent {number} troops")).claim_date.map(|d| d.to_string());
    // The article is of Wednesday 23 October 2024.
    for (number, expected) in [
        ("1,500", Some("2024-10-18")),
        ("1,501", Some("2024-10-18")),
        ("1,502", Some("2024-10-18")),
        ("1,503", Some("2024-10-18")),
        ("1,504", Some("2024-10-22")),
        ("1,505", Some("2024-10-22")),
        ("1,506", Some("2024-10-21")),
        ("1,507", Some("2024-10-22")),
        ("1,508", None),
        // A date opening the sentence, some words before the speaker; a day after the article is a
        // year before it.
        ("1,509", Some("2024-10-17")),
        ("1,510", Some("2023-11-04")),
        // "On Sunday," before a speaker with an article: a time, not part of the name.
        ("1,511", Some("2024-10-20")),
    ] {
        assert_eq!(date(number).as_deref(), expected, "{number}");
    }
}

#[test]
fn whose_personnel() {
    use claimline::Side;
    let c = corpus();
    let side = |number: &str, needle: &str| found(c, number, needle).side;
    assert_eq!(side("50,000", "including 11,000 from North Korea"), Side::Russia);
    assert_eq!(side("11,000", "including 11,000 from North Korea"), Side::NorthKorea, "'including N from North Korea'");
    assert_eq!(side("200", "200 Russian troops"), Side::Russia);
    assert_eq!(
        side("3,000", "Kim Jong Un sent"),
        Side::NorthKorea,
        "the leader stands for his country, not 'to help Moscow'"
    );
    assert_eq!(side("two", "two soldiers from North Korea"), Side::NorthKorea, "not the Ukrainian captors");
    assert_eq!(side("1,000", "the North's soldiers"), Side::NorthKorea);
}

#[test]
fn weapons_ages_distances_and_money_near_troops_are_not_claims() {
    let c = corpus();
    let doc = doc(c, "weapons.txt").id;
    let numbers: Vec<&str> = c.claims_of(doc).map(|cl| cl.number_text.as_str()).collect();
    assert!(numbers.is_empty(), "{numbers:?}");
    assert_eq!(
        claim(c, "12,000", "-strong North Korean force").0,
        Kind::Deployed,
        "'an N-strong force' counts troops, 'the N-strong crowd' does not"
    );
    assert_eq!(found(c, "12,000", "-strong North Korean force").side, claimline::Side::NorthKorea);
}

#[test]
fn a_dateline_with_a_country_names_no_side() {
    use claimline::Side;
    let c = corpus();
    let cl = c
        .claims
        .iter()
        .find(|cl| cl.number_text == "3,000" && c.document(cl.doc).path == "wire-ap-seoul.txt")
        .unwrap_or_else(|| panic!("no claim 3,000"));
    assert_eq!(cl.side, Side::NorthKorea, "'SEOUL, South Korea (AP) — North Korea has sent ...'");
    assert_eq!(cl.claimant.as_deref(), Some("South Korea JCS"));
    assert_eq!(
        claim(c, "4,000", "he said in a video address").2.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'he said' after Zelensky"
    );
}

#[test]
fn estimates_owned_exceeded_figures_and_relative_clauses() {
    use claimline::Side;
    let c = corpus();
    let zelensky = Some("Ukraine (Zelensky)".to_string());
    let doc = doc(c, "estimates.txt");
    assert_eq!(doc.published.value.map(|d| d.to_string()).as_deref(), Some("2024-12-23"), "'Name Published <date>'");
    assert_eq!(
        claim(c, "3,000", "Killed, Wounded"),
        (Kind::Casualties, Qualifier::AtLeast, zelensky.clone()),
        "a headline's 'Killed, Wounded'"
    );
    // "According to preliminary data ..., he said": data are no speaker; "he" is Zelensky; "exceeded".
    let data = found(c, "3,000", "preliminary data");
    assert_eq!(
        (data.kind, data.qualifier, data.claimant.clone()),
        (Kind::Casualties, Qualifier::AtLeast, zelensky.clone())
    );
    assert_eq!(data.claim_date.map(|d| d.to_string()).as_deref(), Some("2024-12-23"));
    let korea = Some("South Korea government".to_string());
    assert_eq!(
        claim(c, "1,100", "South Korea's estimate"),
        (Kind::Casualties, Qualifier::Approx, korea.clone()),
        "'N North Korean casualties' owned by 'South Korea's estimate'"
    );
    assert_eq!(found(c, "1,100", "South Korea's estimate").side, Side::NorthKorea);
    assert_eq!(claim(c, "100", "including at least 100 killed"), (Kind::Killed, Qualifier::AtLeast, korea));
    let lost = found(c, "4,000", "of whom");
    assert_eq!((lost.kind, lost.qualifier, lost.side), (Kind::Casualties, Qualifier::AtLeast, Side::NorthKorea));
    assert_eq!(lost.claimant, zelensky);
    assert!(
        !c.claims.iter().any(|cl| c.document(cl.doc).text[cl.sentence_span].contains("civilian casualties")),
        "civilian casualties are not personnel"
    );
}

#[test]
fn briefings_follow_ups_and_relative_clauses() {
    use claimline::Side;
    let c = corpus();
    let doc = doc(c, "briefing.txt");
    assert_eq!(doc.published.value.map(|d| d.to_string()).as_deref(), Some("2025-01-13"), "'date <ISO> SEOUL: ...'");
    let injured = found(c, "2,700", "were injured fighting");
    assert_eq!((injured.kind, injured.side), (Kind::Wounded, Side::NorthKorea), "'SEOUL:' is a dateline, not a side");
    assert_ne!(injured.claimant.as_deref(), Some("South Korea government"), "nor a speaker");
    // A follow-up sentence about the same people names no soldiers.
    assert_eq!(claim(c, "300", "This includes").0, Kind::Killed);
    assert_eq!(claim(c, "2,700", "This includes").0, Kind::Wounded, "'injuries'");
    assert_eq!(found(c, "four-thousand-100", "another").value, 4100.0, "a broadcaster's 'four-thousand-100'");
    assert_eq!(claim(c, "3,000", "Casualties among").0, Kind::Casualties, "'casualties among troops ... reached'");
    let captured = found(c, "two", "it has captured");
    assert_eq!((captured.kind, captured.qualifier), (Kind::Captured, Qualifier::Exact), "'details about' is no hedge");
    assert_eq!(claim(c, "three", "who were recently killed").0, Kind::Killed);
    assert_eq!(claim(c, "4,100", "Half of the").0, Kind::Wounded, "a share of '4,100 wounded soldiers'");
}

#[test]
fn perfect_tense_beats_likely_and_link_lists_are_not_the_article() {
    let c = corpus();
    let pentagon = Some("United States (Defense Dept / officials)".to_string());
    assert_eq!(
        claim(c, "11,000", "have moved into"),
        (Kind::Deployed, Qualifier::Approx, pentagon.clone()),
        "'it is likely that ... have moved'"
    );
    assert_eq!(
        claim(c, "10,000", "to be approximately"),
        (Kind::Deployed, Qualifier::Approx, pentagon),
        "'the number of troops to be approximately N'; 'She' is Singh"
    );
    let combined = found(c, "50,000", "combined force");
    assert_eq!(combined.kind, Kind::Deployed, "'preparing to launch' plans an attack, not a deployment");
    assert_eq!(combined.claimant.as_deref(), Some("New York Times"));
    let doc = doc(c, "pentagon.txt").id;
    let numbers: Vec<&str> = c.claims_of(doc).map(|cl| cl.number_text.as_str()).collect();
    assert_eq!(numbers, ["10,000", "11,000", "10,000", "50,000"], "a 'Most Read News' list holds other stories");
}

#[test]
fn html_paragraph_tags_in_text_and_whose_estimate() {
    let c = corpus();
    let mi6 = Some("UK intelligence (MI6)".to_string());
    assert_eq!(claim(c, "half a million", "UK spy chief says").2, mi6, "the alias table knows the UK spy chief");
    let killed = found(c, "480,000", "estimate from the head of MI6");
    assert_eq!((killed.kind, killed.claimant.clone()), (Kind::Killed, mi6), "'according to an estimate from X'");
    let sentence = &c.document(killed.doc).text[killed.sentence_span];
    assert!(sentence.starts_with("Nearly 480,000"), "'</p> <p>' ends a paragraph: {sentence:?}");
    assert_eq!(found(c, "1,000", "preliminary figures").claimant.as_deref(), Some("Ukraine (government/military)"));
}

#[test]
fn a_source_named_after_the_figure_and_modal_futures() {
    let c = corpus();
    let jcs = Some("South Korea JCS".to_string());
    let doc = doc(c, "broadcast.txt");
    assert_eq!(doc.published.value.map(|d| d.to_string()).as_deref(), Some("2025-03-27"), "'Published on: 2025/03/27'");
    assert_eq!(
        claim(c, "three-thousand", "additional soldiers"),
        (Kind::Increment, Qualifier::AtLeast, jcs.clone()),
        "'This is according to X.' names the source of the sentence before"
    );
    assert_eq!(claim(c, "2,000", "additionally dispatched"), (Kind::Increment, Qualifier::Approx, jcs));
    assert_eq!(claim(c, "12,000", "may soon have").0, Kind::Planned, "'may soon have' is no army's size");
}

#[test]
fn civilian_victims_of_strikes_are_not_personnel() {
    let c = corpus();
    let doc = doc(c, "strikes.txt").id;
    let found: Vec<(&str, Kind)> = c.claims_of(doc).map(|cl| (cl.number_text.as_str(), cl.kind)).collect();
    // Only the soldiers: people in air raids and missile attacks on towns are civilians, and so are
    // "48 people, including 12 soldiers, were killed" but for the soldiers.
    assert_eq!(found, [("dozens", Kind::Killed), ("40", Kind::Wounded), ("12", Kind::Killed)]);
}

#[test]
fn what_happened_after_the_phrase_outranks_its_description() {
    let c = corpus();
    assert_eq!(
        claim(c, "one", "one injured North Korean soldier").0,
        Kind::Captured,
        "'one injured soldier has been captured'"
    );
    assert_eq!(claim(c, "two", "after they were captured").0, Kind::Captured);
    let blinken = found(c, "1,000", "mentioned that");
    assert_eq!(blinken.kind, Kind::Casualties);
    assert_eq!(blinken.claimant.as_deref(), Some("United States (Defense Dept / officials)"), "'X mentioned that'");
}

#[test]
fn estimates_named_by_their_owner_and_casualties_that_top_a_figure() {
    let c = corpus();
    let us = Some("United States (Defense Dept / officials)".to_string());
    assert_eq!(claim(c, "1,000", "according to U.S. estimates"), (Kind::Casualties, Qualifier::Approx, us));
    assert_eq!(
        claim(c, "4,000", "now top 4,000"),
        (Kind::Casualties, Qualifier::AtLeast, Some("Ukraine (government/military)".to_string()))
    );
    assert_eq!(claim(c, "300", "the preliminary estimates").2, None, "estimates of no one named are no speaker");
    assert_eq!(claim(c, "1.5 million", "army numbers").0, Kind::ForceSize);
}

#[test]
fn of_them_after_a_claim_and_a_capital_that_estimates() {
    use claimline::Side;
    let c = corpus();
    let us = Some("United States (Defense Dept / officials)".to_string());
    let them = found(c, "8,000", "of them are now");
    assert_eq!((them.kind, them.qualifier, them.claimant.clone()), (Kind::Deployed, Qualifier::Approx, us));
    let seoul = found(c, "100,000", "Seoul estimates");
    assert_eq!((seoul.kind, seoul.side), (Kind::Planned, Side::NorthKorea), "'Seoul estimates' is a verb");
    assert_eq!(seoul.claimant.as_deref(), Some("South Korea government"));
    assert_eq!(found(c, "3,000", "The estimates show").claimant, None, "'The estimates' is a noun");
    assert_eq!(claim(c, "11,000", "numbering about").0, Kind::Deployed, "'troops numbering about N have joined'");
    assert_eq!(claim(c, "1,000", "deminers").0, Kind::Planned);
    assert_eq!(claim(c, "5,000", "military builders").0, Kind::Planned, "'would send N and M': the plan covers both");
    assert!(
        !c.claims
            .iter()
            .any(|cl| cl.number_text == "300" && c.document(cl.doc).text[cl.sentence_span].contains("stadium"))
    );
}

#[test]
fn participles_paired_verbs_totals_and_numeric_dates() {
    use claimline::Side;
    let c = corpus();
    let d = doc(c, "modifiers-and-totals.txt");
    // "date 2024-11-20" left at the start of a paragraph is a date, not a range of 11 to 20 troops.
    assert!(!c.claims.iter().any(|cl| cl.doc == d.id && cl.value == 11.0), "numeric dates are not counts");
    let first = found(c, "2,500", "spy chief");
    assert_eq!(first.side, Side::NorthKorea, "a dateline after a label is a place, not a side");
    assert_eq!(first.claimant.as_deref(), Some("South Korea NIS"), "a country's spy chief speaks for its agency");
    assert_eq!(
        found(c, "7,000", "his agency").claimant.as_deref(),
        Some("South Korea NIS"),
        "'his agency' is the speaker's own"
    );
    let total = found(c, "12,000", "the total expected");
    assert_eq!((total.kind, total.qualifier), (Kind::Planned, Qualifier::Approx), "'the total' of the troops named");
    assert_eq!(claim(c, "160", "fighting alongside").0, Kind::Killed, "a participle's phrase between noun and verb");
    assert_eq!(claim(c, "900", "approaching").0, Kind::Wounded, "'the injured are approaching N'");
    assert_eq!(claim(c, "900", "approaching").1, Qualifier::Approx);
    let pair = found(c, "several hundred", "killed or wounded");
    assert_eq!((pair.kind, pair.side), (Kind::Casualties, Side::NorthKorea), "'killed or wounded N sent by X'");
    assert_eq!(claim(c, "800", "special warfare").0, Kind::Deployed, "a branch word inside the noun phrase");
    assert_eq!(claim(c, "5,000", "construction personnel").0, Kind::Planned, "modifiers joined by 'and'; 'wants'");
    assert_eq!(claim(c, "20,000", "being prepared").0, Kind::Planned, "troops being readied are a plan");
    let dotted = doc(c, "dotted-date.txt");
    assert_eq!(dotted.published.value, chrono::NaiveDate::from_ymd_opt(2025, 7, 14), "'2025.07.14.' year first");
}

#[test]
fn translated_wire_shapes() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(claim(c, "7,500", "of its military").0, Kind::Deployed, "'N of its military': the military as people");
    assert_eq!(claim(c, "900", "North Korean military would").0, Kind::Planned);
    assert_eq!(
        claim(c, "900", "North Korean military would").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'as cited by' passes words on: 'she added' is still the intelligence chief"
    );
    assert_eq!(
        found(c, "7,500", "of its military").claimant.as_deref(),
        Some("Ukraine (government/military)"),
        "'This was stated by X, as cited by Y': X is the source"
    );
    let losses = found(c, "600,000", "estimated Russian losses");
    assert_eq!((losses.kind, losses.side), (Kind::Casualties, Side::Russia), "the nationality before a casualty noun");
    assert_ne!(losses.claimant_text.as_deref(), Some("with"), "a preposition is no speaker");
    assert_eq!(claim(c, "200,000", "service member deaths").0, Kind::Killed);
    assert!(
        !c.claims.iter().any(|cl| cl.number_text == "several thousand"
            && c.document(cl.doc).text[cl.sentence_span].contains("typically consists")),
        "what a unit typically holds is not a count of anyone's troops"
    );
}

#[test]
fn agency_statements_relays_and_continued_quotes() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(claim(c, "5,200", "fighting on Russia's side").0, Kind::Casualties, "a long participle phrase");
    let counted = found(c, "5,200", "has exceeded");
    assert_eq!((counted.kind, counted.side), (Kind::Casualties, Side::NorthKorea), "nationality before the casualty");
    let relayed = found(c, "2,800", "as quoted by");
    assert_eq!(relayed.qualifier, Qualifier::AtLeast, "the hedge outside a quotation");
    assert_eq!(relayed.claimant.as_deref(), Some("South Korea NIS"), "the one quoted, not the relay");
    let missing = found(c, "4", "went missing");
    assert_eq!(missing.kind, Kind::Missing);
    assert_eq!(missing.claimant.as_deref(), Some("Ukraine (government/military)"), "', claims X' at the end");
    let statement = found(c, "45", "on Telegram");
    assert_eq!(statement.kind, Kind::Casualties, "'either killed or wounded'");
    assert_eq!(statement.claimant.as_deref(), Some("Ukraine (government/military)"), "'on Telegram' is no speaker");
    assert_eq!(claim(c, "1.3 million", "armed forces, numbering").0, Kind::ForceSize);
    assert_eq!(claim(c, "700,000", "cannot sustain").2.as_deref(), Some("NATO"), "a quotation goes on");
    assert_eq!(claim(c, "8,000", "prompted Moscow").0, Kind::Increment, "'prompted X to deploy' is no plan");
    assert_eq!(claim(c, "900", "killed in action").0, Kind::Killed, "'the number of ... was around N'");
}

#[test]
fn captives_pronoun_one_and_joined_speakers() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(claim(c, "three", "the capture of").0, Kind::Captured, "'the capture of N soldiers'");
    let d = doc(c, "captives.txt");
    assert!(
        !c.claims.iter().any(|cl| cl.doc == d.id && cl.value == 1.0),
        "'One of them told' is a pronoun, not a count of one"
    );
    let joined = found(c, "14,000", "Kyiv and Seoul");
    assert_eq!(joined.side, Side::NorthKorea, "both capitals are the speakers, North Korea the subject");
    assert_eq!(joined.claimant_text.as_deref(), Some("Kyiv and Seoul"));
    assert_eq!(
        found(c, "14,000", "intelligence agencies").claimant.as_deref(),
        Some("South Korea NIS"),
        "'South Korean ... intelligence agencies'"
    );
}

#[test]
fn sentences_cut_after_a_month_and_a_country_named_states() {
    let c = corpus();
    let cut = found(c, "2,500", "additional soldiers");
    assert_eq!(cut.claim_date, chrono::NaiveDate::from_ymd_opt(2020, 2, 5), "'on Feb.\\n\\n5' is one sentence");
    assert_eq!(found(c, "650", "airborne").claim_date, chrono::NaiveDate::from_ymd_opt(2020, 1, 30));
    assert_eq!(found(c, "2,500", "United States to Send").claimant, None, "'United States' is no speaker");
}

#[test]
fn progressive_reports_and_comrades() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,200", "has been reporting").2.as_deref(),
        Some("South Korea NIS"),
        "'has been reporting' is a speaker's verb, not a passive"
    );
    let more = found(c, "6,000", "or so of their comrades");
    assert_eq!(
        (more.kind, more.qualifier),
        (Kind::Increment, Qualifier::Approx),
        "'another N or so of their comrades'"
    );
}

#[test]
fn broadcasters_left_out_nouns_and_the_subject_of_a_that_clause() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(
        found(c, "2,900", "Russian service").claimant.as_deref(),
        Some("BBC"),
        "an outlet's Russian service is the outlet, not Russia"
    );
    assert_eq!(
        claim(c, "1,300", "were believed to have been killed").0,
        Kind::Killed,
        "'N were believed to have been killed'"
    );
    let suffered = found(c, "4,200", "Contact Group");
    assert_eq!(suffered.side, Side::NorthKorea, "the subject of the 'that' clause, not a country named before it");
}

#[test]
fn a_second_object_without_its_noun_and_generals() {
    let c = corpus();
    assert_eq!(
        claim(c, "45", "injured 45 in the village").0,
        Kind::Wounded,
        "'killed N soldiers and injured M in ...'"
    );
    assert_eq!(claim(c, "A dozen", "generals").0, Kind::Deployed, "generals are personnel");
}

#[test]
fn nouns_that_look_like_speech_verbs() {
    let c = corpus();
    let us = Some("United States (Defense Dept / officials)".to_string());
    assert_eq!(claim(c, "13,000", "The United States claims").2, us, "'States' is a name, 'claims' the verb");
    let high = found(c, "1,600", "as high as");
    assert_eq!((high.kind, high.qualifier), (Kind::Killed, Qualifier::AtMost), "'may be as high as N'");
    assert_eq!(high.claimant.as_deref(), Some("BBC"));
    assert_eq!(found(c, "4,600", "the report said").claimant.as_deref(), Some("BBC"), "'the report' is the BBC's");
    let put = found(c, "3,800", "put the number");
    assert_eq!((put.kind, put.claimant.as_deref()), (Kind::Casualties, Some("Ukraine (Zelensky)")));
}

#[test]
fn another_countrys_president_and_troops() {
    use claimline::Side;
    let c = corpus();
    let france = found(c, "2,400", "France will send");
    assert_eq!(france.side, Side::Other, "troops of a country other than the four are 'other'");
    assert_ne!(france.claimant.as_deref(), Some("Ukraine (Zelensky)"), "not the president the story is about");
}

#[test]
fn briefings_relayed_by_lawmakers() {
    let c = corpus();
    let lawmakers = Some("South Korean lawmakers".to_string());
    let expected = found(c, "11,500", "are expected by January");
    assert_eq!(
        (expected.kind, expected.qualifier),
        (Kind::Planned, Qualifier::Approx),
        "the noun left out after a claim"
    );
    assert_eq!(expected.claimant, lawmakers);
    assert_eq!(found(c, "600", "According to her").claimant, lawmakers, "'according to her' is a pronoun");
    assert_eq!(
        found(c, "900", "Oh added").claimant,
        lawmakers,
        "'Oh Dae-gun, another lawmaker, said': the name before the appositive is remembered"
    );
}

#[test]
fn the_one_cited_speaks_next() {
    let c = corpus();
    assert_eq!(
        found(c, "700", "The official said").claimant.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'citing a US military official. The official said': the official, not the paper"
    );
    assert_eq!(
        found(c, "90", "The sources said").claimant.as_deref(),
        Some("Times"),
        "'the sources' with no one cited before: the last named speaker"
    );
}

#[test]
fn ministry_tallies() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(found(c, "240", "MOSCOW (Wire)").side, Side::Ukraine, "'MOSCOW (Wire) -' is a dateline, not a side");
    assert_eq!(claim(c, "215", "have been lost").0, Kind::Casualties, "'N soldiers have been lost'");
    assert_eq!(claim(c, "28,300", "servicepeople").0, Kind::Casualties);
    assert_eq!(claim(c, "71,900", "service people").0, Kind::Casualties);
    let six = found(c, "Six", "surrendered");
    assert_eq!((six.kind, six.side), (Kind::Captured, Side::Ukraine), "'N soldiers of the X armed forces surrendered'");
    assert!(!c.claims.iter().any(|cl| cl.number_text == "11"), "armoured personnel carriers are vehicles");
}

#[test]
fn a_quotation_closed_in_the_next_sentence() {
    let c = corpus();
    let ukraine = Some("Ukraine (government/military)".to_string());
    assert_eq!(
        claim(c, "330", "Over the past day").2,
        ukraine,
        "the speaker after the closing quote of the next sentence"
    );
    assert_eq!(claim(c, "Nine", "surrendered").2, ukraine);
}

#[test]
fn ratios_and_unit_designations_are_not_counts() {
    let c = corpus();
    let d = doc(c, "ratios-and-units.txt");
    let values: Vec<f64> = c.claims.iter().filter(|cl| cl.doc == d.id).map(|cl| cl.value).collect();
    assert_eq!(values, [310.0], "'one in five', '7 in 10' and 'Unit 6' are no counts; 'killed 310 in 10 days' is");
}

#[test]
fn waves_replacements_and_withdrawals() {
    let c = corpus();
    assert_eq!(claim(c, "3,300", "second wave").0, Kind::Increment, "'a second wave of N'");
    assert_eq!(claim(c, "2,100", "replacement troops").0, Kind::Increment);
    assert_eq!(
        claim(c, "1,700", "reinforcements").0,
        Kind::Increment,
        "reinforcements are personnel, and more of them"
    );
    assert_eq!(claim(c, "5,300", "withdrawn").0, Kind::Other, "troops leaving are not deployed");
    assert_eq!(claim(c, "1,100", "returned home").0, Kind::Other);
}

#[test]
fn a_left_out_noun_additionally_dispatched() {
    let c = corpus();
    let more = found(c, "2,900", "additionally dispatched");
    assert_eq!(
        (more.kind, more.qualifier),
        (Kind::Increment, Qualifier::AtLeast),
        "'N or more have been additionally dispatched'"
    );
}

#[test]
fn a_citing_aside_between_speaker_and_verb() {
    let c = corpus();
    assert_eq!(
        found(c, "880", "citing intelligence data").claimant.as_deref(),
        Some("South Korean lawmakers"),
        "'X, citing intelligence data, has said': X speaks"
    );
}

#[test]
fn a_title_case_dateline_guillemets_and_a_titled_surname() {
    let c = corpus();
    let d = doc(c, "wire-titlecase.txt");
    assert_eq!(d.outlet.value.as_deref(), Some("NNA"), "'Busan, May 14 (NNA)' names the agency");
    let casualties = found(c, "3,900", "Busan, May 14");
    assert!(
        !c.document(casualties.doc).text[casualties.sentence_span].contains("drags on"),
        "a headline ending on 'on' does not run on into the dateline"
    );
    assert_eq!(casualties.side, claimline::Side::NorthKorea, "'Busan,' opens a dateline: a place, not a side");
    assert_eq!(casualties.claimant.as_deref(), Some("South Korea NIS"));
    assert_eq!(
        claim(c, "2,400", "fresh soldiers").2.as_deref(),
        Some("South Korean lawmakers"),
        "'«...» Han said' after 'Rep. Han Ji-soo'"
    );
    assert_eq!(
        claim(c, "1,800", "being readied"),
        (Kind::Planned, Qualifier::Approx, Some("South Korean lawmakers".into())),
        "'N more are being readied,' he added: a plan, the noun left out"
    );
    let military = found(c, "3,100", "South Korean military said");
    assert_eq!(military.side, claimline::Side::NorthKorea, "the speaker's nationality is not the casualties'");
}

#[test]
fn a_rise_a_hedging_modal_and_time_between_speaker_and_verb() {
    let c = corpus();
    let rise = found(c, "3,000", "rose by roughly");
    assert_eq!((rise.kind, rise.side), (Kind::Increment, claimline::Side::NorthKorea), "'rose by N': the rise");
    assert_eq!(claim(c, "9,000", "rose by roughly").0, Kind::Deployed, "'... to some N': the new total");
    assert_eq!(claim(c, "12,000", "could be closer").0, Kind::Deployed, "'could be closer to N' hedges, plans nothing");
    assert_eq!(claim(c, "a couple thousand", "Far East").1, Qualifier::Approx, "'a couple thousand' is a figure");
    assert_eq!(
        claim(c, "a couple thousand", "Far East").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'said at a briefing' is a speech verb all the same"
    );
    let seoul = found(c, "4,000", "last week said");
    assert_eq!(
        (seoul.qualifier, seoul.claimant.as_deref()),
        (Qualifier::AtLeast, Some("South Korea government")),
        "'Seoul last week said at least N'"
    );
    let here = doc(c, "briefing-room.txt").id;
    assert!(!c.claims.iter().any(|cl| cl.doc == here && cl.number_text == "40"), "tanks are not personnel");
}

#[test]
fn asides_owners_and_figures_without_their_noun() {
    let c = corpus();
    let fighting = found(c, "7,000", "fighting along the front");
    assert_eq!(
        (fighting.kind, fighting.qualifier, fighting.claimant.as_deref()),
        (Kind::Deployed, Qualifier::AtMost, Some("Ukraine (government/military)")),
        "'up to N fighting along the front' after a sentence about the troops"
    );
    assert_eq!(
        claim(c, "400", "affirmed").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'He also affirmed' is a speech verb; 'he' is the last one named"
    );
    assert_eq!(claim(c, "2,000", "Intelligence reports suggest").2, None, "'Intelligence reports' is nobody's guess");
    let put = found(c, "6,000", "out of a total");
    assert_eq!(
        (put.side, put.claimant.as_deref()),
        (claimline::Side::NorthKorea, Some("United States (Defense Dept / officials)")),
        "'put the number of X - an aside - at N': the aside's troops are not X"
    );
    assert_eq!(found(c, "8,000", "out of a total").side, claimline::Side::NorthKorea, "'out of a total of N'");
    assert_eq!(claim(c, "5,000", "right now in Kursk").0, Kind::Deployed, "'with about N right now in Kursk'");
    let owner = found(c, "9,000", "new U.S. estimate");
    assert_eq!(
        (owner.side, owner.claimant.as_deref()),
        (claimline::Side::NorthKorea, Some("United States (Defense Dept / officials)")),
        "'the new U.S. estimate of N troops': whose estimate, not whose troops"
    );
}

#[test]
fn denials_claim_nothing_and_phrasal_over_is_no_hedge() {
    let c = corpus();
    assert_eq!(
        claim(c, "three", "hand over"),
        (Kind::Captured, Qualifier::Exact, Some("Ukraine (Zelensky)".into())),
        "'hand over three captured soldiers' is three, not more than three"
    );
    assert_eq!(claim(c, "12,000", "has not confirmed").2, None, "'Moscow has not confirmed' is no claim by Moscow");
    assert_eq!(
        claim(c, "500", "has yet to confirm").2,
        None,
        "'has yet to confirm', 'cannot verify': no one claims it"
    );
    assert_eq!(
        claim(c, "6,000", "denied reports").2,
        None,
        "'The Kremlin denied reports that N': a denial claims nothing"
    );
}

#[test]
fn a_broadcaster_dateline_a_page_title_and_time_after_the_verb() {
    let c = corpus();
    let d = doc(c, "broadcaster-dash.txt");
    assert_eq!(
        (d.outlet.value.as_deref(), d.outlet.found.clone()),
        (Some("CNN"), claimline::Found::Dateline),
        "'CNN —' on its own line"
    );
    assert_eq!(
        claim(c, "12,000", "sent last autumn"),
        (Kind::Deployed, Qualifier::Exact, Some("Ukraine (government/military)".into())),
        "'the 12,000 sent last autumn' after a sentence about the soldiers; 'the assessment says' is the one cited"
    );
    assert_eq!(claim(c, "2,000", "reports said Friday").2, None, "'reports said Friday': Friday is no speaker");
    assert_eq!(claim(c, "800", "reports said Friday").0, Kind::Planned, "'800 mine clearance specialists'");
    assert_eq!(
        claim(c, "2,000", "as well as").0,
        Kind::Planned,
        "'decided to send 800 sappers ..., as well as 2,000 builders': both planned"
    );
}

#[test]
fn a_slashed_agency_dateline_losses_put_at_and_a_claim_named_after() {
    let c = corpus();
    let d = doc(c, "ministry-dateline.txt");
    assert_eq!(d.outlet.value.as_deref(), Some("TASS"), "'MOSCOW, September 2. /TASS/.'");
    assert_eq!(claim(c, "9,400", "put the overall losses").0, Kind::Casualties, "'put the losses ... at N troops'");
    assert_eq!(claim(c, "310", "Losses of the Ukrainian").0, Kind::Casualties, "'losses ... were N servicemen'");
    let later = found(c, "120", "near the village");
    assert_eq!(
        (later.kind, later.claimant.as_deref()),
        (Kind::Casualties, Some("Russia")),
        "'The ministry made the claim in its briefing' names the source of the sentence before"
    );
}

#[test]
fn the_object_of_sending_with_its_noun_left_out() {
    let c = corpus();
    let initial = found(c, "4,500", "an initial");
    assert_eq!(
        (initial.kind, initial.side),
        (Kind::Deployed, claimline::Side::Other),
        "'had sent an initial N since the spring' after a sentence about troops"
    );
    assert_eq!(
        claim(c, "1,200", "notified Congress").2.as_deref(),
        Some("administration"),
        "'notified' is a speech verb; a role no table knows stays as written"
    );
}

#[test]
fn a_live_page_with_an_emphasised_date_and_bulleted_sources() {
    let c = corpus();
    let d = doc(c, "live-bullets.md");
    assert_eq!(
        d.published.value.map(|p| p.to_string()).as_deref(),
        Some("2025-01-14"),
        "'**Last updated:** 14 January 2025, 18:05 GMT'"
    );
    let dead = found(c, "300", "Seoul's spy agency: 300 dead");
    assert_eq!(
        (dead.kind, dead.side, dead.claimant.as_deref()),
        (Kind::Killed, claimline::Side::NorthKorea, Some("South Korea NIS")),
        "'- Seoul's spy agency: 300 dead': a known speaker before a colon, lower-case words and all"
    );
}

#[test]
fn losses_said_to_be_deaths_listed_as_missing_and_stated_this() {
    let c = corpus();
    assert_eq!(
        claim(c, "41 200", "41 200 Ukrainian soldiers"),
        (Kind::Killed, Qualifier::Exact, Some("Ukraine (Zelensky)".into())),
        "'The president stated this' names the source of the sentence before"
    );
    assert_eq!(claim(c, "320 000", "lost roughly").0, Kind::Killed, "'lost N soldiers killed': deaths, not all losses");
    assert_eq!(claim(c, "40,000 to 60,000", "listed as missing").0, Kind::Missing, "'are listed as missing'");
}

#[test]
fn a_caption_between_two_paragraphs_does_not_break_the_story() {
    let c = corpus();
    let died = found(c, "900", "of them had died");
    assert_eq!(
        (died.kind, died.qualifier, died.claimant.as_deref()),
        (Kind::Killed, Qualifier::Approx, Some("South Korea NIS")),
        "'around 900 of them had died' goes on from the paragraph before the photo caption"
    );
    let d = doc(c, "page-caption.html");
    assert!(
        !c.claims.iter().any(|cl| cl.doc == d.id && cl.number_text == "3,000"),
        "a script's text is no article text"
    );
}

#[test]
fn a_lone_claim_takes_the_side_whose_troops_the_story_names() {
    let c = corpus();
    assert_eq!(
        found(c, "3,400", "casualties had reached").side,
        claimline::Side::NorthKorea,
        "no other claim says whose; the story is about North Korean troops"
    );
}

#[test]
fn short_follow_ons_with_the_noun_left_out() {
    let c = corpus();
    assert_eq!(claim(c, "700", "have died").0, Kind::Killed, "'Around N have died.' after a sentence about the troops");
    assert_eq!(claim(c, "45", "surrendered").0, Kind::Captured, "'Another N surrendered.': the verb right after");
}

#[test]
fn a_total_that_shrank_to_a_figure_from_another() {
    let c = corpus();
    let shrunk = found(c, "6,500", "had shrunk to");
    assert_eq!((shrunk.kind, shrunk.side), (Kind::Deployed, claimline::Side::NorthKorea), "'shrunk to N from M'");
}

#[test]
fn a_force_of_n_and_units_wiped_out() {
    let c = corpus();
    assert_eq!(claim(c, "13,000", "a force of").0, Kind::Deployed, "'a force of N to Russia'");
    assert_eq!(claim(c, "400", "wiped out").0, Kind::Casualties, "'a unit of N soldiers was wiped out'");
    let eliminated = found(c, "230", "eliminated");
    assert_eq!(
        (eliminated.kind, eliminated.side),
        (Kind::Killed, claimline::Side::Ukraine),
        "'eliminated N servicemen'"
    );
}

#[test]
fn a_dash_is_no_minus_and_a_relative_clause_names_its_noun() {
    let c = corpus();
    let dashed = found(c, "7,500", "The estimate - 7,500");
    assert_eq!(dashed.value, 7_500.0, "'The estimate - 7,500 troops -': a dash after a word, not a minus sign");
    assert_eq!(
        found(c, "7,800", "who said").claimant.as_deref(),
        Some("analyst Cho Han-bum"),
        "'a study by X, who said': X"
    );
}

#[test]
fn remarks_that_name_their_owner_and_a_projected_total() {
    let c = corpus();
    let projected = found(c, "90,000", "could grow to");
    assert_eq!(
        projected.kind,
        Kind::Planned,
        "'could grow to N': a projection, though 'stationed' describes the troops"
    );
    assert_eq!(
        projected.claimant.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'Asked about the president's remarks that ...': the remarks are the president's (of a story from Kyiv), not Lee's"
    );
}

#[test]
fn a_leaders_own_troops_are_his_countrys() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(found(c, "620,000", "Putin's army").side, Side::Russia, "'Putin's army'");
    assert_eq!(found(c, "44,000", "Zelensky's forces").side, Side::Ukraine, "'Zelensky's forces'");
    assert_eq!(found(c, "11,500", "Putin thanked").side, Side::NorthKorea, "a leader named otherwise is no side");
}

#[test]
fn a_report_opened_by_an_ing_verb_names_its_speaker() {
    let c = corpus();
    assert_eq!(
        claim(c, "9,500", "with the Pentagon saying").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'with X saying that N': X"
    );
    assert_eq!(
        claim(c, "2,300", "noting that").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'X, noting that N ..., warned': X, not the troops' country"
    );
    assert_eq!(claim(c, "40,000", "recently claiming").2.as_deref(), Some("Ukraine (Zelensky)"));
    assert_eq!(claim(c, "14,000", "adding to the").2, None, "'adding to the N' adds troops, not words");
}

#[test]
fn a_list_of_countries_is_one_source_and_an_estimate_given_is_claimed() {
    use claimline::Side;
    let c = corpus();
    let joint = found(c, "12,500", "British and South Korean");
    assert_eq!(
        joint.side,
        Side::NorthKorea,
        "the countries of 'according to U.S., British and South Korean officials' are the source, not whose troops"
    );
    assert_eq!(joint.claimant.as_deref(), Some("United States (Defense Dept / officials)"), "the first of the list");
    assert_eq!(
        found(c, "3,000", "According to Reuters").side,
        Side::NorthKorea,
        "'according to Reuters, North Korea and Russia ...' is no list of sources"
    );
    assert_eq!(found(c, "5,000", "gave a lower estimate").claimant.as_deref(), Some("Ukraine (government/military)"));
    assert_eq!(
        found(c, "2,200", "gave a lower estimate").claimant.as_deref(),
        Some("Western officials"),
        "'X gave a lower estimate of N': X claims N"
    );
}

#[test]
fn unit_sizes_nouns_of_readiness_and_speakers_of_a_contrast() {
    let c = corpus();
    assert_eq!(claim(c, "12,000", "preparedness").0, Kind::Deployed, "'preparedness' is a noun, no plan");
    assert!(
        !c.claims
            .iter()
            .any(|cl| cl.number_text == "120" && c.document(cl.doc).text[cl.sentence_span].contains("every company")),
        "'every company of roughly 120 soldiers' is the size of a unit, not a count of anyone's troops"
    );
    assert_eq!(
        claim(c, "14,000", "while Seoul warns").2,
        None,
        "'N troops, while Seoul warns that ...': Seoul speaks for its own clause only"
    );
}

#[test]
fn a_transcripts_speaker_label_names_who_we_are() {
    assert_eq!(
        claim(corpus(), "11,500", "We now assess").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'PRESS SECRETARY PAT RYDER:' opens his turn: 'we' in his next lines is the Pentagon"
    );
    let c = corpus();
    let pentagon = Some("United States (Defense Dept / officials)".to_string());
    assert_eq!(claim(c, "8,200", "I can confirm").2, pentagon, "'I can confirm': a modal between speaker and verb");
    assert_eq!(claim(c, "1,000", "We think about").2, pentagon, "'we think' is speech");
    assert_eq!(claim(c, "700", "cannot confirm").2, None, "'we cannot confirm' claims nothing");
}

#[test]
fn a_daily_tally_its_breakdown_and_the_enemys_losses() {
    use claimline::Side;
    let c = corpus();
    let ukraine = Some("Ukraine (government/military)".to_string());
    let (kind, _, who) = claim(c, "1,310", "This figure includes");
    assert_eq!(
        (kind, who),
        (Kind::Casualties, ukraine.clone()),
        "'This figure includes N': the source of the figure before"
    );
    let neutralised = found(c, "9,400", "neutralised");
    assert_eq!(neutralised.kind, Kind::Casualties, "'neutralised N occupiers': killed or wounded");
    assert_eq!(neutralised.side, Side::Russia, "the subject of a verb of killing is who did it, not whose troops died");
    assert_eq!(neutralised.claimant, ukraine, "Podolyak is a Ukrainian official");
    let out_of_action = found(c, "110,000", "out of action");
    assert_eq!(
        (out_of_action.kind, out_of_action.side),
        (Kind::Casualties, Side::Russia),
        "'put N invaders out of action'"
    );
}

#[test]
fn whom_a_side_fights_is_not_its_own_and_long_named_sources() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(
        found(c, "45,000", "are holding off").side,
        Side::Russia,
        "'Ukrainian brigades are holding off N troops': the enemy's"
    );
    assert_eq!(found(c, "45,000", "enemy soldiers").side, Side::Russia, "'facing N enemy soldiers'");
    assert_eq!(
        claim(c, "10,000", "Institute for the Study of War").2.as_deref(),
        Some("Institute for the Study of War"),
        "a name with small words inside ('for the', 'of') before its appositive"
    );
    let framed = found(c, "45,000", "puts the number");
    assert_eq!(
        (framed.kind, framed.claimant.as_deref()),
        (Kind::Planned, Some("New York Times")),
        "'puts the number of ... troops being prepared for ... at N': a long phrase framed by 'put ... at'"
    );
}

#[test]
fn subheads_totals_and_places_that_are_no_side() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(claim(c, "4,000", "Exceed 4,000").1, Qualifier::AtLeast, "a quoted subhead: 'Troops ... Exceed N'");
    let borders = found(c, "6,000", "borders Ukraine");
    assert_eq!(borders.side, Side::NorthKorea, "'an area that borders Ukraine': a country as an object is no side");
    assert_eq!(borders.claimant, None, "'according to a news report' names no one");
    let total = found(c, "4,200", "bringing the total");
    assert_eq!(total.side, Side::NorthKorea, "'arrived in Russia, bringing the total to N': Russia is the place");
    assert_eq!(
        total.claimant.as_deref(),
        Some("South Korean lawmakers"),
        "'Park Seon-won', another spelling of a lawmaker's name"
    );
    assert_eq!(
        found(c, "4,200", "now number").side,
        Side::NorthKorea,
        "'troops ... now number N': the verb reaches its subject"
    );
}

#[test]
fn the_figure_at_n_right_after_a_claim_counts_the_same() {
    use claimline::Side;
    let c = corpus();
    let update = found(c, "1,800", "puts the figure at");
    assert_eq!(
        (update.kind, update.qualifier, update.side),
        (Kind::Killed, Qualifier::Approx, Side::NorthKorea),
        "a quotation broken by a blank line: 'it now puts the figure at about N' updates the count of war dead before it"
    );
    assert_eq!(update.claimant.as_deref(), Some("South Korea NIS"), "'it' is the agency quoted");
}

#[test]
fn contingents_tolls_among_troops_and_the_sbu() {
    let c = corpus();
    assert_eq!(claim(c, "2,500", "A contingent of some").0, Kind::Planned, "'a contingent of some N is expected'");
    assert_eq!(
        claim(c, "350", "death toll among").0,
        Kind::Killed,
        "'the death toll among N. Korean troops has risen to N'"
    );
    assert_eq!(claim(c, "two", "The SBU said").2.as_deref(), Some("Ukraine (government/military)"));
}

#[test]
fn a_live_blog_its_key_points_and_its_updates() {
    let c = corpus();
    let d = doc(c, "liveblog.md");
    assert_eq!(d.outlet.value.as_deref(), Some("Example Live"));
    let in_doc = |number: &str| c.claims.iter().filter(|cl| cl.doc == d.id && cl.number_text == number).count();
    assert_eq!((in_doc("40"), in_doc("120"), in_doc("900")), (1, 1, 1), "bullets of key points are claims");
    let again = found(c, "2,500", "the figure was");
    assert_eq!(
        (again.kind, again.qualifier, again.claimant.as_deref()),
        (Kind::Casualties, Qualifier::AtLeast, Some("Ukraine (Zelensky)")),
        "'said the figure was \"more than N\"' repeats the count of the line before"
    );
    assert_eq!(
        claim(c, "11,500", "already in Russia").0,
        Kind::Deployed,
        "'beyond the roughly N already in Russia': the troops there"
    );
}

#[test]
fn when_it_was_said_not_when_it_happened() {
    let c = corpus();
    let date = |number: &str, needle: &str| found(c, number, needle).claim_date.map(|d| d.to_string());
    assert_eq!(
        date("3,300", "Yesterday, Kyiv"),
        Some("2024-10-22".into()),
        "'Yesterday, Kyiv said': not a speaker named 'Yesterday, Kyiv'"
    );
    assert_eq!(date("2,900", "Two days ago"), Some("2024-10-21".into()));
    let sent = found(c, "1,700", "last month");
    assert_eq!(
        (sent.claim_date.map(|d| d.to_string()), sent.claim_date_basis),
        (Some("2024-10-23".into()), claimline::DateBasis::Publication),
        "'sent N troops last month, the agency said': last month is when they were sent; the statement is dated by the article"
    );
}

#[test]
fn a_second_opinion_on_the_same_figure_and_a_role_after_a_name() {
    let c = corpus();
    let (kind, _, who) = claim(c, "3,200", "put the figure at");
    assert_eq!(
        (kind, who.as_deref()),
        (Kind::Casualties, Some("South Korea NIS")),
        "'The spy agency put the figure at N' right after a casualty claim: the same count, its own source"
    );
    assert_eq!(
        claim(c, "3,900", "head of the Center").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'X, head of the Center for Countering Disinformation, said': a role after the name"
    );
}

#[test]
fn troops_on_the_way_and_losses_that_passed_a_mark() {
    let c = corpus();
    assert_eq!(claim(c, "2,400", "on the way").0, Kind::Planned, "'with another N on the way': coming, not there yet");
    assert_eq!(claim(c, "1,800", "preparing to leave").0, Kind::Planned, "'N more are preparing to leave'");
    let (kind, q, _) = claim(c, "3,900", "had passed");
    assert_eq!((kind, q), (Kind::Casualties, Qualifier::AtLeast), "'losses had passed N troops'");
}

#[test]
fn a_table_of_estimates_names_source_and_date_in_its_cells() {
    use claimline::Side;
    let c = corpus();
    let row = |number: &str| {
        let cl = found(c, number, "|");
        (cl.claimant.clone(), cl.claim_date.map(|d| d.to_string()), cl.side)
    };
    assert_eq!(row("1,600"), (Some("South Korea NIS".into()), Some("2024-10-18".into()), Side::NorthKorea));
    assert_eq!(row("9,000").0.as_deref(), Some("United States (Defense Dept / officials)"));
    assert_eq!(row("2,800"), (Some("Ukraine (Zelensky)".into()), Some("2024-12-16".into()), Side::NorthKorea));
}

#[test]
fn officials_who_spoke_anonymously_and_a_share_of_a_whole() {
    let c = corpus();
    let share = found(c, "3,900", "battle casualties of");
    assert_eq!(
        (share.kind, share.claimant.as_deref()),
        (Kind::Casualties, Some("Western officials")),
        "'The officials, who were speaking anonymously, said': the officials named before; 'have been battle casualties'"
    );
    assert_eq!(
        claim(c, "11,200", "battle casualties of").0,
        Kind::Deployed,
        "'casualties of the N troops sent': the whole they came from"
    );
}

#[test]
fn evidence_that_suggests_and_a_kremlin_that_neither_confirms_nor_denies() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,700", "suggests that").2.as_deref(),
        Some("South Korea NIS"),
        "'Intelligence from Seoul suggests that N'"
    );
    assert_eq!(claim(c, "1,300", "Satellite images").2, None, "images are no claimant");
    assert_eq!(claim(c, "10,500", "neither confirmed").2, None, "'neither confirmed nor denied' claims nothing");
}

#[test]
fn an_apposition_between_dashes_and_estimated_at() {
    let c = corpus();
    assert_eq!(
        claim(c, "several hundred", "up to a battalion").0,
        Kind::Casualties,
        "'lost up to a battalion - several hundred troops -'"
    );
    assert_eq!(claim(c, "11,800", "estimated at").1, Qualifier::Approx, "'troops, estimated at N': an estimate");
}

#[test]
fn a_relative_clause_between_the_troops_and_what_happened_to_them() {
    assert_eq!(
        claim(corpus(), "1,200", "who have been fighting").0,
        Kind::Killed,
        "'N troops who have been fighting in ... have been killed': the main verb says what happened"
    );
}

#[test]
fn a_report_that_said_and_a_participle_after_a_clause() {
    let c = corpus();
    assert_eq!(
        claim(c, "12,000", "that said").2.as_deref(),
        Some("Washington Post"),
        "'a report in X that said N': the report's source, not the name after 'said'"
    );
    assert_eq!(
        claim(c, "40,000", "which said").2.as_deref(),
        Some("Joint Staff"),
        "'a bulletin from X which said Iran had massed N': X, not Iran"
    );
    let (kind, _, who) = claim(c, "20,000", "noting that");
    assert_eq!(kind, Kind::Planned, "'the idea of sending N' is no deployment");
    assert_ne!(
        who.as_deref(),
        Some("troops to the region"),
        "', noting that' after a clause names no speaker before it"
    );
    assert_eq!(
        claim(c, "6,000", "present plans").0,
        Kind::Planned,
        "'will present plans to send' is a plan, not troops present"
    );
    assert_eq!(doc(c, "gulf-buildup.txt").outlet.value.as_deref(), Some("GULFWIRE"), "'(NAME) - ' opens wire copy");
}

#[test]
fn loss_estimates_as_defence_ministries_publish_them() {
    let c = corpus();
    let mod_uk = Some("UK Ministry of Defence");
    assert_eq!(
        claim(c, "410,000", "central estimate of").2.as_deref(),
        mod_uk,
        "'the MoD' stands for the name the article gave it in brackets"
    );
    assert_eq!(
        claim(c, "410,000", "central estimate of").0,
        Kind::Casualties,
        "'the estimate of N killed and wounded was'"
    );
    assert_eq!(claim(c, "90,000", "shared in").2.as_deref(), mod_uk, "'It shared in an update that N'");
    let (kind, _, who) = claim(c, "120,000-160,000", "permanent casualties");
    assert_eq!((kind, who.as_deref()), (Kind::Casualties, mod_uk), "'X estimates Russia has suffered'");
    assert_eq!(
        found(c, "120,000-160,000", "permanent casualties").claimant_text.as_deref(),
        Some("British intelligence")
    );
    assert_eq!(
        claim(c, "75,000 and 90,000", "causalities").2.as_deref(),
        mod_uk,
        "a common misspelling counts; 'the ministry' is the last speaker named a ministry"
    );
    let (kind, _, who) = claim(c, "three quarters of a million", "said to have lost");
    assert_eq!((kind, who), (Kind::Casualties, None), "'is said to have' names no one, and no official confirmed it");
    let quarter = found(c, "three quarters of a million", "said to have lost");
    assert_eq!(quarter.value, 750_000.0);
    let (kind, _, who) = claim(c, "30,000", "-- 30,000");
    assert_eq!(
        (kind, who.as_deref()),
        (Kind::Killed, Some("UK intelligence (MI5)")),
        "'the number of Russians killed -- N'; 'the agency known as MI5' names the speaker"
    );
}

#[test]
fn a_call_up_of_reserves_with_the_clock_before_the_date() {
    let c = corpus();
    let d = doc(c, "reservist-callup.txt");
    assert_eq!(
        d.published.value,
        chrono::NaiveDate::from_ymd_opt(2021, 3, 3),
        "'Published:4:15 pm EST, March 3, 2021|'"
    );
    assert!(
        !c.claims.iter().any(|cl| cl.doc == d.id && c.document(cl.doc).text[cl.sentence_span].contains(".png")),
        "a line naming a video's image file is no prose"
    );
    assert_eq!(claim(c, "40K", "Military Reserves").0, Kind::Deployed, "'N military reserves' are personnel");
    assert_eq!(claim(c, "40,000", "approval to call up").0, Kind::Planned, "'seeking approval to call up N' is a plan");
    assert_eq!(claim(c, "12,000", "reserve forces").0, Kind::Deployed);
}

#[test]
fn a_list_of_assessing_countries_and_reports_cited_by_a_lawmaker() {
    let c = corpus();
    let list = found(c, "13,000", "assessments");
    assert_eq!(
        list.side,
        claimline::Side::NorthKorea,
        "'According to South Korean, U.S. and Ukrainian assessments': no side"
    );
    assert_eq!(
        claim(c, "900", "reports claiming").2.as_deref(),
        Some("South Korean lawmakers"),
        "'a lawmaker cited intelligence reports claiming that N': unnamed papers speak through the one citing them"
    );
    assert_eq!(
        found(c, "13,000", "by Pyongyang").side,
        claimline::Side::NorthKorea,
        "'the dispatch of N troops by Pyongyang'"
    );
    assert_eq!(
        claim(c, "2,500", "as revealed by").2.as_deref(),
        Some("South Korean lawmakers"),
        "'..., as revealed by X': X speaks for the sentence, not only the phrase before"
    );
    assert_eq!(claim(c, "1,800", "publicized reports that").2.as_deref(), Some("South Korea NIS"));
    assert_eq!(
        claim(c, "700", "deputy chair").2.as_deref(),
        Some("South Korean lawmakers"),
        "'the parliamentary intelligence committee': the longest alias found wins over 'intelligence'"
    );
    assert_eq!(
        claim(c, "3,900", "citing the spy agency").2.as_deref(),
        Some("South Korean lawmakers"),
        "'Kim, citing ..., said': the name given with 'Rep. Kim Min-jun, the ..., told' before"
    );
}

#[test]
fn prisoners_named_by_an_object_relative_clause_and_a_labelled_quote() {
    let c = corpus();
    assert_eq!(
        claim(c, "three", "whom the country's marines captured").0,
        Kind::Captured,
        "'N soldiers whom X captured': what was done to them"
    );
    assert_eq!(
        claim(c, "two thousand", "Quote from Shoigu").2.as_deref(),
        Some("Russia"),
        "'Quote from X: \"...\"' names the speaker"
    );
}

#[test]
fn a_militia_leader_counting_his_own_dead() {
    let c = corpus();
    let (_, _, who) = claim(c, "9,000", "interview posted on Telegram");
    assert_ne!(
        who.as_deref(),
        Some("in an interview"),
        "'said in an interview posted on ... that': no one speaks 'in'"
    );
    assert_eq!(who.as_deref(), Some("Arvo Kask"));
    assert_eq!(
        claim(c, "30,000", "militia chief").2.as_deref(),
        Some("Arvo Kask"),
        "'the militia chief': a leader's role the table does not know is the leader named before"
    );
    let (kind, q, _) = claim(c, "2,000", "just over");
    assert_eq!(
        (kind, q),
        (Kind::Casualties, Qualifier::AtLeast),
        "'lost just over N troops': 'just' belongs to the hedge"
    );
}

#[test]
fn a_buildup_with_sources_after_a_colon_and_estimates_compared() {
    let c = corpus();
    assert_eq!(
        claim(c, "80,000", "Kyiv official").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'...: Kyiv official': a name and a role after the colon"
    );
    assert_eq!(claim(c, "80,000", "higher than previous").2, None, "'a number higher than X estimates' is not X's");
    assert_eq!(
        claim(c, "30,000", "closer to").2.as_deref(),
        Some("NATO"),
        "'X originally put the number of troops ... closer to N'"
    );
    assert_eq!(claim(c, "120,000", ": EU").2.as_deref(), Some("European Union"));
}

#[test]
fn more_that_could_follow_and_a_capital_that_believes() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,000", "more could follow").0,
        Kind::Planned,
        "'N more could follow': the troops named before"
    );
    assert_eq!(claim(c, "1,500", "another 1,500 will be sent").0, Kind::Planned);
    let (kind, q, _) = claim(c, "16,000", "has now deployed as many as");
    assert_eq!(
        (kind, q),
        (Kind::Deployed, Qualifier::AtMost),
        "'it has deployed as many as N.': the noun left out at the clause's end"
    );
    assert_eq!(
        found(c, "9,500", "European diplomat").side,
        claimline::Side::NorthKorea,
        "'Washington believed N troops were in Kursk': a capital that believes is no side"
    );
}

#[test]
fn a_list_of_key_numbers_with_their_sources() {
    let c = corpus();
    let (kind, _, who) = claim(c, "11,000", "(NIS, November 2024)");
    assert_eq!(
        (kind, who.as_deref()),
        (Kind::Deployed, Some("South Korea NIS")),
        "a bullet is no minus sign; '(X, date)' names X"
    );
    let zelensky = found(c, "4,000", "(Zelensky");
    assert_eq!(zelensky.claimant.as_deref(), Some("Ukraine (Zelensky)"));
    assert_eq!(zelensky.claim_date, chrono::NaiveDate::from_ymd_opt(2025, 1, 6), "the date in the brackets");
    assert_eq!(
        claim(c, "2,700", "wounded — South Korea").2.as_deref(),
        Some("South Korea NIS"),
        "'— South Korea's spy agency'"
    );
}

#[test]
fn an_agency_printed_by_its_full_name() {
    let c = corpus();
    let d = doc(c, "un-force.txt");
    assert_eq!(d.outlet.value.as_deref(), Some("AFP"), "'Agence France-Presse' on a line of its own is AFP");
    assert_eq!(claim(c, "9,000", "The UN force").0, Kind::Deployed);
}

#[test]
fn whose_troops_when_other_countries_are_named_around_them() {
    use claimline::Side;
    let c = corpus();
    assert_eq!(
        found(c, "12,500", "the United States,").side,
        Side::NorthKorea,
        "'According to A, B and the United States,' is one source"
    );
    assert_eq!(found(c, "12,600", "Russia's ally").side, Side::NorthKorea, "'troops from Russia's ally North Korea'");
    assert_eq!(
        found(c, "12,700", "North Korea provided").side,
        Side::NorthKorea,
        "'the N soldiers North Korea provided'"
    );
}

#[test]
fn a_share_and_its_whole() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,000", "of the roughly 12,000").0,
        Kind::Killed,
        "'N of the M soldiers sent had been killed': the share is the dead"
    );
    assert_eq!(claim(c, "12,000", "of the roughly 12,000").0, Kind::Deployed, "the whole is those sent, not the dead");
    assert_eq!(claim(c, "2,000", "of the roughly 12,000").1, Qualifier::AtLeast);
    assert_eq!(claim(c, "160", "of the 11,000").0, Kind::Captured);
    assert_eq!(claim(c, "11,000", "of the 11,000").0, Kind::Deployed);
}

#[test]
fn first_person_in_a_quote_is_the_speaker_named_after_it() {
    let c = corpus();
    let (kind, _, who) = claim(c, "2,500", "We judge");
    assert_eq!(kind, Kind::Casualties);
    assert_eq!(who.as_deref(), Some("South Korea JCS"), "'\"We judge ... N\", the JCS said' is the JCS's");
    assert_eq!(claim(c, "1,000 to 2,000", "Newer information").2, None, "'information indicates' names no one");
}

#[test]
fn relative_clauses_rates_and_european_grouping() {
    let c = corpus();
    assert_eq!(
        claim(c, "120", "who were deployed").0,
        Kind::Killed,
        "', who were deployed to X, were killed': the verb after the clause"
    );
    assert_eq!(
        claim(c, "900", "estimated to reach").2.as_deref(),
        Some("South Korea NIS"),
        "'troops estimated to reach N' is no statement of the troops' country"
    );
    assert!(!c.claims.iter().any(|cl| cl.number_text == "1,250"), "'N soldiers per day' is a rate, not a count");
    assert_eq!(claim(c, "several hundred", "troop casualties").0, Kind::Casualties, "'troop casualties'");
    assert_eq!(found(c, "3.500", "European notation").value, 3500.0, "people come whole: '3.500' is 3,500");
}

#[test]
fn who_made_the_remarks_speaks_again_by_surname() {
    let c = corpus();
    assert_eq!(
        claim(c, "several dozen", "Ortiz told").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'Pentagon press secretary X made the remarks', then 'X told reporters'"
    );
}

#[test]
fn a_headline_in_the_present_tense_weighs_a_plan() {
    let c = corpus();
    assert_eq!(claim(c, "500", "Seoul weighs").0, Kind::Planned, "'X weighs sending N more troops' is a plan");
}

#[test]
fn a_source_named_after_the_figure() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,650", "Far East").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'The information was provided by X' names the source of the sentence before (past a date range)"
    );
    assert_eq!(
        claim(c, "1,350", "as noted by").2.as_deref(),
        Some("South Korean lawmakers"),
        "'..., as noted by X' speaks for the sentence"
    );
    assert_eq!(
        claim(c, "480", "convoy").2.as_deref(),
        Some("South Korea NIS"),
        "'shared by X with the committee': X, not the ones it was shared with"
    );
    assert_eq!(
        claim(c, "1,150", "provided by its ally").2.as_deref(),
        Some("Russia"),
        "troops provided by someone are no statement of theirs"
    );
}

#[test]
fn a_sending_put_in_the_past_and_per_a_source() {
    let c = corpus();
    let first = claim(c, "10,900", "first deployment");
    assert_eq!(first.0, Kind::Deployed, "'the first deployment of N troops' happened, whatever 'would' says");
    let sent = claim(c, "13,300", "were sent last year");
    assert_eq!(sent.0, Kind::Deployed, "'after N were sent last year'");
    assert_eq!(sent.2.as_deref(), Some("Reuters"), "', per Reuters' is 'according to Reuters'");
    assert_eq!(claim(c, "9,700", "sent last autumn").0, Kind::Deployed, "'N soldiers sent last autumn'");
    assert_eq!(claim(c, "4,400", "if 4,400").0, Kind::Planned, "'if N were sent' is no sending");
    assert_eq!(
        claim(c, "27,500", "per a Ukrainian").2.as_deref(),
        Some("Ukraine (government/military)"),
        "'per a Ukrainian intelligence assessment'"
    );
}

#[test]
fn a_couple_of_hundred_and_a_few_dozen() {
    let c = corpus();
    let couple = found(c, "A couple of hundred", "Sudzha");
    assert_eq!((couple.value, couple.qualifier), (200.0, Qualifier::Approx), "'a couple of hundred'");
    let dozens = found(c, "a few dozen", "Sudzha");
    assert_eq!(dozens.qualifier, Qualifier::Vague, "'a few dozen'");
}

#[test]
fn claims_by_a_source_and_an_apposition_of_losses() {
    let c = corpus();
    assert_eq!(
        claim(c, "71,500", "both dead and wounded").0,
        Kind::Casualties,
        "'N soldiers, both dead and wounded, were lost'"
    );
    assert_eq!(claim(c, "68,200", "based on").2.as_deref(), Some("Russia"), "', based on Gerasimov'");
    let us = Some("United States (Defense Dept / officials)");
    assert_eq!(
        claim(c, "11,900", "earlier claims").2.as_deref(),
        us,
        "'claims by the United States and its allies suggesting that N'"
    );
    assert_eq!(
        claim(c, "12,350", "A statement by").2.as_deref(),
        us,
        "'a statement by the United States that N': 'States' is no verb"
    );
    assert_eq!(claim(c, "640", "Reports from Kursk").2, None, "'reports from Kursk': a place is no source");
}

#[test]
fn a_rate_past_casualty_words_and_a_sentence_glued_to_an_abbreviation() {
    let c = corpus();
    assert!(!c.claims.iter().any(|cl| cl.number_text == "1,320"), "'N wounded and dead per day' is a rate");
    let glued = found(c, "7,650", "had reached Kursk");
    let sentence = &c.document(glued.doc).text[glued.sentence_span];
    assert!(sentence.starts_with("He added"), "'the U.S.He added' splits: {sentence}");
}

#[test]
fn an_aside_of_when_a_hedge_with_to_and_a_later_recently() {
    let c = corpus();
    assert_eq!(
        claim(c, "610", "in April, reported").2.as_deref(),
        Some("South Korea NIS"),
        "'X had earlier, in April, reported': the aside is no speaker"
    );
    let toll = found(c, "1,950", "closer to");
    assert_eq!((toll.kind, toll.qualifier), (Kind::Killed, Qualifier::Approx), "'the death toll closer to N'");
    let recently = found(c, "three", "recently captured");
    assert_eq!(
        recently.claim_date.map(|d| d.to_string()).as_deref(),
        Some("2025-09-03"),
        "'said three soldiers who were recently captured': 'recently' is the capture's, not the saying's"
    );
    assert_eq!(recently.claimant.as_deref(), Some("South Korean lawmakers"), "'Rep.' is a lawmaker's title");
}

#[test]
fn a_left_out_noun_after_more_or_another_and_the_month_may() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,740", "second wave").0,
        Kind::Increment,
        "'sent N soldiers, followed by M more': M shares the soldiers and adds to them"
    );
    assert_eq!(claim(c, "1,470", "another").0, Kind::Increment, "'moved N troops ... and another M'");
    assert_eq!(
        claim(c, "3,860", "in May").0,
        Kind::Deployed,
        "'moved N troops to the border in May': the month, not 'may'"
    );
    assert_eq!(
        claim(c, "960", "another").0,
        Kind::Killed,
        "'killed N soldiers on Monday and another M on Tuesday': the verb covers both"
    );
    assert!(!c.claims.iter().any(|cl| cl.number_text == "5,210"), "'N more tons of steel' has a noun of its own");
}

#[test]
fn the_lawmakers_are_the_lawmaker_named_before_not_the_last_speaker() {
    let c = corpus();
    assert_eq!(
        claim(c, "8,120", "The lawmakers told").2.as_deref(),
        Some("South Korean lawmakers"),
        "'Rep. X said Director Y briefed ... The lawmakers told reporters': the lawmaker, though Y spoke last"
    );
}

#[test]
fn an_apposition_with_a_relative_clause_and_this_includes_after_a_speaker() {
    let c = corpus();
    let plan = found(c, "5,870", "This includes");
    assert_eq!(
        plan.claimant.as_deref(),
        Some("South Korean lawmakers"),
        "'Kim, a member of the national assembly who was briefed by the MND (MND), told reporters that ... \
         This includes N more troops': the speaker before goes on"
    );
    assert_eq!(plan.claimant_text.as_deref(), Some("Kim Do-hyun, a member of South Korea's national assembly"));
    assert_eq!(plan.kind, Kind::Planned);
}

#[test]
fn a_figure_that_sizes_an_addition_named_before_it() {
    let c = corpus();
    assert_eq!(
        claim(c, "6,430", "further deployment").0,
        Kind::Increment,
        "'the size of the further deployment ... at N'"
    );
    assert_eq!(
        claim(c, "9,140", "brought the total").0,
        Kind::Deployed,
        "'the additional deployment brought the total to N'"
    );
}

#[test]
fn intelligence_reports_indicate_and_bare_reports() {
    let c = corpus();
    assert_eq!(
        claim(c, "7,720", "intelligence reports indicate").2.as_deref(),
        Some("South Korea NIS"),
        "'Seoul's intelligence reports indicate that N': the reports are the spy agency's"
    );
    assert_eq!(claim(c, "4,470", "reports said").2, None, "'..., reports said': bare reports name no one");
}

#[test]
fn a_with_clause_speaks_for_its_own_figures_and_a_part_of_a_plan_is_planned() {
    let c = corpus();
    assert_eq!(
        claim(c, "2,630", "with Ukrainian and Western sources").2,
        None,
        "'X moved N soldiers, with Western sources reporting M killed': the sources are M's, not N's"
    );
    assert_eq!(claim(c, "3,190", "with Ukrainian and Western sources").0, Kind::Killed);
    let losses = found(c, "1,580", "losses exceeding");
    assert_eq!((losses.kind, losses.qualifier), (Kind::Casualties, Qualifier::AtLeast), "'with losses exceeding N'");
    assert_eq!(claim(c, "1,230", "including").0, Kind::Planned, "'agreed to send N personnel, including M sappers'");
}

#[test]
fn a_country_naming_a_war_is_no_side() {
    let c = corpus();
    assert_eq!(
        found(c, "8,260", "Ukraine war").side,
        Side::NorthKorea,
        "'through the long Ukraine war, sending N soldiers': the war's name says nothing of whose troops"
    );
}

#[test]
fn thats_according_to_and_a_fronted_participle() {
    let c = corpus();
    assert_eq!(
        claim(c, "1,160", "single fortnight").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'N were killed. That's according to U.S. officials.': the next sentence names the source"
    );
    assert_eq!(
        found(c, "512,000", "Having already lost").side,
        Side::Russia,
        "'Having lost N troops ..., Russia has': the participle's subject is the main clause's"
    );
}

#[test]
fn a_share_in_per_cent_and_a_man_compound() {
    let c = corpus();
    assert_eq!(
        claim(c, "13,400", "per cent").0,
        Kind::Deployed,
        "'40 per cent of the N soldiers sent had been killed': the share died, the whole was sent"
    );
    assert_eq!(claim(c, "2,180", "-man").0, Kind::Deployed, "'a N-man North Korean unit arrived'");
}

#[test]
fn an_outlet_citing_a_known_source_passes_on_its_claim() {
    let c = corpus();
    let relayed = found(c, "4,930", "a Japanese newspaper reported");
    assert_eq!(
        relayed.claimant.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'..., a newspaper reported, citing a senior US defense official': the official made the claim"
    );
    assert_eq!(relayed.claim_date.map(|d| d.to_string()).as_deref(), Some("2025-06-27"), "when the paper reported it");
    assert_eq!(
        claim(c, "3,900", "citing the spy agency").2.as_deref(),
        Some("South Korean lawmakers"),
        "a lawmaker citing the spy agency still speaks for the figure"
    );
}

#[test]
fn earlier_values_parts_and_koreans_after_losses() {
    let c = corpus();
    assert_eq!(claim(c, "8,070", "suffering losses").0, Kind::Deployed, "'N North Koreans remained ... after losses'");
    assert_eq!(claim(c, "3,070", "including").0, Kind::Deployed, "'sent N troops, including M who arrived'");
    assert_eq!(claim(c, "655", "up from").0, Kind::Killed, "'the death toll rose to N, up from M': an earlier toll");
    assert_eq!(claim(c, "705,000", "losses climbed").0, Kind::Casualties, "'losses climbed to N soldiers'");
    assert_eq!(claim(c, "603,000", "up from").0, Kind::Casualties);
}

#[test]
fn a_figure_tacked_on_with_alongside_counts_the_same() {
    let c = corpus();
    let tacked = found(c, "37", "alongside");
    assert_eq!((tacked.kind, tacked.side), (Kind::Killed, Side::Russia), "'killed N soldiers, alongside M Russians'");
}

#[test]
fn a_capitals_headline_is_no_apposition() {
    let c = corpus();
    assert_eq!(
        claim(c, "1,640", "SEOUL SAYS").2.as_deref(),
        Some("South Korea government"),
        "'SENDS N MORE TROOPS TO RUSSIA, SEOUL SAYS': Seoul says, not 'TROOPS TO RUSSIA, SEOUL'"
    );
}

#[test]
fn a_quotation_two_sentences_after_a_claim_and_more_to_come() {
    let c = corpus();
    assert_eq!(
        claim(c, "4,260", "We expect").0,
        Kind::Planned,
        "'\"We expect N more within weeks,\" he added', a sentence after another quotation: more troops to come"
    );
}

#[test]
fn a_scrapers_date_label_is_no_part_of_the_first_sentence() {
    let c = corpus();
    let first = found(c, "2,700", "SEOUL: Roughly");
    let sentence = &c.document(first.doc).text[first.sentence_span];
    assert!(sentence.starts_with("SEOUL: Roughly"), "'date 2025-01-13 SEOUL: ...': {sentence}");
    assert_eq!(c.document(first.doc).published.value.map(|d| d.to_string()).as_deref(), Some("2025-01-13"));
}

#[test]
fn a_name_line_and_a_timed_date_open_the_page_and_one_soldiers_story_is_no_count() {
    let c = corpus();
    let d = doc(c, "wire-timed.txt");
    assert_eq!(d.outlet.value.as_deref(), Some("Reuters"), "a first line that is only an outlet's name");
    assert_eq!(
        d.published.value.map(|p| p.to_string()).as_deref(),
        Some("2025-01-16"),
        "'January 16, 2025 at 09:40 JST'"
    );
    assert_eq!(
        found(c, "1,290", "SEOUL--").claim_date.map(|p| p.to_string()).as_deref(),
        Some("2025-01-15"),
        "'said on Wednesday' in an article of Thursday"
    );
    assert!(
        !c.claims.iter().any(|cl| cl.doc == d.id && cl.value == 1.0),
        "'One soldier, as he was about to be taken prisoner, ...' is a story, not a count"
    );
}

#[test]
fn invaders_are_the_forces_that_fight_for_russia() {
    let c = corpus();
    assert_eq!(found(c, "15,300", "invaders").side, Side::Russia, "'our soldiers neutralised N invaders'");
    assert_eq!(found(c, "7,150", "of which").side, Side::Russia, "'N invaders, of which M were killed'");
}

#[test]
fn an_ordered_dispatch_is_planned() {
    let c = corpus();
    assert_eq!(claim(c, "6,240", "ordered the dispatch").0, Kind::Planned, "'has ordered the dispatch of N builders'");
}

#[test]
fn a_quotation_opened_in_an_earlier_sentence_keeps_its_speaker() {
    let c = corpus();
    let quoted = found(c, "4,130", "By now");
    assert_eq!(
        quoted.claimant.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'he went further, saying, \"Look ... By now N ...\"'"
    );
    assert_eq!(quoted.claim_date.map(|d| d.to_string()).as_deref(), Some("2025-01-19"), "the speaker's 'on Sunday'");
    assert_eq!(
        found(c, "2,870", "independent analysts").claimant.as_deref(),
        Some("independent analysts"),
        "a new paragraph, no quotation; the tally's owner speaks"
    );
}

#[test]
fn reports_after_a_preposition_name_no_speaker_and_an_object_relative_clause_is_skipped() {
    let c = corpus();
    assert_eq!(found(c, "9,650", "stayed quiet").claimant, None, "'quiet about reports that ...': no one speaks");
    assert_eq!(
        claim(c, "1,170", "had dispatched").0,
        Kind::Killed,
        "'N of the M soldiers that North Korea had dispatched had been killed'"
    );
    assert_eq!(claim(c, "13,450", "had dispatched").0, Kind::Deployed, "the whole stays deployed");
    assert_eq!(
        found(c, "2,460", "intelligence estimates").claimant.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'the US, South Korean and Ukrainian governments': the first named"
    );
}

#[test]
fn a_list_of_countries_is_one_source_and_the_subject_of_an_infinitive_is_whose_troops() {
    let c = corpus();
    let listed = found(c, "11,600", "Japanese, Ukrainian and U.S. officials");
    assert_eq!(listed.side, Side::NorthKorea, "a nationality inside the source list is not the troops' side");
    assert!(
        !c.claims.iter().any(|cl| cl.doc == listed.doc && cl.claimant_text.as_deref() == Some("with hundreds")),
        "'with hundreds reported killed' is a passive participle, not a speaker"
    );
    let planned = found(c, "2,930", "plans for North Korea");
    assert_eq!(planned.side, Side::NorthKorea, "'plans for North Korea to send N soldiers'");
    assert_eq!(planned.kind, Kind::Planned);
}

#[test]
fn a_title_case_place_before_a_colon_is_a_dateline_when_the_sentence_names_its_speaker() {
    let c = corpus();
    let wounded = found(c, "5,170", "Moscow:");
    assert_eq!(
        wounded.claimant.as_deref(),
        Some("Ukraine (government/military)"),
        "'Moscow: ..., X said' is not Moscow's"
    );
    assert_eq!(wounded.kind, Kind::Wounded);
}

#[test]
fn a_ratio_is_no_count_and_defenders_are_personnel() {
    let c = corpus();
    let d = doc(c, "kyiv-losses.txt");
    assert_eq!(claim(c, "318,000", "had reached").0, Kind::Casualties, "'losses had reached \"N soldiers ...\"'");
    assert!(
        !c.claims.iter().any(|cl| cl.doc == d.id && (cl.value == 3.0 || cl.value == 4.0)),
        "'three or four soldiers for every Ukrainian soldier killed' is a ratio"
    );
    let died = found(c, "71,000 and 96,000", "defenders");
    assert_eq!(died.kind, Kind::Killed, "'N Ukrainian defenders had died'");
    assert_eq!(died.side, Side::Ukraine);
    assert_eq!(died.claimant.as_deref(), Some("Globe"), "'Previously, The Globe reported': the adverb is no name");
}

#[test]
fn loose_hedges_odd_north_of_more_or_less() {
    let c = corpus();
    assert_eq!(claim(c, "6,710", "-odd").1, Qualifier::Approx, "'some N-odd troops'");
    assert_eq!(
        found(c, "6,710", "-odd").claimant.as_deref(),
        Some("analysts"),
        "'Analysts put the first contingent at N': an estimate given"
    );
    assert_eq!(claim(c, "6,820", "north of").1, Qualifier::AtLeast, "'north of N soldiers'");
    assert_eq!(claim(c, "6,930", "more or less").1, Qualifier::Approx, "'more or less N troops'");
}

#[test]
fn foreign_recruits_are_personnel_and_their_nationality_is_their_side() {
    let c = corpus();
    let recruited = found(c, "14,250", "foreigners");
    assert_eq!((recruited.kind, recruited.qualifier), (Kind::Deployed, Qualifier::AtLeast));
    assert_eq!(claim(c, "2,615", "Of them").0, Kind::Killed, "'Of them, N have already been killed'");
    let nepalese = found(c, "47", "Nepalese");
    assert_eq!(
        (nepalese.kind, nepalese.side),
        (Kind::Killed, Side::Other),
        "'at least N Nepalese were killed at the front'"
    );
    assert_ne!(
        nepalese.claimant.as_deref(),
        Some("Ukraine (government/military)"),
        "'their government': theirs, not the last speaker's"
    );
    assert_eq!(
        nepalese.claim_date.map(|d| d.to_string()).as_deref(),
        Some("2025-11-21"),
        "'At least N ... last year, X said': when they died, not when it was said"
    );
}

#[test]
fn a_running_total_counts_what_the_clause_before_counted() {
    let c = corpus();
    assert_eq!(claim(c, "912,000", "bringing the total").0, Kind::Killed, "'killed N ..., bringing the total to M'");
    assert_eq!(claim(c, "1,775", "lost").0, Kind::Casualties, "'has lost N men': losing men is a military sentence");
    assert_eq!(
        found(c, "2,040", "the alliance").claimant.as_deref(),
        Some("NATO"),
        "'A NATO official said that the alliance estimated': the alliance named before"
    );
}

#[test]
fn western_media_are_no_guess_at_the_country_the_story_is_about() {
    let c = corpus();
    assert_eq!(
        found(c, "7,460", "Western media").claimant.as_deref(),
        Some("Western media"),
        "'Western media' in a story about Ukraine are not Ukrainian media"
    );
}

#[test]
fn a_lower_case_byline_ends_the_headline_and_phrases_after_the_noun_are_stepped_over() {
    let c = corpus();
    let headline = found(c, "8,350", "Syrskyi says");
    assert!(
        c.document(headline.doc).text[headline.sentence_span].ends_with("Syrskyi says"),
        "'by Olena Marchenko February 3, 2025' under the headline is a byline, not the headline's end"
    );
    let captured = found(c, "657", "servicemen from the Russian army");
    assert_eq!(captured.kind, Kind::Captured, "'N servicemen from the Russian army were captured'");
    assert_eq!(captured.claimant.as_deref(), Some("Ukraine (government/military)"), "'the general added'");
    assert_eq!(claim(c, "1,120", "who fought").0, Kind::Killed, "'N soldiers who fought in ... were killed'");
    assert_eq!(claim(c, "6,125", "wounded, killed, missing and captured").0, Kind::Casualties);
}

#[test]
fn we_continue_to_assess_is_the_speaker_of_the_quotation() {
    let c = corpus();
    let figure = found(c, "9,270", "continue to assess");
    assert_eq!(
        figure.claimant.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'\"We assess ..., as we continue to assess ...,\" Pentagon spokesman X told reporters'"
    );
}

#[test]
fn a_quotation_closed_sentences_later_is_its_closers_and_the_addressee_is_no_speaker() {
    let c = corpus();
    assert_eq!(
        found(c, "Four thousand four hundred and eighty", "North Korean soldiers").claimant.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'\"... N North Korean soldiers. ... our intelligence says,\" Zelensky said.': closed two sentences on"
    );
    assert_eq!(claim(c, "7,740", "another").0, Kind::Planned, "'and another N expected within weeks'");
    assert_ne!(
        found(c, "5,315", "warned").claimant.as_deref(),
        Some("North Korea"),
        "'and warned Pyongyang's partners that ...': whom it was said to"
    );
}

#[test]
fn this_estimate_and_news_reports_are_nouns_not_speakers() {
    let c = corpus();
    let claimant = found(c, "2,190 and 3,470", "news reports").claimant.clone().unwrap_or_default();
    assert!(
        !claimant.starts_with("This") && !claimant.contains("follows"),
        "'This estimate follows news reports that N': neither 'This' nor 'This estimate follows news' speaks: {claimant}"
    );
}

#[test]
fn a_second_verb_joined_by_and_shares_its_subject() {
    let c = corpus();
    let (kind, q, who) = claim(c, "4,720", "puts the figure higher and claims");
    assert_eq!(who.as_deref(), Some("Ukraine (government/military)"), "'X puts the figure higher and claims N'");
    assert_eq!((kind, q), (Kind::Casualties, Qualifier::AtLeast), "'have been put out of action' counts losses");
}

#[test]
fn a_participle_after_a_predicate_is_said_by_its_subject() {
    let c = corpus();
    let cl = found(c, "7,410", "specifically saying");
    assert_eq!(cl.claimant.as_deref(), Some("Ukraine (government/military)"), "not the adverb, not the predicate");
    assert_eq!(cl.claimant_text.as_deref(), Some("Mykola Rudenko, a presidential advisor in Kyiv"));
    assert_eq!(cl.claim_date, chrono::NaiveDate::from_ymd_opt(2025, 2, 13), "'on Thursday' before the participle");
}

#[test]
fn a_definite_person_role_points_back_only_to_someone_named_with_it() {
    let c = corpus();
    assert_eq!(
        claim(c, "1,380", "The advisor also said").2.as_deref(),
        Some("Ukraine (government/military)"),
        "the advisor named in the sentence before"
    );
    assert_eq!(
        claim(c, "2,950", "The envoy said").2.as_deref(),
        Some("envoy"),
        "no envoy named before: not the last speaker"
    );
}

#[test]
fn what_happened_to_them_comes_after_asides_and_joined_nouns() {
    let c = corpus();
    assert_eq!(
        claim(c, "215", "prisoners of war").0,
        Kind::Captured,
        "a dash aside before 'have been taken as prisoners'"
    );
    assert_eq!(
        claim(c, "690", "\"volunteers\" have been killed").0,
        Kind::Killed,
        "'N soldiers and \"volunteers\" have been killed'"
    );
    assert_eq!(claim(c, "46", "managed to capture").0, Kind::Captured, "'managed to capture N soldiers'");
}

#[test]
fn designations_ages_and_news_reports_are_no_counts_or_speakers() {
    let c = corpus();
    let d = doc(c, "scraped-card.txt");
    assert_eq!(d.published.value, chrono::NaiveDate::from_ymd_opt(2025, 1, 23), "'23.01.25, 09:40': a two-digit year");
    let values: Vec<f64> = c.claims.iter().filter(|cl| cl.doc == d.id).map(|cl| cl.value).collect();
    assert!(!values.contains(&57.0), "'Brigade No. 57' names a unit");
    assert!(!values.contains(&33.0), "'a 33-year-old' is an age");
    let (kind, q, who) = claim(c, "1,270", "follows a news report that");
    assert_eq!((kind, q, who), (Kind::Deployed, Qualifier::Approx, None), "'a news report that' is a noun, no speaker");
}

#[test]
fn an_armys_death_toll_is_a_count_and_a_strikes_is_not() {
    let c = corpus();
    let (kind, q, _) = claim(c, "48,300", "death toll could be as high as");
    assert_eq!((kind, q), (Kind::Killed, Qualifier::AtMost), "'Moscow's death toll could be as high as N'");
    assert_eq!(found(c, "48,300", "death toll").side, Side::Russia);
    assert_eq!(claim(c, "412,000", "combatant casualties").0, Kind::Casualties, "'total combatant casualties'");
    let d = doc(c, "tolls.txt");
    assert!(!c.claims.iter().any(|cl| cl.doc == d.id && cl.value == 23.0), "the toll of a drone attack on a market");
}

#[test]
fn a_ministrys_daily_tally() {
    let c = corpus();
    let losses = found(c, "8,415", "had lost");
    assert_eq!(
        losses.claim_date,
        chrono::NaiveDate::from_ymd_opt(2024, 9, 12),
        "'said on Thursday', carried over; 'since Monday' is when the attacks began"
    );
    let surrendered = found(c, "Three", "surrendered");
    assert_eq!(
        (surrendered.kind, surrendered.side),
        (Kind::Captured, Side::Ukraine),
        "'N soldiers of the armed forces of Ukraine surrendered'"
    );
    let total = found(c, "31,760", "the ministry added");
    assert_eq!(total.claimant.as_deref(), Some("Russia"), "a sentence broken before ', the ministry added'");
}

#[test]
fn an_outlet_citing_a_statement_relays_its_author() {
    let c = corpus();
    let (kind, _, who) = claim(c, "seven thousand", "military engineers");
    assert_eq!(kind, Kind::Planned);
    assert_eq!(
        who.as_deref(),
        Some("Russia"),
        "'This was agreed ..., X Agency reports, citing the statement of <a Russian office>'"
    );
    assert_eq!(
        claim(c, "2,365", "would send").0,
        Kind::Planned,
        "'would send \"N soldiers\"': the quotation is the verb's object"
    );
}

#[test]
fn a_labelled_date_line_dates_said_between_and_reports_posted_by() {
    let c = corpus();
    let d = doc(c, "labelled-date.txt");
    assert_eq!(
        d.published.value,
        chrono::NaiveDate::from_ymd_opt(2025, 7, 8),
        "'입력 2025.07.08 (09:12)': a label of one word"
    );
    let headline = found(c, "5,320", "says British intelligence\"");
    assert_eq!(
        headline.claimant.as_deref(),
        Some("UK Ministry of Defence"),
        "'..., says British intelligence' in a quoted headline"
    );
    let estimate = found(c, "5,320", "on July 6 estimated");
    assert_eq!(estimate.claimant.as_deref(), Some("UK Ministry of Defence"), "'X on July 6 estimated'");
    assert_eq!(estimate.claim_date, chrono::NaiveDate::from_ymd_opt(2025, 7, 6));
    assert_eq!(
        claim(c, "12,400", "A report posted on X by").2.as_deref(),
        Some("UK Ministry of Defence"),
        "'a report posted on X by the ministry stated': its author"
    );
    let may = found(c, "1,975", "in May reported");
    assert_eq!(may.claimant.as_deref(), Some("South Korea JCS"), "'the JCS in May reported': the month is no modal");
    assert_eq!(may.claim_date, None, "a month and no day: no day to place it on");
}

#[test]
fn a_report_stating_and_a_speaker_indicating() {
    let c = corpus();
    let report = found(c, "9,100", "Following a report from");
    assert_eq!(report.claimant.as_deref(), Some("South Korea NIS"));
    assert_eq!(
        report.claimant_text.as_deref(),
        Some("the South Korean intelligence agency"),
        "the owner ends before 'stating'"
    );
    assert_eq!(
        claim(c, "2,640", "indicating that").2.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'Zelensky cited his commanders, indicating that N': the nearer speaker"
    );
    assert_eq!(claim(c, "8,800", "Drone footage indicating").2, None, "footage indicating is evidence, nobody's words");
}

#[test]
fn a_speaker_described_by_a_relative_clause_and_an_including_aside() {
    let c = corpus();
    let (kind, _, who) = claim(c, "four", "A Telegram channel that tracks");
    assert_eq!(kind, Kind::Wounded, "'four soldiers, including two officers and an interpreter, were wounded'");
    assert_eq!(who.as_deref(), Some("Telegram channel"), "'a channel that tracks the fighting claimed': the channel");
    assert_eq!(claim(c, "two", "including two officers").0, Kind::Wounded, "a part of the wounded is wounded");
}

#[test]
fn the_owner_of_data_confirmed_by_a_participle() {
    let c = corpus();
    let cl = found(c, "1,165", "confirming the White House");
    assert_eq!(cl.claimant_text.as_deref(), Some("the White House"), "'..., confirming the White House's figure of N'");
    assert_eq!(cl.claimant.as_deref(), Some("United States (Defense Dept / officials)"));
}

#[test]
fn a_modal_guess_about_the_past_is_no_plan() {
    let c = corpus();
    assert_eq!(
        claim(c, "3,870", "may have been killed").0,
        Kind::Casualties,
        "'N of the M soldiers believed to have been sent ... may have been killed, wounded, captured or gone missing'"
    );
    assert_eq!(
        claim(c, "10,950", "may have been killed").0,
        Kind::Deployed,
        "the whole was sent; 'may have' plans nothing"
    );
}

#[test]
fn troops_massed_for_an_attack_are_there_not_planned_or_an_army() {
    let c = corpus();
    assert_eq!(
        claim(c, "48K", "Ready for Border Assault").0,
        Kind::Deployed,
        "'has N troops ready for an assault': no army's size"
    );
    assert_eq!(
        claim(c, "48,500", "preparing an attack").0,
        Kind::Deployed,
        "'N troops are preparing an attack': the attack is planned"
    );
    assert_eq!(
        claim(c, "6,120", "assault brigades").1,
        Qualifier::Approx,
        "'two brigades, some N people': a unit's people are troops"
    );
}

#[test]
fn who_cited_a_figure_in_a_relative_clause() {
    let c = corpus();
    assert_eq!(
        claim(c, "1,240", "who cited").2.as_deref(),
        Some("United States (Defense Dept / officials)"),
        "'figures from a US defense official, who cited N casualties': the official, not the lawmaker"
    );
}

#[test]
fn the_president_goes_on_with_the_day_he_was_named_with() {
    let c = corpus();
    let cl = found(c, "12,750", "The president also claimed");
    assert_eq!(cl.claimant.as_deref(), Some("Ukraine (Zelensky)"));
    assert_eq!(
        cl.claim_date,
        chrono::NaiveDate::from_ymd_opt(2025, 2, 3),
        "'Zelensky told a news agency on Feb. 3. The president also claimed ...': the same day"
    );
    assert_eq!(found(c, "4,350", "had been lost").kind, Kind::Casualties);
}

#[test]
fn a_speaker_before_a_participle_aside() {
    let c = corpus();
    let cl = found(c, "2,470", "talking to journalists");
    assert_eq!(
        cl.claimant_text.as_deref(),
        Some("Kim Byung-kee"),
        "'X, talking to journalists after the committee was briefed by Y, said': X speaks, not Y"
    );
    assert_eq!(cl.kind, Kind::Wounded);
}

#[test]
fn we_inside_a_quotation_is_the_speaker_named_outside_it() {
    let c = corpus();
    let cl = found(c, "1,130", "approaches");
    assert_eq!((cl.kind, cl.qualifier), (Kind::Wounded, Qualifier::Approx), "'the number of injured approaches N'");
    assert_eq!(cl.claimant_text.as_deref(), Some("he"), "'\"We have confirmed ...,\" he said': he, not we");
    assert_eq!(
        found(c, "9,270", "We assess").claimant_text.as_deref(),
        Some("Pentagon spokesman Pat Ryder"),
        "a later 'as we continue' inside the quotation is no speaker either"
    );
}

#[test]
fn the_speakers_own_country_is_not_the_side() {
    let c = corpus();
    let cl = found(c, "several dozen", "a day later");
    assert_eq!(
        cl.side,
        Side::NorthKorea,
        "'a Pentagon spokeswoman said North Koreans had died ..., several dozen killed'"
    );
    assert_eq!(cl.claimant_text.as_deref(), Some("an unnamed American official"), "'a day later' is a time, no name");
}

#[test]
fn a_line_ending_on_a_preposition_and_of_them() {
    let c = corpus();
    assert_eq!(
        found(c, "8,600", "alongside").claimant_text.as_deref(),
        Some("Western sources"),
        "'... to fight alongside\\n\\nRussian troops ..., according to Western sources': one sentence"
    );
    assert_eq!(
        found(c, "1,960", "of them").side,
        Side::NorthKorea,
        "'Pyongyang sent N soldiers to fight alongside Russian troops, where M of them were killed': the soldiers counted"
    );
}

#[test]
fn reports_citing_two_sources_pass_on_the_first() {
    let c = corpus();
    let cl = found(c, "27,000", "press reports citing");
    assert_eq!(
        cl.claimant_text.as_deref(),
        Some("Ukrainian intelligence officials"),
        "not the second name, 'European diplomats'"
    );
    assert_eq!(cl.kind, Kind::Planned);
}

#[test]
fn intelligence_someone_has_is_their_claim_or_the_speakers_evidence() {
    let c = corpus();
    assert_eq!(
        found(c, "2,350", "has intelligence").claimant.as_deref(),
        Some("Ukraine (Zelensky)"),
        "'Zelensky stated that Ukraine has intelligence indicating that ...': his evidence"
    );
    assert_eq!(
        found(c, "6,450", "has intelligence").claimant_text.as_deref(),
        Some("Kyiv"),
        "'Kyiv has intelligence indicating that ...': the one who has it"
    );
}

#[test]
fn people_after_the_number_of_personnel_and_deserters() {
    let c = corpus();
    assert_eq!(
        claim(c, "two thousand", "number of its personnel").1,
        Qualifier::AtMost,
        "'the number of personnel is up to N people'"
    );
    assert_eq!(found(c, "37", "deserted").kind, Kind::Other, "deserters left the count");
}

#[test]
fn a_participle_after_a_long_predicate_has_the_opening_name() {
    let c = corpus();
    let cl = found(c, "640,000", "noting that");
    assert_eq!(cl.claimant_text.as_deref(), Some("Rutte"), "'Rutte pointed to ..., noting that N'");
    assert_eq!((cl.kind, cl.side), (Kind::Casualties, Side::Russia));
}

#[test]
fn a_delegation_of_two_kinds_of_officials_speaks() {
    let c = corpus();
    assert_eq!(
        found(c, "9,800", "briefed").claimant_text.as_deref(),
        Some("A delegation of South Korean intelligence and defence officials"),
        "not only the words after 'and'"
    );
    assert_eq!(
        found(c, "9,600", "Intelligence agencies from").claimant.as_deref(),
        Some("South Korea NIS"),
        "'Intelligence agencies from South Korea and several Western governments had reported'"
    );
}

#[test]
fn a_relative_clause_with_its_own_source_and_could_number() {
    let c = corpus();
    let cl = found(c, "11,700", "could number");
    assert_eq!(
        cl.claimant.as_deref(),
        Some("Ukraine (government/military)"),
        "'Moscow has acknowledged the presence of soldiers, who could number N, according to Ukrainian estimates'"
    );
    assert_eq!(
        (cl.kind, cl.qualifier),
        (Kind::Deployed, Qualifier::AtMost),
        "'could number' says how many there may be"
    );
    assert_eq!(found(c, "16,300", "could total").kind, Kind::Deployed);
}

#[test]
fn a_quoted_object_of_send_and_what_is_sent_along_with_it_are_planned() {
    let c = corpus();
    assert_eq!(
        found(c, "4,750", "would send").kind,
        Kind::Planned,
        "'would send \"two brigades, a regiment - N people\"': the quotation is the object, asides and all"
    );
    assert_eq!(found(c, "850", "as well as").kind, Kind::Planned, "'... as well as M deminers'");
    assert_eq!(found(c, "3,350", "intends to send").kind, Kind::Planned, "guillemets quote too");
    assert_eq!(found(c, "1,190", "along with").kind, Kind::Planned, "'N builders ..., along with M sappers'");
    assert_eq!(
        found(c, "2,110", "agreed to deploy").kind,
        Kind::Planned,
        "'to deploy N personnel—M deminers and K builders—'"
    );
    assert_eq!(found(c, "3,850", "agreed to deploy").kind, Kind::Planned);
}

#[test]
fn the_ones_told_are_no_part_of_the_next_speaker() {
    let c = corpus();
    assert_eq!(
        found(c, "1,430", "told journalists").claimant_text.as_deref(),
        Some("the NIS"),
        "'X told journalists the NIS said that N': the NIS, not 'journalists the NIS'"
    );
}

#[test]
fn a_relative_clause_counts_its_antecedents_side() {
    let c = corpus();
    let cl = found(c, "4,450", "who suffered losses");
    assert_eq!(cl.side, Side::NorthKorea, "'including soldiers from the DPRK, who suffered losses of up to N troops'");
    assert_eq!(
        cl.claimant_text.as_deref(),
        Some("President Volodymyr Zelensky"),
        "'stated by X in an interview with ...': the place is no part of the name"
    );
    assert_eq!(found(c, "38,000", "who suffered losses").side, Side::Russia);
}

#[test]
fn a_bare_figure_takes_the_side_of_the_sentence_before() {
    let c = corpus();
    assert_eq!(
        found(c, "3 thousand", "were killed").side,
        Side::NorthKorea,
        "'We see N North Korean soldiers on this front. M were killed': theirs, not the document's majority"
    );
}

#[test]
fn of_which_they_lost_and_part_of_an_army() {
    let c = corpus();
    let cl = found(c, "1,210", "of which they lost");
    assert_eq!((cl.kind, cl.side), (Kind::Casualties, Side::NorthKorea));
    assert_eq!(
        found(c, "1.19 million", "of them in the ground forces").kind,
        Kind::ForceSize,
        "'has N active troops, with M of them in the ground forces'"
    );
}

#[test]
fn an_outlet_named_after_a_city_is_the_outlet() {
    let c = corpus();
    assert_eq!(
        found(c, "eleven", "Kyiv Post reported").claimant.as_deref(),
        Some("Kyiv Post"),
        "the outlet, not Ukraine's officials"
    );
}

#[test]
fn members_of_a_corps_are_personnel() {
    let c = corpus();
    let cl = found(c, "46,000", "Storm Corps");
    assert_eq!(
        (cl.kind, cl.qualifier),
        (Kind::ForceSize, Qualifier::Approx),
        "'the Corps, which has an estimated N members'"
    );
}

#[test]
fn where_they_come_from_and_now_believed_dead() {
    let c = corpus();
    assert_eq!(
        found(c, "3 120", "soldiers from the DPRK").kind,
        Kind::Casualties,
        "'N soldiers from the DPRK have already been killed or wounded'"
    );
    assert_eq!(found(c, "330", "now believed to be dead").kind, Kind::Killed);
}

#[test]
fn a_day_month_year_date_before_the_speaker() {
    let c = corpus();
    assert_eq!(
        found(c, "4,560", "air base").claim_date,
        chrono::NaiveDate::from_ymd_opt(2025, 1, 8),
        "'On 8 January 2025, at an air base in Germany, Zelensky said': the year is no day"
    );
}

#[test]
fn in_addition_to_an_earlier_figure_is_an_increment() {
    let c = corpus();
    assert_eq!(
        found(c, "1,060", "in addition to").kind,
        Kind::Increment,
        "'sent N ... in addition to some M already deployed'"
    );
    assert_eq!(found(c, "11,300", "in addition to").kind, Kind::Deployed);
}

#[test]
fn an_estimate_raised_to_a_figure_is_a_claim() {
    let c = corpus();
    let cl = found(c, "4,230", "increased the estimated casualties");
    assert_eq!(
        cl.claimant.as_deref(),
        Some("South Korea JCS"),
        "'the South Korean military increased the estimate to N'"
    );
    assert_eq!((cl.kind, cl.side), (Kind::Casualties, Side::NorthKorea));
}

#[test]
fn a_bare_figure_after_a_sentence_about_troops_that_counted_none() {
    let c = corpus();
    let cl = found(c, "12,380", "have arrived so far");
    assert_eq!(
        (cl.kind, cl.side),
        (Kind::Deployed, Side::NorthKorea),
        "'North Korean troops began reaching ... N have arrived'"
    );
    assert_eq!(cl.claimant_text.as_deref(), Some("Budanov"));
}

#[test]
fn the_verb_after_an_aside_or_an_apposition() {
    let c = corpus();
    assert_eq!(
        found(c, "12,740", "including").kind,
        Kind::Planned,
        "'N troops, including M officers, will be deployed'"
    );
    assert_eq!(found(c, "665", "including").kind, Kind::Planned);
    assert_eq!(found(c, "6,150", "Two brigades").kind, Kind::Planned, "'Two brigades, about N people, will be sent'");
}

#[test]
fn a_figure_labelling_a_list_item() {
    let c = corpus();
    let cl = found(c, "14,600", "two waves");
    assert_eq!(
        (cl.kind, cl.claimant.as_deref()),
        (Kind::Deployed, Some("South Korea NIS")),
        "'- **N**: North Korean troops sent ... (NIS)'"
    );
    assert_eq!(found(c, "4,380", "casualties, including").kind, Kind::Casualties);
    assert_eq!(
        found(c, "10,830", "first deployment").claimant_text.as_deref(),
        Some("Seoul"),
        "'N — troops in the first deployment, according to Seoul'"
    );
}

#[test]
fn planted_mines_plan_nothing_and_bare_media_are_nobodys_in_particular() {
    let c = corpus();
    assert_eq!(found(c, "1,040", "planted").kind, Kind::Deployed, "'sent N troops to clear mines that were planted'");
    assert_eq!(
        found(c, "seven", "media disclosed").claimant.as_deref(),
        Some("media"),
        "'media disclosed' in a story that names Ukraine is no guess at Ukrainian media"
    );
}

#[test]
fn a_vague_figure_heading_there_after_troops_named_without_a_count() {
    let c = corpus();
    let cl = found(c, "A couple of thousand", "heading there");
    assert_eq!(
        (cl.kind, cl.side),
        (Kind::Planned, Side::NorthKorea),
        "'some soldiers were in the region. A couple of thousand more were heading there'"
    );
}

#[test]
fn an_apposition_to_losses_counts_losses() {
    let c = corpus();
    assert_eq!(
        found(c, "4,070", "losses, some").kind,
        Kind::Casualties,
        "'Pyongyang's losses, some N troops, were heavier'"
    );
}

#[test]
fn a_speech_verb_joined_to_the_first_predicate_shares_its_subject() {
    let c = corpus();
    let cl = found(c, "6,180", "visited a border unit");
    assert_eq!(
        (cl.claimant_text.as_deref(), cl.claim_date.map(|d| d.to_string())),
        (Some("Defence Minister Park Jin-ho"), Some("2025-03-11".into())),
        "'X visited a unit on Tuesday and said N'"
    );
    assert_eq!(
        found(c, "2,490", "did say that").claimant.as_deref(),
        Some("Defence Minister Park Jin-ho"),
        "'The minister did not give a breakdown, but did say that N'"
    );
    assert_eq!(found(c, "8,360", "declined to confirm").claimant_text.as_deref(), Some("The committee's chair"));
    assert_eq!(
        doc(c, "coordinated-speech.txt").outlet.value.as_deref(),
        Some("AP"),
        "'Copyright (c) 2025 by The Associated Press'"
    );
}

#[test]
fn died_or_been_wounded_and_a_tally_that_points_back() {
    let c = corpus();
    assert_eq!(found(c, "214,600", "died or been wounded").kind, Kind::Casualties, "'have died or been wounded'");
    assert_eq!(found(c, "2,730", "have been injured").kind, Kind::Casualties, "'killed or have been injured'");
    assert_eq!(
        found(c, "3,890", "already exceeds").kind,
        Kind::Casualties,
        "'the number of killed and wounded North Korean soldiers already exceeds N people': soldiers' people"
    );
    let cl = found(c, "1,190", "reported over the past day");
    assert_eq!(
        (cl.side, cl.claimant.as_deref()),
        (Side::Russia, Some("Ukraine (government/military)")),
        "'The tally includes N casualties reported over the past day': the tally's side, and no \
         'casualties' speaker"
    );
}

#[test]
fn a_speakers_own_fighters_recruited_prisoners_and_the_side_named_after_the_figure() {
    let c = corpus();
    let cl = found(c, "21,400", "of his fighters");
    assert_eq!(
        (cl.side, cl.claimant.as_deref()),
        (Side::Russia, Some("Wagner Group")),
        "'Russia's Wagner Group founder said that N of his fighters had died'"
    );
    assert_eq!(
        found(c, "53,700", "on the Ukrainian side").side,
        Side::Ukraine,
        "'N were killed on the Ukrainian side'"
    );
    assert_eq!(found(c, "48,600", "recruited").kind, Kind::Deployed, "'I recruited N prisoners': no captives");
    assert_eq!(found(c, "395", "exchanged").kind, Kind::Other, "'exchanged N prisoners each': captives set free");
    let cl = found(c, "2,980", "buried");
    assert_eq!((cl.kind, cl.side), (Kind::Killed, Side::Russia), "'N Wagner fighters buried'");
}

#[test]
fn remarks_amid_reports_a_spoken_range_and_two_named_lawmakers() {
    let c = corpus();
    assert_eq!(
        found(c, "13,350", "amid reports").claimant,
        None,
        "'X made the remarks amid reports that N more troops were deployed': the reports' figure"
    );
    let cl = found(c, "13 (or) 14,000", "podcast");
    assert_eq!((cl.value, cl.value_high), (13_000.0, Some(14_000.0)), "'a force of 13 (or) 14,000' is one range");
    assert_eq!(
        found(c, "2,285", "Lawmakers").claimant.as_deref(),
        Some("South Korean lawmakers"),
        "'Lawmakers Lee Seong-kweun and Kim Byung-kee told reporters': both names"
    );
}

#[test]
fn a_live_pages_label_and_figures_that_go_on_from_the_paragraph_before() {
    let c = corpus();
    let headline = c
        .claims
        .iter()
        .find(|cl| {
            cl.number_text == "175,500" && c.document(cl.doc).text[cl.sentence_span].starts_with("Ukraine war live")
        })
        .unwrap_or_else(|| panic!("no headline claim"));
    assert_eq!(headline.claimant, None, "'Ukraine war live: ...' is a page's label, not a speaker");
    assert_eq!(
        found(c, "A few thousand", "heading there").side,
        Side::NorthKorea,
        "'some North Korean soldiers were in Kursk. A few thousand more were heading there' (the page \
         is mostly about Ukrainian troops)"
    );
    let cl = found(c, "1,730", "of them");
    assert_eq!(cl.side, Side::NorthKorea, "'N of them' in the next paragraph: the troops counted before");
    let cl = found(c, "215", "briefing by");
    assert_eq!(
        (cl.claimant.as_deref(), cl.side),
        (Some("South Korea NIS"), Side::NorthKorea),
        "'in line with a briefing by the spy agency which reported N deaths'"
    );
}

#[test]
fn two_verbs_with_their_figures_share_one_noun() {
    let c = corpus();
    let cl = found(c, "83", "had killed 83 and wounded");
    assert_eq!(
        (cl.kind, cl.side),
        (Kind::Killed, Side::NorthKorea),
        "'killed 83 and wounded as many as 46 North Korean soldiers'"
    );
    assert_eq!(found(c, "46", "had killed 83 and wounded").kind, Kind::Wounded);
    assert_eq!(found(c, "83", "have destroyed").kind, Kind::Killed, "'destroyed 83 North Koreans'");
}

#[test]
fn troops_taken_away_are_no_force_and_a_share_of_a_whole_written_in_parts() {
    let c = corpus();
    assert_eq!(found(c, "3,650", "withdrawing").kind, Kind::Other, "'considering withdrawing N troops'");
    let cl = found(c, "35-hundred", "pull approximately");
    assert_eq!(
        (cl.value, cl.kind),
        (3_500.0, Kind::Other),
        "'pull 35-hundred of the 26-thousand-700 U.S. troops out': a share, taken away"
    );
    assert_eq!(found(c, "3,820", "removal of").kind, Kind::Other, "'the removal of about N troops'");
}

#[test]
fn the_number_of_opens_what_is_counted_however_long_the_subject() {
    let c = corpus();
    let cl = found(c, "6,140", "is estimated to have exceeded");
    assert_eq!((cl.kind, cl.side), (Kind::Casualties, Side::NorthKorea), "a long subject opened by 'the number of'");
    let cl = found(c, "6,160", "against Ukrainian forces");
    assert_eq!(
        (cl.kind, cl.side),
        (Kind::Casualties, Side::NorthKorea),
        "'the number of DPRK casualties who conducted operations against Ukrainian forces exceeds N'"
    );
    assert_eq!(
        found(c, "713,000", "since the start").kind,
        Kind::Casualties,
        "'put losses since February 2022 at N troops'"
    );
    assert_eq!(
        found(c, "604,000", "killed or wounded in the war was").kind,
        Kind::Casualties,
        "'... was \"over N.\"': a quoted figure after the copula"
    );
}

#[test]
fn a_connective_between_commas_and_estimates_with_their_source_after_them() {
    let c = corpus();
    assert_eq!(
        found(c, "4,130", "however").claimant.as_deref(),
        Some("Ukraine (government/military)"),
        "'Ukrainian military officials, however, said N'"
    );
    assert_eq!(
        found(c, "317", "various sources").claimant_text.as_deref(),
        Some("various sources"),
        "'Estimates from various sources suggest': the sources, not 'from various sources'"
    );
    assert_eq!(
        found(c, "1,335", "Defense Intelligence Agency").claimant.as_deref(),
        Some("South Korea JCS"),
        "South Korea's military intelligence is the military's, not the NIS"
    );
}

#[test]
fn a_contingent_that_numbers_n_and_the_whole_of_one_in_three() {
    let c = corpus();
    let cl = found(c, "11,270", "now numbers");
    assert_eq!((cl.kind, cl.side), (Kind::Deployed, Side::NorthKorea), "'The contingent now numbers N'");
    assert_eq!(found(c, "10,390", "up from").kind, Kind::Deployed, "'up from N in November': the same count earlier");
    assert_eq!(
        found(c, "11,540", "one in three").kind,
        Kind::Deployed,
        "'one in three of the N soldiers deployed has been killed': the whole is no casualty count"
    );
    assert_eq!(
        found(c, "14,160", "is now around").kind,
        Kind::Deployed,
        "'the total number of troops is now around N'"
    );
    assert_eq!(found(c, "three", "a total of").kind, Kind::Captured, "'captured a total of three soldiers'");
    assert_eq!(found(c, "15,090", "may exceed").kind, Kind::Deployed, "'may exceed N': a guess at how many, no plan");
    assert_eq!(found(c, "15,120", "by the summer").kind, Kind::Planned, "'could exceed N by the summer': a projection");
}

#[test]
fn troop_numbers_whose_nationality_stands_after_the_speaker() {
    let c = corpus();
    let cl = found(c, "30,300", "Ukraine says");
    assert_eq!(
        (cl.side, cl.kind),
        (Side::NorthKorea, Kind::Planned),
        "'Ukraine says North Korean troop numbers could reach N': the troops', not the speaker's country"
    );
    let cl = found(c, "15,310", "could rise to");
    assert_eq!(
        (cl.side, cl.kind),
        (Side::NorthKorea, Kind::Planned),
        "'troop numbers in Russia's Kursk region could rise to N'"
    );
}

#[test]
fn a_wire_storys_version_and_a_headlines_label_count_no_one() {
    let c = corpus();
    let d = doc(c, "wire-update.txt");
    let values: Vec<f64> = c.claims_of(d.id).map(|cl| cl.value).collect();
    assert_eq!(values, vec![11_060.0, 6_070.0], "'UPDATE 3-North Korean troops ...': 3 is the story's version");
    let cl = found(c, "6,070", "Exclusive:");
    assert_eq!(
        (cl.claimant.as_deref(), cl.kind),
        (None, Kind::Planned),
        "'Exclusive: North Korea readies N more troops': a label, no speaker; troops readied are planned"
    );
}

#[test]
fn an_explainers_answer_counts_what_its_question_asked() {
    let c = corpus();
    let cl = found(c, "14,070", "two waves");
    assert_eq!(
        (cl.kind, cl.side),
        (Kind::Deployed, Side::NorthKorea),
        "'How many troops has North Korea sent? Roughly N'"
    );
    let cl = found(c, "2,040", "latest estimate");
    assert_eq!(
        (cl.kind, cl.claimant.as_deref()),
        (Kind::Killed, Some("South Korea NIS")),
        "'How many soldiers have died? About N, according to the agency's latest estimate'"
    );
    assert_eq!(found(c, "4,090", "Ukraine says").kind, Kind::Casualties, "'How many have been killed or wounded?'");
}
