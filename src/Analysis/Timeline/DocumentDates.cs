namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// The dates of one document, read clause by clause (<see cref="Clauses"/>): each date expression resolved with the
/// tense of its own clause, told apart as the date of a statement ("the NIS said on Friday", "On Friday the Pentagon
/// said") or of what a clause reports ("were moved to Vladivostok between Oct. 8 and Oct. 13"); from them, the date
/// of what each sentence reports and the as-of and target dates of each figure.
/// </summary>
/// <remarks>
/// A figure holds as of the date of its own clause; a clause that hangs on the one before ("…, bringing the total to
/// 744") takes that one's. A date still to come is the target of a planned figure, not its as-of date, and a period
/// still running ("this year it has added 3,000") dates nothing finer than the statement. Else the figure holds as of
/// its statement's date (in its sentence, or in the next when that one tells of the same statement: "The briefing
/// was on Monday."), else as of its article's publication day, else the window the undated article was written in.
/// An earlier figure ("up from 3,000") is dated only by its own clause: it was current before the statement.
/// </remarks>
internal sealed class DocumentDates
{
    private readonly Document document;
    private readonly IReadOnlyList<IReadOnlyList<Clause>> clauses;
    private readonly EventDate written;
    // The day the article speaks from: its dateline's ("WASHINGTON, May 15 - … today ordered"), when that is one to three days
    // before publication, as old wire copy printed the next morning is; else its publication day.
    private readonly DateOnly? published;
    private readonly SentenceDates[] sentences;
    private readonly HashSet<int> withFigures;
    private readonly DateVocabulary words;
    // The periods that run from a start to their statement ("since August"): they date a figure as a whole.
    private readonly HashSet<EventDate> runningTo = [];
    // The tense at an offset of the sentence being read (ReadDates), made once: its date rules ask it, and nothing keeps it.
    private readonly Func<int, DateResolver.Tense> tenseAtOffset;
    private Reading reading;
    // What the date patterns found in each sentence of an undated article (null for a dated one): the sentences read again
    // near the window it was written in resolve the same matches again, without running the patterns a second time.
    private DateResolver.Matches?[]? found;

    /// <summary>Every resolved date expression of each sentence, with spans in document offsets.</summary>
    public IReadOnlyList<IReadOnlyList<DateMention>> Mentions { get; }

    /// <summary>The date of what each sentence reports (unknown when neither its main clause nor its statement is dated).</summary>
    public IReadOnlyList<EventDate> Sentences { get; }

    private DocumentDates(Document document, IReadOnlyList<IReadOnlyList<Clause>> clauses, IEnumerable<TroopCount> counts, DateResolver resolver,
        Lexicon lexicon)
    {
        this.document = document;
        words = DateVocabulary.For(lexicon);
        tenseAtOffset = TenseAtOffset;
        this.clauses = clauses;
        withFigures = [];
        foreach (var c in counts)
            if (c.Provenance.Document == document.Id) withFigures.Add(c.Provenance.Sentence);
        published = document.Published is { } issued && FiledOn(issued, resolver) is { } filed ? filed : document.Published;
        sentences = document.Sentences.Select(s => Read(s, resolver.Cues(s.Text), resolver, null)).ToArray();
        if (published is { } p) written = new EventDate(p, p, DatePrecision.Day, p == document.Published ? "published" : "dateline");
        else
        {
            // An undated article: the dates it gives with their year open the window it was written in, and the
            // sentences with a date that needs a year (or a day to count from) are read again near that window.
            written = WindowOf();
            if (written.Earliest is { } around)
                for (var i = 0; i < sentences.Length; i++)
                    if (NearWindowChanges(sentences[i].Mentions)) sentences[i] = Read(document.Sentences[i], sentences[i].Cues, resolver, around);
            found = null;
        }
        for (var i = 0; i + 1 < sentences.Length; i++)
            if (sentences[i].Statement is null && StatementOfNext(i) is { } next) sentences[i] = sentences[i] with { Statement = next };
        // "…, the ministry said the same day." / "the newspaper said in the same report": the day of the last sentence
        // before that names one (its statement's, else its own), in place of the publication day.
        for (var i = 1; i < sentences.Length; i++)
            if (sentences[i].Statement is null && (sentences[i].Cues & DateWords.SameDayWord) != 0 && sentences[i].Content.All(d => d is null) &&
                words.PointsToSameDay(document.Sentences[i].Text) &&
                DayBefore(i) is { } day)
                sentences[i] = sentences[i] with { Statement = day };
        Mentions = sentences.Select(s => s.Mentions).ToArray();
        Sentences = sentences.Select((s, i) => SentenceDate(i)).ToArray();
    }

    // Read near a window, a sentence's dates change only where a date needs a year (an explicit date left unresolved) or
    // where a known event may be too far from the window to date it: relative dates still need a published day.
    private static bool NearWindowChanges(IReadOnlyList<DateMention> mentions) =>
        mentions.Any(m => !m.IsResolved && m.Form == DateForm.Explicit) || (mentions.Any(m => !m.IsResolved) && mentions.Any(m => m.Form == DateForm.Anchor));

    /// <summary>
    /// The dates of <paramref name="document"/>, its clauses given (by sentence) or found; <paramref name="counts"/> are
    /// its figures; <paramref name="lexicon"/> the vocabulary (default: the kit's).
    /// </summary>
    public static DocumentDates Of(Document document, IEnumerable<TroopCount>? counts = null, IReadOnlyList<IReadOnlyList<Clause>>? clauses = null,
        DateResolver? resolver = null, Lexicon? lexicon = null)
    {
        var words = lexicon ?? Lexicon.Default;
        // A reader of clauses is made only when they are not given: the dates component is given them, and a reader
        // of a lexicon other than the kit's costs as much as reading a short document.
        clauses ??= new ClausesBySentence(document.Sentences, ReferenceEquals(words, Lexicon.Default) ? Clauses.Default : new Clauses(words));
        return new(document, clauses, counts ?? [], resolver ?? DateResolver.Default, words);
    }

    /// <summary>The as-of and target dates of each of <paramref name="counts"/> (this document's), in their order.</summary>
    public IReadOnlyList<FigureDate> Figures(IReadOnlyList<TroopCount> counts) => counts.Select(Figure).ToArray();

    private FigureDate Figure(TroopCount count)
    {
        var i = count.Provenance.Sentence;
        if (i < 0 || i >= sentences.Length) return new FigureDate(count, EventDate.Unknown, EventDate.Unknown);
        var s = sentences[i];
        // (A sentence without a date rule's cue dates no clause: its clauses are not read.)
        var k = s.Content.Length == 0 ? -1 : ClauseOf(i, count.Provenance.Span.Start);
        var own = k < 0 ? null : s.Content[k];
        if (own is null && k > 0 && clauses[i][k].Role == ClauseRole.Dependent && clauses[i][k - 1].Role != ClauseRole.Reporting) own = s.Content[k - 1];
        var stated = s.Statement;
        var reference = stated?.Latest ?? published;
        if (own is null && stated is null && k >= 0 && count.Status != EstimateStatus.Earlier) own = LaterClauseDate(i, k, reference);
        var target = EventDate.Unknown;
        if (own is not null)
        {
            var toCome = reference is { } r ? own.Earliest > r : k >= 0 && TenseOf(i, k) == DateResolver.Tense.Future;
            if (toCome)
                (target, own) = (own, null);
            else if (reference is { } day && own.Precision != DatePrecision.Day && own.Earliest <= day && day <= own.Latest && !runningTo.Contains(own))
                own = null; // a period still running when stated: the figure holds as of the statement
        }
        if (!target.IsKnown && count.Status == EstimateStatus.Planned && NextSaysWhen(i) is { } later) target = later;
        var asOf = own ?? (count.Status == EstimateStatus.Earlier ? EventDate.Unknown : stated ?? written);
        return new FigureDate(count, asOf, target);
    }

    // "Thirty soldiers, 11 of them Italian, | were injured on Monday": a figure in an undated clause with no statement's
    // date takes the date of the clause that goes on with it, the first dated one after it, when that is a main clause
    // no later than the reference day. Not from a relative clause ("whose forces number about 200,000, | rejected the
    // charge on Friday") nor into one that hangs on it ("…, down from a peak of 5,000 in late 1999").
    private EventDate? LaterClauseDate(int i, int k, DateOnly? reference)
    {
        var (s, list, sentence) = (sentences[i], clauses[i], document.Sentences[i]);
        if (words.OpensRelativeClause(sentence.Text, Math.Max(0, list[k].Span.Start - sentence.Start))) return null;
        for (var j = k + 1; j < s.Content.Length; j++)
        {
            if (list[j].Role == ClauseRole.Reporting) return null;
            if (s.Content[j] is not { } date) continue;
            return list[j].Role != ClauseRole.Main || reference is { } r && date.Earliest > r ? null : date;
        }
        return null;
    }

    private int ClauseOf(int sentence, int position)
    {
        var list = clauses[sentence];
        for (var k = 0; k < list.Count; k++)
            if (position < list[k].Span.End) return k;
        return list.Count - 1;
    }

    // The main clause's date, else the statement's; a clause that only reports a statement is passed over, and so is
    // the date of a plan's target ("is preparing to send 3,000 in February, the military said on Monday": Monday's).
    // A paragraph's dateline ("CANBERRA (Reuters) - ", "SAIGON, March 16 (AP) - ") is no clause of what the sentence
    // reports: its day dates the sentence only when nothing else in it does. An undated clause before the date, with
    // no statement's date to fall back on, is mostly an apposition's or a subject's ("The last contingent, 725
    // soldiers, | arrived home on Wednesday"): the sentence takes the first clause date after it.
    private EventDate SentenceDate(int i)
    {
        var s = sentences[i];
        var dateline = s.Content.Length == 0 ? 0 : DatelineEnd(i);
        EventDate? filed = null;
        for (var k = 0; k < s.Content.Length; k++)
        {
            if (clauses[i][k].Span.End <= dateline)
            {
                filed ??= s.Content[k];
                continue;
            }
            var content = s.Content[k] is { } own && IsPlanTarget(i, k, own) ? null : s.Content[k];
            if (clauses[i][k].Role == ClauseRole.Reporting && content is null) continue;
            if ((content ?? s.Statement) is { } date) return date;
        }
        // Words that could not be resolved (a weekday in an undated article) are kept, so the reader sees why.
        return s.Statement ?? filed ?? (s.Mentions.Count > 0 ? EventDate.Unknown with { Expression = s.Mentions[0].Text } : EventDate.Unknown);
    }

    // The day the first paragraph's dateline names, when it is one to three days before publication.
    private DateOnly? FiledOn(DateOnly day, DateResolver resolver)
    {
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            if (document.Sentences[i].Paragraph == 0) continue;
            var text = document.Sentences[i].Text;
            if (DatelineHeads.Length(text) is not (> 0 and var head)) return null;
            foreach (var m in resolver.FindAll(text[..head], day))
                if (m.Date is { Precision: DatePrecision.Day, Earliest: { } filed } && filed < day && day.DayNumber - filed.DayNumber <= 3)
                    return filed;
            return null;
        }
        return null;
    }

    // Where the dateline of sentence i ends (document offset), when the sentence opens a paragraph of the body with one.
    private int DatelineEnd(int i)
    {
        var all = document.Sentences;
        var s = all[i];
        if (s.Paragraph == 0 || (i > 0 && all[i - 1].Paragraph == s.Paragraph)) return 0;
        return DatelineHeads.Length(s.Text) is var head and > 0 ? s.Start + head : 0;
    }

    // Whether a clause's date is still to come (after its statement's day, else publication; else in a clause of the
    // future) and follows a word of a plan in that clause: it is when the plan is to be done, which dates a planned
    // figure's target, not the event the sentence reports.
    private bool IsPlanTarget(int i, int k, EventDate date)
    {
        var s = sentences[i];
        var toCome = (s.Statement?.Latest ?? published) is { } reference ? date.Earliest > reference : TenseOf(i, k) == DateResolver.Tense.Future;
        if (!toCome) return false;
        var sentence = document.Sentences[i];
        foreach (var m in s.Mentions)
            if (ReferenceEquals(m.Date, date))
            {
                var at = Math.Max(0, m.Span.Start - sentence.Start);
                // A deadline still to come ("will complete the withdrawal by Sept. 15, ... said on Sunday") is a target too.
                return words.HoldsPlan(sentence.Text, Math.Max(0, clauses[i][k].Span.Start - sentence.Start), at) || words.SetsDeadline(sentence.Text, at, m.Text);
            }
        return false;
    }

    // The day the nearest sentence before i names (its statement's, else its first clause date), when it is one day.
    private EventDate? DayBefore(int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var date = sentences[j].Statement ?? sentences[j].Content.FirstOrDefault(d => d is not null);
            if (date is not null) return date.Precision == DatePrecision.Day ? date : null;
        }
        return null;
    }

    // "…, the JCS said. The assessment was given to reporters on Monday.": the next sentence dates the statement.
    private EventDate? StatementOfNext(int i)
    {
        var (current, next) = (document.Sentences[i], document.Sentences[i + 1]);
        if (current.Paragraph != next.Paragraph || (sentences[i + 1].Cues & DateWords.StatementNoun) == 0 || withFigures.Contains(i + 1) ||
            !words.NamesStatement(next.Text))
            return null;
        return sentences[i + 1].Statement ?? sentences[i + 1].Content.FirstOrDefault(d => d is not null);
    }

    // "Kim will send 6,000. The first could arrive next month.": a planned figure's target in the sentence after it.
    private EventDate? NextSaysWhen(int i)
    {
        if (i + 1 >= sentences.Length || document.Sentences[i].Paragraph != document.Sentences[i + 1].Paragraph) return null;
        if (withFigures.Contains(i + 1)) return null;
        var next = sentences[i + 1];
        var reference = sentences[i].Statement?.Latest ?? published;
        return next.Content.Select((d, k) => (d, k)).FirstOrDefault(x => x.d is not null && x.d.Earliest > reference && TenseOf(i + 1, x.k) == DateResolver.Tense.Future).d;
    }

    private SentenceDates Read(Sentence sentence, DateWords cues, DateResolver resolver, DateOnly? around) =>
        // Most sentences hold no date rule's cues (FindAll would find none): no clause's date, tense or statement to
        // read, not even their clauses (no clause dates: an empty Content, which every reading of a sentence's dates
        // takes as it takes clauses all undated), and nothing to allocate but the record.
        resolver.MayFind(cues) ? ReadDates(sentence, clauses[sentence.Index], cues, resolver, around) : new SentenceDates([], [], null, null, cues);

    // A period from a start to the day it is stated: kept as the figure's as-of date, not read as a period still running.
    private EventDate RunningTo(DateOnly start, DateOnly said, string? expression)
    {
        var date = new EventDate(start, said, DatePrecision.Interval, expression);
        runningTo.Add(date);
        return date;
    }

    private SentenceDates ReadDates(Sentence sentence, IReadOnlyList<Clause> list, DateWords cues, DateResolver resolver, DateOnly? around)
    {
        // A clause's tense is read only when a date is found in it (most sentences have none), and the statement verbs
        // of the sentence only when a date needs them: the reading of the sentence holds both, and the date rules ask
        // the tense at an offset through tenseAtOffset, which reads it.
        var tenses = new DateResolver.Tense?[list.Count];
        reading = new Reading(sentence, list, tenses);
        var kept = published is null ? (this.found ??= new DateResolver.Matches?[document.Sentences.Count])[sentence.Index] ??= new() : null;
        var found = resolver.FindAll(sentence.Text, cues, published, tenseAtOffset, around, kept);
        var content = new EventDate?[list.Count];
        EventDate? statement = null;
        EventDate?[]? since = null;
        var mentions = found.Count == 0 ? [] : new List<DateMention>(found.Count);
        for (var f = 0; f < found.Count; f++)
        {
            var m = found[f];
            mentions.Add(m with { Span = new TextSpan(sentence.Start + m.Span.Start, sentence.Start + m.Span.End) });
            if (!m.IsResolved) continue;
            var k = ClauseOf(sentence.Index, sentence.Start + m.Span.Start);
            if (k < 0) continue;
            if (IsStatementDate(sentence, list[k], m, StatementVerbs())) statement ??= m.Date;
            else if (words.OpensWithPeriodStart(m.Text) || words.StartsPeriodBefore(sentence.Text, Math.Max(0, list[k].Span.Start - sentence.Start), m.Span.Start))
                (since ??= new EventDate?[list.Count])[k] ??= m.Date;
            else content[k] ??= m.Date;
        }
        // A count "since" a date holds over the interval from that date to its statement (DevSet.Dated convention):
        // "have taken 717 prisoner since the incursion began in August, the army said on Nov. 6" is Aug. 1 - Nov. 6.
        // Undated (no statement, no publication), or a start after the statement, it dates nothing.
        if (since is not null && (statement?.Latest ?? published) is { } said)
            for (var k = 0; k < since.Length; k++)
                if (since[k]?.Earliest is { } start && start < said && content[k] is null)
                    content[k] = RunningTo(start, said, since[k]!.Expression);
        // "This week" (the publication week, not yet over) runs from its Monday to the statement's day (DevSet.Dated
        // convention): "reached its full strength of 2,500 this week"; a week still to come keeps the whole week.
        if (published is { } from && (statement?.Latest ?? from) is { } day)
        {
            var monday = from.AddDays(-(((int)from.DayOfWeek + 6) % 7));
            for (var k = 0; k < content.Length; k++)
                if (content[k] is { Precision: DatePrecision.Interval } week && week.Earliest == monday && week.Latest == monday.AddDays(6) &&
                    monday < day && day <= week.Latest && TenseOf(sentence, list[k]) != DateResolver.Tense.Future)
                    content[k] = RunningTo(monday, day, week.Expression);
        }
        reading = default;
        return new SentenceDates(mentions, content, statement, tenses, cues);
    }

    // The sentence ReadDates reads, with the tenses of its clauses and its statement verbs as far as they are read.
    private record struct Reading(Sentence Sentence, IReadOnlyList<Clause> Clauses, DateResolver.Tense?[] Tenses)
    {
        public TextSpan[]? Verbs;
    }

    private TextSpan[] StatementVerbs() => reading.Verbs ??= words.StatementVerbs(reading.Sentence.Text).Select(v => v.Span).ToArray();

    private DateResolver.Tense TenseAtOffset(int offset)
    {
        var (sentence, list) = (reading.Sentence, reading.Clauses);
        var k = ClauseOf(sentence.Index, sentence.Start + offset);
        var tense = TenseAt(sentence, list, k, offset, StatementVerbs());
        // "ordered them to leave by May 10", "has announced the withdrawal by May 10": the past verb is the ordering, not
        // the day, which is the next such day on or after the article's (a deadline still to come when it was set).
        return tense != DateResolver.Tense.Future && k >= 0 &&
            words.BoundsCommitment(sentence.Text, Math.Max(0, list[k].Span.Start - sentence.Start), offset) ? DateResolver.Tense.Deadline : tense;
    }

    // The tense of clause k of sentence i, read once (only a sentence with a date rule's cues has any read).
    private DateResolver.Tense TenseOf(int i, int k) =>
        sentences[i].Tenses is { } tenses ? tenses[k] ??= TenseOf(document.Sentences[i], clauses[i][k]) : DateResolver.Tense.Unknown;

    // A date beside a statement's verb ("said on Monday", "told the committee on Wednesday", "On Friday the Pentagon said").
    // Spans are the sentence's; the verbs those of the sentence that lie in the date's clause.
    private static bool IsStatementDate(Sentence sentence, Clause clause, DateMention m, TextSpan[] verbs)
    {
        if (clause.Role != ClauseRole.Reporting) return false;
        var (from, to) = (clause.Span.Start - sentence.Start, clause.Span.End - sentence.Start);
        var (start, end) = (m.Span.Start, m.Span.End);
        foreach (var verb in verbs)
        {
            if (verb.Start < from || verb.End > to) continue;
            if (verb.End <= start && start - verb.End <= NearVerb && !sentence.Text.AsSpan(verb.End, start - verb.End).Contains("that", StringComparison.Ordinal)) return true;
            if (end <= verb.Start && verb.Start - end <= NearVerb) return true;
        }
        return false;
    }

    // How far a date may stand from its statement's verb: "told the intelligence committee on Wednesday".
    private const int NearVerb = 40;

    private DateResolver.Tense TenseAt(Sentence sentence, IReadOnlyList<Clause> list, int k, int offset, TextSpan[] verbs)
    {
        if (k < 0) return DateResolver.Tense.Unknown;
        var clause = list[k];
        var (from, to) = (Math.Max(0, clause.Span.Start - sentence.Start), Math.Min(sentence.Text.Length, clause.Span.End - sentence.Start));
        // What a statement's verb dates is past: "said on Monday", "in May the ministry said".
        foreach (var v in verbs)
            if (v.Start >= from && v.End <= offset && offset - v.End <= NearVerb) return DateResolver.Tense.Past;
        foreach (var v in verbs)
            if (v.Start >= offset && v.End <= to && v.Start - offset <= NearVerb && !words.ClauseSpeaksOfFuture(sentence.Text, offset, v.Start))
                return DateResolver.Tense.Past;
        return reading.Tenses[k] ??= TenseOf(sentence, list[k]);
    }

    private DateResolver.Tense TenseOf(Sentence sentence, Clause clause)
    {
        var (start, end) = (clause.Span.Start - sentence.Start, clause.Span.End - sentence.Start);
        return words.ClauseSpeaksOfFuture(sentence.Text, start, end) ? DateResolver.Tense.Future
            : words.ClauseSpeaksOfPast(sentence.Text, start, end) ? DateResolver.Tense.Past
            : DateResolver.Tense.Unknown;
    }

    // An undated article was written after the latest dated thing it reports (DocumentDate's rule, on its dates).
    private EventDate WindowOf()
    {
        var dated = new List<(EventDate, bool)>();
        for (var i = 0; i < sentences.Length; i++)
        {
            bool? future = null;
            foreach (var m in sentences[i].Mentions)
                if (m.IsResolved) dated.Add((m.Date, future ??= words.ClauseSpeaksOfFuture(document.Sentences[i].Text, 0, document.Sentences[i].Text.Length)));
        }
        return DocumentDate.Window(dated);
    }

    // A struct: every sentence has one, and most have no date.
    // Tenses: of each clause, as far as read (null: a sentence without a date rule's cues, whose tenses are never read).
    private readonly record struct SentenceDates(IReadOnlyList<DateMention> Mentions, EventDate?[] Content, EventDate? Statement, DateResolver.Tense?[]? Tenses, DateWords Cues);
}
