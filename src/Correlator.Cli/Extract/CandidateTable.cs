using System.Globalization;
using Correlator.Domain.Reports;
using Correlator.Extraction;
using Spectre.Console;

namespace Correlator.Cli.Extract;

/// <summary>Prints candidates as a table an analyst can scan: what, where, who, when, figures, confidence and the quote.</summary>
public static class CandidateTable
{
    public static void Write(IAnsiConsole console, Extraction.Extraction extraction)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("kind").AddColumn("base / region").AddColumn("group").AddColumn("when").AddColumn("weapon / figure")
            .AddColumn("outcome").AddColumn(new TableColumn("conf").RightAligned()).AddColumn("quote");
        foreach (var candidate in extraction.Candidates)
        {
            var r = candidate.Report;
            table.AddRow(
                Cell(r.Kind.ToString()),
                Cell(r.Base ?? r.Tally?.Region.ToString()),
                Cell(r.Group),
                Cell(When(r)),
                Cell(Figure(r)),
                Cell(r.Outcome?.ToString() ?? (r.Casualties is { } c ? $"killed {c.Killed}, injured {c.Injured}" : null)),
                Cell(candidate.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                Cell(Shorten(candidate.Quote)));
        }
        console.Write(table);
        console.MarkupLine($"[bold]{extraction.Candidates.Count}[/] candidate(s)");
        foreach (var warning in extraction.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }
    }

    private static string? When(Report r)
    {
        if (r.Tally is { } t)
        {
            return $"{t.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"} .. {t.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        }
        return r.OccurredAt is { } at ? $"{at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({r.TimePrecision})" : "unresolved";
    }

    private static string? Figure(Report r) =>
        r.Tally is { } t ? $"{t.Metric} {t.Qualifier} {t.Value}"
        : r.Weapon is { } w ? (r.WeaponCount is { } n ? $"{n} × {w}" : w.ToString())
        : null;

    private static string Shorten(string quote) => quote.Length <= 90 ? quote : quote[..90] + "…";

    private static Markup Cell(string? text) => new(Markup.Escape(text ?? "-"));
}
