namespace Correlator.Domain.Reports;

/// <summary>
/// The rules a report must meet before it is logged. Pure: the caller supplies the current time so that "in the
/// future" means the same thing in a test and on a server.
/// </summary>
public static class ReportValidator
{
    public const int MaxIdLength = 200;
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 20_000;
    public const int MaxCount = 100_000;
    public const int MaxTallyValue = 10_000_000;
    public static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static IReadOnlyList<ReportProblem> Validate(Report report, DateTimeOffset now, string path = "")
    {
        var problems = new List<ReportProblem>();
        void Fail(string field, string reason) => problems.Add(new ReportProblem(path + field, reason));

        Text(report.Id, "id", MaxIdLength, required: true, Fail);
        // URLs drop "." and ".." path segments (even percent-encoded), so such an id could never be read back.
        if (report.Id is { } id && id.Split('/').Any(segment => segment is "." or ".."))
        {
            Fail("id", "has a '.' or '..' segment between slashes, which no URL can carry to GET /api/reports/{id}");
        }
        if (report.Source is null)
        {
            Fail("source", "is required");
        }
        else
        {
            Text(report.Source.Name, "source.name", MaxNameLength, required: true, Fail);
            Text(report.Source.Url, "source.url", 2_000, required: false, Fail);
            Date(report.Source.PublishedAt, "source.publishedAt", now, Fail);
        }
        Date(report.OccurredAt, "occurredAt", now, Fail);
        if (report.OccurredAt is null && report.Kind is ReportKind.Claim or ReportKind.OfficialIncident or ReportKind.MediaReport)
        {
            Fail("occurredAt", $"is required for a {Camel(report.Kind)} report: an attack without a time cannot be matched");
        }
        Text(report.Base, "base", MaxNameLength, required: false, Fail);
        Text(report.Group, "group", MaxNameLength, required: false, Fail);
        if (report.Group is null && report.Kind is ReportKind.Claim or ReportKind.Attribution)
        {
            Fail("group", $"is required for a {Camel(report.Kind)} report");
        }
        Range(report.WeaponCount, "weaponCount", 1, MaxCount, Fail);
        if (report.Casualties is { } casualties)
        {
            Range(casualties.Killed, "casualties.killed", 0, MaxCount, Fail);
            Range(casualties.Injured, "casualties.injured", 0, MaxCount, Fail);
        }
        Tally(report, now, Fail);
        Text(report.Quote, "quote", MaxTextLength, required: false, Fail, multiline: true);
        Text(report.Note, "note", MaxTextLength, required: false, Fail, multiline: true);
        Text(report.Article, "article", MaxNameLength, required: false, Fail);
        Text(report.Language, "language", 16, required: false, Fail);
        if (report.Extracted is { } extracted && extracted.Confidence is < 0 or > 1 or double.NaN)
        {
            Fail("extracted.confidence", "must be between 0 and 1");
        }
        return problems;
    }

    private static void Tally(Report report, DateTimeOffset now, Action<string, string> fail)
    {
        var isTally = report.Kind is ReportKind.OfficialTally or ReportKind.MediaTally;
        if (report.Tally is null)
        {
            if (isTally)
            {
                fail("tally", $"is required for a {Camel(report.Kind)} report");
            }
            return;
        }
        if (!isTally)
        {
            fail("tally", "is only allowed on officialTally and mediaTally reports");
        }
        Range(report.Tally.Value, "tally.value", 0, MaxTallyValue, fail);
        Date(report.Tally.From, "tally.from", now, fail);
        Date(report.Tally.To, "tally.to", now, fail);
        if (report.Tally.From > report.Tally.To)
        {
            fail("tally.from", "must not be after tally.to");
        }
    }

    private static void Text(string? value, string field, int max, bool required, Action<string, string> fail, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                fail(field, "is required");
            }
            return;
        }
        if (value.Length > max)
        {
            fail(field, $"is longer than {max} characters");
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                fail(field, $"contains the control character U+{(int)c:X4}");
                return;
            }
            // Explicit bidirectional overrides can disguise text; the implicit marks (LRM, RLM, ALM) are fine in Arabic.
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                fail(field, $"contains the bidirectional override U+{(int)c:X4}");
                return;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                fail(field, "contains an unpaired surrogate (invalid text)");
                return;
            }
        }
    }

    private static void Range(int? value, string field, int min, int max, Action<string, string> fail)
    {
        if (value is { } v && (v < min || v > max))
        {
            fail(field, $"must be between {min} and {max}");
        }
    }

    private static void Date(DateTimeOffset? value, string field, DateTimeOffset now, Action<string, string> fail)
    {
        if (value is { } v && (v < Earliest || v > now + FutureTolerance))
        {
            fail(field, v < Earliest ? "is before 1900" : "is in the future");
        }
    }

    private static string Camel(ReportKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
}
