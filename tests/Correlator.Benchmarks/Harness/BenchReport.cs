using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Correlator.Benchmarks.Harness;

/// <summary>Every figure of a run, printed as a table and written as JSON with the machine it came from.</summary>
public sealed class BenchReport(bool quick)
{
    private readonly List<Metric> metrics = [];
    private readonly List<string> notes = [];
    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;

    public void Add(Metric metric)
    {
        lock (metrics)
        {
            metrics.Add(metric);
        }
        Console.WriteLine($"  {metric.Scenario} | {metric.Name}: {Format(metric.Value)} {metric.Unit}{(metric.Goal is null ? "" : $"  (goal {metric.Goal}: {(metric.Met == true ? "met" : "not met")})")}");
    }

    public void Note(string note)
    {
        notes.Add(note);
        Console.WriteLine("  note: " + note);
    }

    public void PrintTable(TextWriter output)
    {
        var rows = metrics.Select(m => new[] { m.Scenario, m.Name, Format(m.Value), m.Unit, m.Goal ?? "", m.Met switch { true => "yes", false => "NO", null => "" } }).ToList();
        string[] header = ["scenario", "metric", "value", "unit", "goal", "met"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i == 2 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))) + " |";
        output.WriteLine();
        output.WriteLine(Line(header));
        output.WriteLine("|" + string.Join("|", widths.Select((w, i) => new string('-', w + 1) + (i == 2 ? ":" : "-"))) + "|");
        foreach (var row in rows)
        {
            output.WriteLine(Line(row));
        }
        foreach (var note in notes)
        {
            output.WriteLine("note: " + note);
        }
    }

    public async Task WriteJsonAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var document = new
        {
            started,
            finished = DateTimeOffset.UtcNow,
            quick,
            machine = new
            {
                cores = Environment.ProcessorCount,
                os = RuntimeInformation.OSDescription,
                runtime = RuntimeInformation.FrameworkDescription,
                architecture = RuntimeInformation.ProcessArchitecture.ToString(),
                loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : null,
            },
            metrics,
            notes,
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    }

    public static string Format(double value) => Math.Abs(value) >= 100 || value == Math.Floor(value)
        ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
