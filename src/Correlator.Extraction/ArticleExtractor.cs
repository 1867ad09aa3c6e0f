using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Correlator.Domain.Entities;
using Correlator.Domain.Reports;
using Correlator.Extraction.Input;
using Correlator.Extraction.Rules;
using Correlator.Extraction.Text;

namespace Correlator.Extraction;

/// <summary>
/// Reads an article and proposes the reports in it. Pure and deterministic: the same article gives the same
/// candidates with the same ids, so extracting twice and ingesting both never duplicates a report.
/// </summary>
public sealed class ArticleExtractor
{
    // A drone shot down or intercepted near a base was an attack on it, thwarted ("أسقطت طائرة مسيّرة قرب قاعدة ...").
    private static readonly Regex AttackWords = Lexicon.Words(
        "استهداف", "استهدف*", "هجوم*", "هجمات", "هجمه", "هاجم*", "قصف*", "ضرب*", "تعرض*", "سقط*", "سقوط", "انفجار*", "دك", "دكت", "دكوا",
        "اسقط*", "اسقاط", "اعترض*", "اعتراض", "تصدت", "تصدى",
        "attack*", "target*", "struck", "strike*", "hit", "shelled", "shelling", "came under", "landed", "impacted", "explosion*", "blast*",
        "fired at", "fired on", "launched at", "shot down", "shoot down", "downed", "intercepted", "intercepting");

    // "fired a rocket at", "launched two drones toward", "أطلق مسلحون صاروخين على": what is fired stands between.
    private static readonly Regex FiredAt = new(
        Lexicon.Alternation(["fired", "launched", "اطلق*"]) + @"(?: [\p{L}\p{N}]+){1,3} "
        + Lexicon.Alternation(["at", "on", "toward", "towards", "against", "علي", "باتجاه", "نحو", "صوب"]) + @"(?![\p{L}])",
        Lexicon.Options);

    // "No attack", "لم تتعرض": an attack word that is denied tells of no attack.
    private static readonly Regex Negation = new(Lexicon.Alternation(["عدم", "لم", "دون", "no", "not", "never", "without"]) + " $", Lexicon.Options);

    // A date right after a speech verb ("said on Monday", "said in a statement on Monday", "قال يوم الاثنين").
    private static readonly Regex SpokenOn = new(
        Lexicon.Alternation(["said", "says", "told", "announced", "stated", "statement", "confirmed", "قال*", "اعلن*", "افاد*", "ذكر*", "اكد*", "بيان*"])
        + @"(?: \p{L}+){0,3} ?$", Lexicon.Options);

    private static readonly Regex Denial = Lexicon.Words(
        "نفي", "نفت", "ينفي", "تنفي", "لا صحه", "عار عن الصحه", "عاري عن الصحه", "غير صحيح*", "denied", "denies", "deny", "denying", "dismissed",
        "no truth", "untrue", "false reports", "fake news");

    // "He said ...", "وأضاف ...": the speaker of the sentence before goes on, even past a paragraph break.
    private static readonly Regex SpeakerGoesOn = new("^" + Lexicon.Alternation(
        ["he said", "she said", "they said", "he added", "she added", "he told", "she told", "he noted", "she noted",
         "اضاف", "اضافت", "تابع", "تابعت", "اوضح", "اوضحت", "اشار", "اشارت"]), Lexicon.Options);

    private static readonly Regex StatementWord = Lexicon.Words("بيان", "بلاغ", "statement", "communique");

    private static readonly Regex Hearsay = Lexicon.Words("انباء", "الانباء", "الانباء عن", "اخبار", "الاخبار", "تقارير", "reports", "claims", "rumors", "rumours");

    private static readonly Regex Falsehood = Lexicon.Words(
        "عار عن الصحه", "عاري عن الصحه", "عاريه عن الصحه", "عاريا عن الصحه", "غير صحيح*", "كاذب*", "ملفق*", "untrue", "false", "baseless", "unfounded", "fabricated");

    private static readonly Regex Authorship = Lexicon.Words(
        "مسؤولي*", "علاق*", "تورط*", "دور", "دوره", "دورها", "responsibility", "role", "involvement", "involved", "link", "links");

    private static readonly Regex StrongClaim = Lexicon.Words(
        "تبن*", "مسؤوليت*", "نفذ*", "claimed", "claiming", "claims responsibility", "took responsibility", "carried out", "was behind", "were behind");

    // Links to other stories ("اقرأ أيضاً: ...") restate other articles' news.
    private static readonly Regex ReadAlso = new("^" + Lexicon.Alternation(["اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "read also", "read more", "see also", "related"]), Lexicon.Options);

    // An embedded post's signature: "— Al Mayadeen English (@MayadeenEnglish) 24 أكتوبر 2023".
    private static readonly Regex PostSignature = new(@"\(@\w+\)", RegexOptions.CultureInvariant);

    // "targeted the following:", «استهدف ... الأهداف التالية:»: the targets follow as lines.
    private static readonly Regex FollowingTargets = Lexicon.Words("التاليه", "التالي", "كالتالي", "الاتيه", "the following", "as follows", "following targets");

    // "1- ", "2. ", "(3) ", "- ", "• ", "١) ": the start of a listed line.
    private static readonly Regex ListMarker = new(@"\G\s*(?:[-–—•*▪]|\(?[0-9٠-٩]{1,2}\s*[-.)–:])", RegexOptions.CultureInvariant);

    // What joins two days of one told attack: "and", "and again on", "then on", «ثم يوم», «و في».
    private static readonly Regex Coordinator = new(
        "^ " + Lexicon.Alternation(["and", "and then", "then", "ثم", "و", "وثم"]) + "(?: " + Lexicon.Alternation(["again", "once more", "مجددا", "مره اخري"]) + ")?"
        + "(?: " + Lexicon.Alternation(["on", "يوم", "في"]) + ")? $", Lexicon.Options);

    /// <summary>How far (in folded characters) an attack word may be from a base it tells of.</summary>
    private const int AttackReach = 150;

    // Definite references to attacks already told: "the attack", "الهجومين".
    private static readonly Regex AttackReference = Lexicon.Words(
        "الهجوم", "الهجومين", "الهجمات", "الهجمتين", "العمليه", "العمليتين", "العمليات", "الاستهداف", "the attack", "the attacks", "both attacks",
        "the strike", "the strikes", "these attacks", "the two attacks");

    // What may stand between a reference to an attack and the base it names: "the attack on X", "the strike on the
    // US-run X", "الهجوم علي قاعده X": a preposition and a few words, none of them starting another clause.
    private static readonly Regex ReferenceToBase = new(
        "^ " + Lexicon.Alternation(["on", "at", "against", "near", "in", "علي", "في", "ضد", "قرب"]) + @"(?: (?!(?:and|but|while|و)(?![\p{L}]))\p{L}+){0,3} ?$",
        Lexicon.Options);

    private readonly Gazetteer gazetteer;
    private readonly Entities entities;

    public ArticleExtractor(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        entities = new Entities(gazetteer);
    }

    public Extraction Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var warnings = new List<string>();
        DateOnly? published = article.Source.PublishedAt is { } p && p.UtcDateTime.Year is >= 1900 and <= 2200
            ? DateOnly.FromDateTime(p.ToOffset(DateMention.Offset).DateTime) : null;
        if (published is null && article.Source.PublishedAt is { } unusable)
        {
            warnings.Add($"The publication date {unusable:yyyy-MM-dd} is outside the years 1900 to 2200 and was not used: relative dates are left unresolved.");
        }
        else if (published is null)
        {
            warnings.Add("No publication date: relative dates (yesterday, on Monday, last week, a date without a year) are left unresolved.");
        }
        var language = article.Language ?? Scripts.Guess(article.Text);
        var sentences = SentenceSplitter.Split(article.Text);
        var facts = sentences.Select(s => Read(article.Text, s, published, IsAside(article.Text, sentences, s))).ToList();
        var drafts = new List<Draft>();
        var publisher = Publisher(article.Source) ?? StatementHeader(facts);
        TallyWindow? lastWindow = null;
        var windowParagraph = -1;
        for (var i = 0; i < facts.Count; i++)
        {
            Incidents(facts, i, drafts, publisher, published);
            OutcomeGoesOn(facts, i, drafts);
            ClaimsOfEarlierAttacks(facts, i, drafts);
            if (facts[i].Sentence.Paragraph != windowParagraph)
            {
                lastWindow = null;
            }
            foreach (var tally in Tallies(facts, i, published, lastWindow, drafts, publisher, warnings))
            {
                drafts.Add(tally.Draft);
                (lastWindow, windowParagraph) = (tally.Window ?? lastWindow, facts[i].Sentence.Paragraph);
            }
        }
        var unresolved = facts.Sum(f => f.Dates.Dates.Count(d => d.Unresolved) + f.Dates.Windows.Count(w => w.Unresolved && w.Rule != "Dates.SinceEvent"));
        if (unresolved > 0 && published is null)
        {
            warnings.Add($"{unresolved} relative date phrase(s) could not be resolved without a publication date.");
        }
        var candidates = drafts
            .Select(d => ToCandidate(article, language, d))
            .OrderBy(c => c.Start).ThenBy(c => c.Report.Kind).ThenBy(c => c.Report.Id, StringComparer.Ordinal)
            .ToList();
        return new Extraction(candidates, warnings);
    }

    private SentenceFacts Read(string text, Sentence sentence, DateOnly? published, bool aside)
    {
        var folded = sentence.Folded;
        var found = entities.Find(text, sentence);
        // A number inside a name ("Tower 22") is part of the name, not a figure or a count of weapons.
        var numbers = Numbers.Find(folded).Where(n => !found.Any(e => n.NumberStart >= e.Start && n.NumberStart < e.Start + e.Length)).ToList();
        var dates = Dates.Find(folded, published);
        var breaks = ClauseBreaks(text, sentence);
        return new SentenceFacts(
            sentence,
            found,
            Speakers.Find(folded, found),
            // The day of a date ("Oct. 17 – Drones target ...") counts no weapons.
            Weapons.Find(folded, [.. numbers.Where(n => !dates.Dates.Any(d => n.NumberStart >= d.Start && n.NumberStart < d.Start + d.Length))]),
            Outcomes.Find(folded),
            dates,
            Rules.Tallies.Find(folded, numbers, dates),
            [.. AttackWords.Matches(folded.Value).Concat(FiredAt.Matches(folded.Value)).OrderBy(m => m.Index)
                .Where(m => !Negation.IsMatch(folded.Value[Math.Max(0, m.Index - 6)..m.Index]) && !IsDenied(folded.Value, m.Index, breaks))
                .Select(m => m.Index)],
            aside,
            PostDate(text, sentence, dates),
            breaks,
            text[sentence.Start + sentence.Length - 1] == ':',
            ListMarker.IsMatch(text, sentence.Start));
    }

    // "denied that X was hit", "نفى استهداف X": an attack word after a denial in its clause tells of no attack, unless
    // what is denied is a part in it ("denied responsibility for the attack on X": the attack itself stands).
    private static bool IsDenied(string folded, int at, IReadOnlyList<int> breaks)
    {
        var (clause, end) = ClauseAround(breaks, at, folded.Length);
        return Denial.Matches(folded[clause..at]).LastOrDefault() is { } denial
            && !Authorship.IsMatch(folded[(clause + denial.Index + denial.Length)..at])
            // "reports of an attack on X were untrue", «الأنباء عن قصف X عارية عن الصحة»: the reports are denied after.
            || Hearsay.IsMatch(folded[clause..at]) && Falsehood.IsMatch(folded[at..end]);
    }

    // A "read also" link, or a short headline line in a longer article: it restates the body or another story.
    private static bool IsAside(string text, IReadOnlyList<Sentence> sentences, Sentence sentence)
    {
        if (ReadAlso.IsMatch(sentence.Folded.Value))
        {
            return true;
        }
        var alone = sentences.Count(s => s.Paragraph == sentence.Paragraph) == 1;
        var last = text[sentence.Start + sentence.Length - 1];
        var words = sentence.Folded.Value.Count(c => c == ' ') + 1;
        // A line ending in a colon opens what follows (a list of targets), it is no headline.
        return alone && words < 12 && sentences.Count > 3 && !(last is '.' or '!' or '?' or '؟' or '"' or '”' or '»' or ':');
    }

    // The clause holding position at: from the break before it (or the sentence's start) to the next (or its end).
    private static (int Start, int End) ClauseAround(IReadOnlyList<int> breaks, int at, int length) =>
        (breaks.Where(b => b <= at).DefaultIfEmpty(0).Max(), breaks.Where(b => b > at).DefaultIfEmpty(length).Min());

    // Commas and semicolons, not the thousands comma of "1,000", in folded coordinates (folding drops punctuation).
    private static List<int> ClauseBreaks(string text, Sentence sentence) =>
    [
        .. Enumerable.Range(sentence.Start, sentence.Length)
            .Where(k => text[k] is '،' or ';' or '؛' || text[k] == ',' && !(k > 0 && char.IsDigit(text[k - 1]) && k + 1 < text.Length && char.IsDigit(text[k + 1])))
            .Select(sentence.Folded.FoldedAt),
    ];

    private static DateMention? PostDate(string text, Sentence sentence, DateFindings dates)
    {
        var signature = PostSignature.Match(text, sentence.Start, sentence.Length);
        if (!signature.Success)
        {
            return null;
        }
        var at = sentence.Folded.FoldedAt(signature.Index + signature.Length);
        return dates.Dates.FirstOrDefault(d => d.Start >= at && d.Start - at <= 3 && d.Day is not null);
    }

    // An armed group's own statement or an official release speaks for itself where no one else is quoted.
    private SpeakerCue? Publisher(Source source) => source.Type switch
    {
        SourceType.ArmedGroup => new SpeakerCue(0, 0, SpeakerRole.ArmedGroup, gazetteer.ResolveGroup(source.Name), false, "Speakers.Publisher"),
        SourceType.Official => new SpeakerCue(0, 0, SpeakerRole.Official, null, false, "Speakers.Publisher"),
        _ => null,
    };

    // "بيان صادر عن المقاومة الإسلامية في العراق" heading a text: what follows is the group's own statement.
    private static SpeakerCue? StatementHeader(List<SentenceFacts> facts)
    {
        var header = facts.FirstOrDefault();
        if (header is null || facts.Count(f => f.Sentence.Paragraph == header.Sentence.Paragraph) > 1
            || header.Entities.Any(e => e.Kind == EntityKind.Base) || header.Sentence.Folded.Value.Count(c => c == ' ') > 10
            || !StatementWord.IsMatch(header.Sentence.Folded.Value))
        {
            return null;
        }
        return header.Cues.FirstOrDefault(c => c.Role == SpeakerRole.ArmedGroup) is { } cue
            ? new SpeakerCue(0, 0, SpeakerRole.ArmedGroup, cue.Group, false, "Speakers.StatementHeader")
            : null;
    }

    private void Incidents(List<SentenceFacts> facts, int i, List<Draft> drafts, SpeakerCue? publisher, DateOnly? published)
    {
        var f = facts[i];
        if (f.Aside)
        {
            return;
        }
        var recap = f.Tallies.Count > 0;
        var fromThisSentence = new List<Draft>();
        var own = f.Entities.Where(e => e.Kind == EntityKind.Base && f.AttackWords.Any(a => Math.Abs(a - e.Start) <= AttackReach))
            .Select(e => (Mention: e, Item: (SentenceFacts?)null));
        foreach (var (mention, item) in own.Concat(Listed(facts, i)))
        {
            var (first, inherited, told) = DateFor(facts, i, mention, drafts, published, allowInherit: !recap);
            // "on Saturday and again on Sunday", «يومي السبت والأحد»: one attack each day named.
            foreach (var date in first is null ? [] : f.Dates.Dates.Contains(first) ? Coordinated(f, first) : [first])
            {
                if (recap && drafts.Any(d => d.Base == mention.Id && d.Day == date.Day))
                {
                    continue;
                }
                var cue = Speakers.Governing(f.Cues, mention.Start)
                    ?? (i > 0 && SpeakerGoesOn.IsMatch(f.Sentence.Folded.Value) ? facts[i - 1].Cues.LastOrDefault() : null)
                    ?? publisher;
                var kind = cue?.Role switch
                {
                    SpeakerRole.ArmedGroup => ReportKind.Claim,
                    SpeakerRole.Official => ReportKind.OfficialIncident,
                    _ => ReportKind.MediaReport,
                };
                var (from, to) = Segment(f, cue, mention.Start);
                // "X with a swarm of drones, and Y with two rockets": the weapon of the base's own clause, else the nearest.
                var (clauseStart, clauseEnd) = ClauseAround(f.ClauseBreaks, mention.Start, f.Sentence.Folded.Value.Length);
                var weapon = f.Weapons.Where(w => w.Start >= from && w.Start < to)
                    .OrderBy(w => w.Start >= clauseStart && w.Start < clauseEnd ? 0 : 1).ThenBy(w => Math.Abs(w.Start - mention.Start)).FirstOrDefault();
                weapon = weapon is null ? null : Together(f, weapon, from, to);
                var outcome = f.Outcomes.FirstOrDefault(o => o.Start >= from && o.Start < to && ToldOf(f, o, mention, from, to));
                var group = cue?.Group is { } g
                    ? (Id: g, Rule: (string?)null)
                    : f.Entities.Where(e => e.Kind == EntityKind.Group && e.Start >= from && e.Start < to).MinBy(e => Math.Abs(e.Start - mention.Start)) is { } nearest
                        ? (Id: nearest.Id, Rule: nearest.Rule + ".InSentence")
                        : (Id: (string?)null, Rule: (string?)null);
                var rules = new List<string> { mention.Rule, "Incidents.AttackWord", date.Rule };
                rules.AddRange(new[] { cue?.Rule, group.Rule, weapon?.Rule, outcome?.Rule }.OfType<string>());
                // The same attack told again ("... later claimed the strike on X"): the weapon told of it the first time.
                var (weaponKind, weaponCount) = weapon is null && told?.Weapon is not null ? (told.Weapon, told.WeaponCount) : (weapon?.Weapon, weapon?.Count);
                if (weapon is null && weaponKind is not null)
                {
                    rules.Add("Weapons.FromEarlierSentence");
                }
                if (cue?.Role == SpeakerRole.ArmedGroup && f.Entities.FirstOrDefault(e => e.Id == cue.Group) is { } groupMention)
                {
                    rules.Add(groupMention.Rule);
                }
                if (inherited)
                {
                    rules.Add("Dates.FromEarlierSentence");
                }
                var confidence = 0.6 + (inherited ? 0.0 : 0.1) + (cue is null ? 0.0 : 0.1) + (weapon is null ? 0.0 : 0.05)
                    + (outcome is null ? 0.0 : 0.05) + (group.Id is null ? 0.0 : 0.05);
                if (item is not null)
                {
                    rules.Add("Incidents.ListedTarget");
                }
                var draft = new Draft(kind, item is null ? f : WithList(f, item), cue, mention.Id, group.Id, date, weaponKind, weaponCount,
                    outcome is { Outcome: not Outcome.Unknown } ? outcome.Outcome : null, outcome?.Casualties, null,
                    rules, Confidence(confidence, date), inherited ? "Date taken from an earlier sentence." : null);
                Add(drafts, draft, fromThisSentence);
            }
        }
        // A later clause by another speaker that only tells the outcome ("..., while the Pentagon said it thwarted it").
        foreach (var cue in f.Cues.Where(c => c.Role != SpeakerRole.Media))
        {
            var (from, to) = Segment(f, cue);
            // The attack told earlier in this sentence, or in the sentence before when this one names no base at all.
            var target = fromThisSentence.LastOrDefault(d => d.Facts == f && d.Cue is { } c && c.Start < cue.Start)
                ?? (f.Entities.Any(e => e.Kind == EntityKind.Base) || i == 0 ? null
                    : drafts.LastOrDefault(d => d.Tally is null && d.Facts == facts[i - 1] && d.Kind != ReportKind.OfficialIncident));
            // "There were no injuries, a U.S. military official said": an attributing cue speaks the words before it too.
            bool Spoken(int at) => at >= from && at < to || at < cue.Start && Speakers.Governing(f.Cues, at) == cue;
            if (target is null || f.Entities.Any(e => e.Kind == EntityKind.Base && Spoken(e.Start))
                || f.Outcomes.FirstOrDefault(o => Spoken(o.Start) && (o.Outcome != Outcome.Unknown || o.Casualties is not null)) is not { } outcome)
            {
                continue;
            }
            var kind = cue.Role == SpeakerRole.ArmedGroup ? ReportKind.Claim : ReportKind.OfficialIncident;
            var existing = drafts.FindIndex(d => d.Facts == f && d.Kind == kind && d.Base == target.Base && d.Day == target.Day);
            var rules = new List<string> { cue.Rule, outcome.Rule, "Outcomes.Response" };
            // "... said the attack caused no injuries": the casualties alone are the speaker's account of the attack.
            Outcome? told = outcome.Outcome == Outcome.Unknown ? null : outcome.Outcome;
            if (existing >= 0)
            {
                drafts[existing] = drafts[existing] with
                {
                    Outcome = drafts[existing].Outcome ?? told,
                    Casualties = drafts[existing].Casualties ?? outcome.Casualties,
                    Rules = [.. drafts[existing].Rules, .. rules],
                };
                continue;
            }
            drafts.Add(new Draft(kind, f, cue, target.Base, cue.Group, target.Date, null, null, told, outcome.Casualties, null,
                [.. target.Rules.Where(r => r.StartsWith("Entities", StringComparison.Ordinal) || r.StartsWith("Dates", StringComparison.Ordinal)), .. rules],
                Confidence(0.7, target.Date), "Outcome stated by another speaker about the attack told just before."));
        }
    }

    // «استهدف ... الأهداف التالية:» then "1- قاعدة عين الأسد", "2- قاعدة حرير": each base on the lines after is attacked as
    // the heading tells. A listed base stands at the heading's end, so the heading's speaker, date and weapon reach it.
    private static IEnumerable<(EntityMention Mention, SentenceFacts? Item)> Listed(List<SentenceFacts> facts, int i)
    {
        var f = facts[i];
        if (!f.EndsWithColon || f.AttackWords.Count == 0 || !FollowingTargets.IsMatch(f.Sentence.Folded.Value))
        {
            yield break;
        }
        for (var j = i + 1; j < facts.Count; j++)
        {
            var item = facts[j];
            // "1." may stand as a sentence of its own: a line is listed when its first sentence starts with a marker.
            var line = facts.First(x => x.Sentence.Paragraph == item.Sentence.Paragraph);
            if (!line.StartsWithListMarker)
            {
                yield break;
            }
            // A line telling its own attack is read as its own sentence.
            if (item.AttackWords.Count > 0)
            {
                continue;
            }
            foreach (var listed in item.Entities.Where(e => e.Kind == EntityKind.Base))
            {
                yield return (listed with { Start = f.Sentence.Folded.Value.Length }, item);
            }
        }
    }

    // The quote of a listed target: from the heading to the end of its line.
    private static SentenceFacts WithList(SentenceFacts heading, SentenceFacts item) =>
        heading with { Sentence = heading.Sentence with { Length = item.Sentence.Start + item.Sentence.Length - heading.Sentence.Start } };

    // "A drone struck near Erbil air base, the Pentagon said. No U.S. personnel were injured and there was no damage.":
    // a sentence naming neither base nor speaker goes on telling the attack of the sentence before.
    private static void OutcomeGoesOn(List<SentenceFacts> facts, int i, List<Draft> drafts)
    {
        var f = facts[i];
        if (i == 0 || f.Aside || f.Cues.Count > 0 || f.Entities.Any(e => e.Kind == EntityKind.Base) || f.AttackWords.Count > 0
            || facts[i - 1].Sentence.Paragraph != f.Sentence.Paragraph)
        {
            return;
        }
        var told = f.Outcomes.Where(o => o.Outcome != Outcome.Unknown).Select(o => (Outcome?)o.Outcome).FirstOrDefault();
        var casualties = f.Outcomes.Select(o => o.Casualties).OfType<Casualties>().Aggregate((Casualties?)null, (all, c) =>
            new Casualties(all?.Killed ?? c.Killed, all?.Injured ?? c.Injured));
        if (told is null && casualties is null)
        {
            return;
        }
        for (var d = 0; d < drafts.Count; d++)
        {
            if (drafts[d].Facts == facts[i - 1] && drafts[d].Tally is null)
            {
                drafts[d] = drafts[d] with
                {
                    Outcome = drafts[d].Outcome ?? told,
                    Casualties = drafts[d].Casualties ?? casualties,
                    Rules = [.. drafts[d].Rules, "Outcomes.FromFollowingSentence"],
                };
            }
        }
    }

    // "Two ballistic missiles and a cruise missile were fired at X": one weapon told in parts is counted whole, and
    // left uncounted when a part is ("missiles and a cruise missile").
    private static WeaponMention Together(SentenceFacts f, WeaponMention weapon, int from, int to)
    {
        var (start, end) = ClauseAround(f.ClauseBreaks, weapon.Start, f.Sentence.Folded.Value.Length);
        var parts = f.Weapons.Where(w => w.Weapon == weapon.Weapon && w.Start >= Math.Max(from, start) && w.Start < Math.Min(to, end)).ToList();
        return parts.Count < 2 ? weapon
            : weapon with { Count = parts.All(p => p.Count is not null) ? parts.Sum(p => p.Count) : null, Rule = weapon.Rule + "+Weapons.Parts" };
    }

    // An outcome in a clause that names bases is told of those bases only ("rockets hit A, and a drone was downed near
    // B"); one in a clause naming none ("..., adding that one was shot down") is told of the attack the speaker told.
    private static bool ToldOf(SentenceFacts f, OutcomeMention outcome, EntityMention mention, int from, int to)
    {
        var (start, end) = ClauseAround(f.ClauseBreaks, outcome.Start, f.Sentence.Folded.Value.Length);
        var named = f.Entities.Where(e => e.Kind == EntityKind.Base && e.Start >= start && e.Start < end && (e.Start >= from && e.Start < to || e == mention)).ToList();
        return named.Count == 0 || named.Any(e => e.Id == mention.Id);
    }

    // "وتبنّت المقاومة الإسلامية الهجومين": a claim with no base of its own takes the attacks told just before.
    private static void ClaimsOfEarlierAttacks(List<SentenceFacts> facts, int i, List<Draft> drafts)
    {
        var f = facts[i];
        foreach (var cue in f.Cues.Where(c => c.Role == SpeakerRole.ArmedGroup))
        {
            var (from, to) = Segment(f, cue);
            var value = f.Sentence.Folded.Value;
            var reference = AttackReference.Matches(value).FirstOrDefault(m => m.Index >= from && m.Index < to);
            // The reference must come before any base the segment names itself ("claimed the attack, and also targeted X").
            if (reference is null || !StrongClaim.Matches(value).Any(m => m.Index >= from && m.Index < to)
                || f.Entities.Any(e => e.Kind == EntityKind.Base && e.Start >= from && e.Start < reference.Index))
            {
                continue;
            }
            // "claimed the strike on X": the reference names its base, so the other attacks told before are not claimed.
            var named = f.Entities.FirstOrDefault(e => e.Kind == EntityKind.Base && e.Start >= reference.Index + reference.Length
                && ReferenceToBase.IsMatch(value[(reference.Index + reference.Length)..e.Start]));
            var earlier = drafts
                .Where(d => d.Kind != ReportKind.Claim && d.Tally is null && d.Facts.Sentence.Index >= i - 3 && d.Facts.Sentence.Index < i)
                .Where(d => named is null || d.Base == named.Id)
                .GroupBy(d => (d.Base, d.Day)).Select(g => g.First()).ToList();
            foreach (var attack in earlier)
            {
                if (drafts.Any(d => d.Kind == ReportKind.Claim && d.Base == attack.Base && d.Day == attack.Day && d.Group == cue.Group))
                {
                    continue;
                }
                drafts.Add(new Draft(ReportKind.Claim, f, cue, attack.Base, cue.Group, attack.Date, attack.Weapon, null, null, null, null,
                    [cue.Rule, "Incidents.ClaimOfEarlierAttack", .. attack.Rules.Where(r => r.StartsWith("Entities.Gazetteer", StringComparison.Ordinal) || r.StartsWith("Dates", StringComparison.Ordinal) || r.StartsWith("Weapons", StringComparison.Ordinal))],
                    Confidence(0.75, attack.Date), "Claims an attack told in an earlier sentence; base, date and weapon are taken from it."));
            }
        }
    }

    private IEnumerable<(Draft Draft, TallyWindow? Window)> Tallies(
        List<SentenceFacts> facts, int i, DateOnly? published, TallyWindow? lastWindow, List<Draft> drafts, SpeakerCue? publisher, List<string> warnings)
    {
        var f = facts[i];
        foreach (var figure in f.Aside ? [] : f.Tallies)
        {
            if (figure.Metric != TallyMetric.Attacks && AttachToAttack(drafts, AttackOf(facts, i), figure))
            {
                continue;
            }
            var cue = Speakers.Governing(f.Cues, figure.Start);
            var carried = false;
            if (cue is null && i > 0 && (facts[i - 1].Sentence.Paragraph == f.Sentence.Paragraph || SpeakerGoesOn.IsMatch(f.Sentence.Folded.Value))
                && facts[i - 1].Cues.Count > 0)
            {
                (cue, carried) = (facts[i - 1].Cues[^1], true);
            }
            cue ??= publisher;
            // "The Islamic Resistance claimed three attacks on Thursday": a group counting its own strikes claims them,
            // one by one; it is neither an official nor a media figure.
            if (cue?.Role == SpeakerRole.ArmedGroup && figure.Metric == TallyMetric.Attacks)
            {
                continue;
            }
            var kind = cue?.Role == SpeakerRole.Official ? ReportKind.OfficialTally : ReportKind.MediaTally;
            var window = f.Dates.Windows.MinBy(w => Math.Abs(w.Start - figure.Start));
            var windowRule = window?.Rule;
            if (window is null && lastWindow is not null)
            {
                (window, windowRule) = (lastWindow, lastWindow.Rule + "+FromEarlierTally");
            }
            if (window is null && f.Dates.Dates.FirstOrDefault(d => d.Precision == TimePrecision.Week) is { } week)
            {
                window = new TallyWindow(week.Start, week.Length, null, 7, 0, false, week.Unresolved, "Dates.WeekAsWindow");
                windowRule = window.Rule;
            }
            var statement = f.Dates.Dates.Where(d => d.Day is not null && d.Precision <= TimePrecision.Day)
                .MinBy(d => Math.Abs(d.Start - (cue is { } c && !carried ? c.Start : figure.Start)))
                // "The Pentagon said on Tuesday ... He said 59 were hurt": the speaker carried over spoke that day.
                ?? (carried && cue is { } spoke
                    ? facts[i - 1].Dates.Dates
                        .Where(d => d.Day is not null && d.Precision <= TimePrecision.Day && SpokenOn.IsMatch(facts[i - 1].Sentence.Folded.Value[..d.Start]))
                        .MinBy(d => Math.Abs(d.Start - spoke.Start))
                    : null);
            var sameDay = window is { SameDay: true } ? EarlierDay(facts, i) : null;
            var to = statement?.Day ?? published;
            if (to is not { } toDay)
            {
                warnings.Add($"A {Camel(kind)} figure ({figure.Value}) was left out: without a publication date its as-of date is unknown.");
                continue;
            }
            var fromDay = window?.From(toDay, sameDay);
            if (fromDay > toDay && published is { } pub)
            {
                toDay = pub;
                fromDay = window?.From(toDay, sameDay);
            }
            if (window is { SameDay: true } && fromDay is { } day)
            {
                toDay = day.AddDays(1);
            }
            if (fromDay > toDay)
            {
                fromDay = null;
            }
            var tally = new Tally(figure.Metric, figure.Value, figure.Qualifier,
                fromDay is { } fd ? Midnight(fd) : null, Midnight(toDay), figure.Region);
            var rules = new List<string> { figure.Rule };
            rules.AddRange(new[] { cue?.Rule, carried ? "Speakers.FromEarlierSentence" : null, windowRule, statement?.Rule }.OfType<string>());
            var confidence = 0.55 + (cue is null ? 0.0 : carried ? 0.05 : 0.15) + (fromDay is null ? 0.0 : 0.1)
                + (figure.RegionStated ? 0.1 : 0.05) + (figure.Metric == TallyMetric.Attacks ? 0.05 : 0.0);
            var note = figure.Revises is { } earlier ? $"Revises an earlier figure of {earlier}." : null;
            note = statement is null ? Join(note, "As-of date is the publication date.") : note;
            yield return (new Draft(kind, f, cue, null, null, null, null, null, null, null, tally, rules, Math.Min(0.95, confidence), note),
                window is { Unresolved: false } ? window : null);
        }
    }

    // The sentence whose attack a casualty figure counts: this one, or the one before when this one names no base and
    // points back to an attack ("Three soldiers were killed in the attack").
    private static SentenceFacts AttackOf(List<SentenceFacts> facts, int i)
    {
        var f = facts[i];
        return i > 0 && !f.Entities.Any(e => e.Kind == EntityKind.Base) && AttackReference.IsMatch(f.Sentence.Folded.Value) ? facts[i - 1] : f;
    }

    // "Three soldiers were killed in a drone attack on Tower 22": the casualties of the attack that sentence tells.
    private static bool AttachToAttack(List<Draft> drafts, SentenceFacts f, TallyFigure figure)
    {
        var attacked = false;
        for (var d = 0; d < drafts.Count; d++)
        {
            if (drafts[d].Facts != f || drafts[d].Tally is not null)
            {
                continue;
            }
            var had = drafts[d].Casualties;
            var casualties = figure.Metric == TallyMetric.Killed
                ? new Casualties(figure.Value, had?.Injured, had?.Killed is null && had is not null ? had.Qualifier : figure.Qualifier)
                : new Casualties(had?.Killed, figure.Value, had?.Killed is not null ? had.Qualifier : figure.Qualifier);
            drafts[d] = drafts[d] with { Casualties = casualties, Rules = [.. drafts[d].Rules, "Tallies.CasualtiesOfTheAttack"] };
            attacked = true;
        }
        return attacked;
    }

    private static (DateMention? Date, bool Inherited, Draft? Told) DateFor(
        List<SentenceFacts> facts, int i, EntityMention mention, List<Draft> drafts, DateOnly? published, bool allowInherit)
    {
        var value = facts[i].Sentence.Folded.Value;
        var dates = facts[i].Dates.Dates;
        // "said in a statement on Monday it had struck X on Sunday": Monday dates the statement, not the attack.
        var ofTheAttack = dates.Where(d => !SpokenOn.IsMatch(value[..d.Start])).ToList();
        if ((ofTheAttack.Count > 0 ? ofTheAttack : dates).MinBy(d => Math.Abs(d.Start - mention.Start)) is { } own)
        {
            return (own, false, null);
        }
        if (i + 1 < facts.Count && facts[i + 1].PostDate is { } post)
        {
            return (post with { Rule = post.Rule + "+Dates.EmbeddedPostSignature" }, false, null);
        }
        if (!allowInherit)
        {
            return (null, false, null);
        }
        if (facts[i].Dates.DayReferences.Count > 0)
        {
            return DayTold(facts, i, drafts, published);
        }
        // Back through the paragraph (three sentences at most), or to the sentence just before across a paragraph break.
        var reach = Enumerable.Range(0, i).Reverse().Take(3)
            .TakeWhile(j => j == i - 1 || facts[j].Sentence.Paragraph == facts[i].Sentence.Paragraph)
            .Where(j => !facts[j].Aside).ToList();
        // A base already told as attacked there is the same attack again: its date, not the last date of that sentence
        // (often the day someone spoke: "rockets hit X on Monday, officials said on Wednesday").
        if (drafts.LastOrDefault(d => d.Tally is null && d.Base == mention.Id && d.Date is not null && reach.Contains(d.Facts.Sentence.Index)) is { } told)
        {
            return (told.Date, true, told);
        }
        return reach.FirstOrDefault(j => facts[j].Dates.Dates.Count > 0, -1) is var dated and >= 0
            ? (facts[dated].Dates.Dates[^1], true, null)
            : (null, false, null);
    }

    // "At 9:00 p.m., ...", "Later that day, ...", «وفي اليوم نفسه»: the day of the nearest attack told before, wherever
    // it was told (a release tells one attack per paragraph), else of the last date told, else the publication day.
    private static (DateMention? Date, bool Inherited, Draft? Told) DayTold(List<SentenceFacts> facts, int i, List<Draft> drafts, DateOnly? published)
    {
        var reference = facts[i].Dates.DayReferences.OrderBy(r => r.Time is null).First();
        var (day, rule) = drafts.LastOrDefault(d => d.Tally is null && d.Day is not null && d.Facts.Sentence.Index <= i) is { } attack
            ? (attack.Day, "Dates.DayOfTheAttackBefore")
            : Enumerable.Range(0, i).Reverse().Select(j => facts[j].Dates.Dates.LastOrDefault(d => d.Day is not null)).FirstOrDefault(d => d is not null) is { } told
                ? (told.Day, "Dates.DayOfAnEarlierSentence")
                : (published, "Dates.PublicationDay");
        if (day is null)
        {
            return (null, false, null);
        }
        var date = new DateMention(reference.Start, reference.Length, day, reference.Time ?? new TimeOnly(12, 0),
            reference.Time is null ? TimePrecision.Day : TimePrecision.Hour, false, reference.Rule + "+" + rule);
        return (date, rule != "Dates.PublicationDay", null);
    }

    // The run of dates joined to this one by "and", "and again on", "then", «و», «ثم يوم» ("or" joins no second day).
    private static List<DateMention> Coordinated(SentenceFacts f, DateMention date)
    {
        var value = f.Sentence.Folded.Value;
        var dates = f.Dates.Dates.Where(d => d == date || !SpokenOn.IsMatch(value[..d.Start])).ToList();
        var at = dates.IndexOf(date);
        // Dates widened by their time of day may overlap: those are not two days joined.
        bool Joined(int k) => dates[k].Start + dates[k].Length <= dates[k + 1].Start
            && value[(dates[k].Start + dates[k].Length)..dates[k + 1].Start] is var gap
            && (Coordinator.IsMatch(gap) || value[dates[k + 1].Start] == 'و' && gap.Trim().Length == 0);
        var from = at;
        while (from > 0 && Joined(from - 1))
        {
            from--;
        }
        var to = at;
        while (to + 1 < dates.Count && Joined(to))
        {
            to++;
        }
        return dates.GetRange(from, to - from + 1);
    }

    private static DateOnly? EarlierDay(List<SentenceFacts> facts, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 2); j--)
        {
            if (facts[j].Dates.Dates.LastOrDefault(d => d.Day is not null) is { } date)
            {
                return date.Day;
            }
        }
        return null;
    }

    // The words a speaker says: from its cue to the next cue of another speaker. For a position before an attributing
    // cue ("Two drones targeted al-Tanf, a U.S. official said") the words back to the previous cue are its too.
    private static (int From, int To) Segment(SentenceFacts f, SpeakerCue? cue, int? position = null)
    {
        if (cue is null)
        {
            return (0, f.Sentence.Folded.Value.Length);
        }
        var next = f.Cues.FirstOrDefault(c => c.Start > cue.Start + cue.Length && c.Role != cue.Role);
        var from = position < cue.Start
            ? f.Cues.Where(c => c.Start + c.Length <= position).Select(c => c.Start + c.Length).DefaultIfEmpty(0).Max()
            : cue.Start;
        return (from, next?.Start ?? f.Sentence.Folded.Value.Length);
    }

    private static void Add(List<Draft> drafts, Draft draft, List<Draft> fromThisSentence)
    {
        var same = drafts.FindIndex(d => d.Kind == draft.Kind && d.Base == draft.Base && d.Day == draft.Day && (d.Group == draft.Group || d.Group is null || draft.Group is null));
        if (same < 0)
        {
            drafts.Add(draft);
            fromThisSentence.Add(draft);
            return;
        }
        var kept = drafts[same];
        if (kept.Facts == draft.Facts)
        {
            // The same base named twice in one sentence: one report, with whatever either mention adds.
            var merged = kept with
            {
                Group = kept.Group ?? draft.Group,
                Weapon = kept.Weapon ?? draft.Weapon,
                WeaponCount = kept.WeaponCount ?? draft.WeaponCount,
                Outcome = kept.Outcome ?? draft.Outcome,
                Casualties = kept.Casualties ?? draft.Casualties,
                Rules = [.. kept.Rules.Union(draft.Rules)],
                Confidence = Math.Max(kept.Confidence, draft.Confidence),
            };
            drafts[same] = merged;
            fromThisSentence.Remove(kept);
            fromThisSentence.Add(merged);
        }
    }

    private static double Confidence(double value, DateMention? date) => date is { Unresolved: true } ? Math.Min(0.5, value) : Math.Min(0.95, value);

    private Candidate ToCandidate(Article article, string language, Draft draft)
    {
        var sentence = draft.Facts.Sentence;
        var quote = article.Text.Substring(sentence.Start, sentence.Length);
        var source = SourceOf(article, draft);
        var id = Id(article.Source, sentence.Start, sentence.Length, draft.Kind, draft.Subject);
        var rules = draft.Rules.Distinct(StringComparer.Ordinal).ToList();
        var confidence = Math.Round(draft.Confidence, 2);
        var report = new Report
        {
            Id = id,
            Kind = draft.Kind,
            Source = source,
            OccurredAt = draft.Date?.Value,
            TimePrecision = draft.Date?.Precision ?? TimePrecision.Day,
            Base = draft.Base,
            Group = draft.Group,
            Weapon = draft.Weapon,
            WeaponCount = draft.WeaponCount,
            Outcome = draft.Outcome,
            Casualties = draft.Casualties,
            Tally = draft.Tally,
            Quote = quote,
            Language = language,
            Article = article.Name,
            Note = draft.Date is { Unresolved: true } ? Join(draft.Note, "The date is relative and there is no publication date to resolve it.") : draft.Note,
            Extracted = new Provenance(confidence, sentence.Start, sentence.Length, rules),
        };
        return new Candidate(report, quote, sentence.Start, sentence.Length, rules, confidence);
    }

    private Source SourceOf(Article article, Draft draft)
    {
        var cue = draft.Cue;
        if (cue is null || cue.Role == SpeakerRole.Media || cue.Rule == "Speakers.Publisher")
        {
            return article.Source;
        }
        if (cue.Role == SpeakerRole.ArmedGroup && cue.Group is { } groupId)
        {
            return article.Source with { Name = gazetteer.FindGroup(groupId)?.Name ?? groupId, Type = SourceType.ArmedGroup };
        }
        var (start, length) = draft.Facts.Sentence.Folded.Original(cue.Start, cue.Length);
        return article.Source with { Name = article.Text.Substring(start, length), Type = SourceType.Official };
    }

    /// <summary>A stable id from the source, the quoted span, the kind and what the report is about.</summary>
    public static string Id(Source source, int start, int length, ReportKind kind, string subject)
    {
        var key = $"{source.Url ?? source.Name}|{start}|{length}|{kind}|{subject}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "x-" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), DateMention.Offset);

    private static string Join(string? first, string second) => first is null ? second : first + " " + second;

    private static string Camel(ReportKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
